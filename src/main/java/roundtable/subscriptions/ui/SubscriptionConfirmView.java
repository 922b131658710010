package roundtable.subscriptions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.stream.Collectors;
import roundtable.base.i18n.LanguageNames;
import roundtable.base.ui.Titles;
import roundtable.subscriptions.SubscriptionLinkException;
import roundtable.subscriptions.SubscriptionRequests;
import roundtable.subscriptions.SubscriptionToConfirm;

/**
 * Where the confirmation email's link lands. Only the button subscribes: mail scanners open every
 * link, and an address must not start receiving email because a scanner looked.
 */
@Route("subscriptions/confirm")
@AnonymousAllowed
class SubscriptionConfirmView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient SubscriptionRequests requests;
    private String heading = "";

    SubscriptionConfirmView(SubscriptionRequests requests) {
        this.requests = requests;
        addClassNames("page", "narrow-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        try {
            show(requests.toConfirm(token), token);
        } catch (SubscriptionLinkException e) {
            removeAll();
            heading = getTranslation("subscriptions.link.title");
            Paragraph problem = new Paragraph(
                    getTranslation(e.expired() ? "subscriptions.link.expired" : "subscriptions.link.invalid"));
            problem.setId("link-problem");
            add(new H1(heading), problem);
        }
    }

    private void show(SubscriptionToConfirm asked, String token) {
        removeAll();
        heading = getTranslation(
                asked.confirmed() ? "subscriptions.confirmed.heading" : "subscriptions.confirm.heading",
                asked.bodyName());
        String what = asked.categories().stream()
                .map(c -> getTranslation(c.messageKey()))
                .collect(Collectors.joining(getTranslation("subscriptions.and")));
        add(new H1(heading));
        if (asked.confirmed()) {
            Paragraph done = new Paragraph(getTranslation(
                    "subscriptions.confirmed.text",
                    asked.email(),
                    what,
                    LanguageNames.inSentence(asked.language().tag(), getLocale())));
            done.setId("subscription-status");
            done.addClassName("notice");
            done.getElement().setAttribute("role", "status");
            add(done, new Paragraph(getTranslation("subscriptions.confirmed.leave")));
        } else {
            add(new Paragraph(getTranslation(
                    "subscriptions.confirm.text",
                    asked.email(),
                    what,
                    LanguageNames.inSentence(asked.language().tag(), getLocale()))));
            Button confirm = new Button(getTranslation("subscriptions.confirm.button"));
            confirm.setId("subscription-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.addClickListener(e -> {
                try {
                    show(requests.confirm(token), token);
                } catch (SubscriptionLinkException ex) {
                    setParameter(null, token);
                }
            });
            add(confirm);
        }
        add(new Paragraph(
                new Anchor("committees/" + asked.bodySlug(), getTranslation("subscriptions.back", asked.bodyName()))));
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "committee.page-title", heading);
    }
}
