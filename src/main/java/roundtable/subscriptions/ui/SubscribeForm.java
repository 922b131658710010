package roundtable.subscriptions.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.server.VaadinRequest;
import java.util.EnumSet;
import java.util.Map;
import roundtable.base.EmailAddresses;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.Language;
import roundtable.base.ui.FieldErrors;
import roundtable.committees.BodySummary;
import roundtable.subscriptions.Category;
import roundtable.subscriptions.SubscriptionRequests;

/**
 * "Follow this body by email" on a body's public page, for anyone. The answer is the same whether
 * or not the address already follows the body: only the address's owner learns more, from the
 * emailed link.
 */
public class SubscribeForm extends Section {

    private static final long serialVersionUID = 1L;

    public SubscribeForm(SubscriptionRequests requests, BodySummary body) {
        setId("subscribe");
        addClassName("subscribe");
        H2 heading = new H2(getTranslation("subscriptions.form.title"));
        heading.setId("subscribe-heading");
        getElement().setAttribute("aria-labelledby", "subscribe-heading");
        add(heading, new Paragraph(getTranslation("subscriptions.form.intro", body.name())));

        EmailField email = new EmailField(getTranslation("subscriptions.form.email"));
        email.setId("subscribe-email");
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(EmailAddresses.MAX_LENGTH);
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setHelperText(getTranslation("subscriptions.form.email-help"));
        Select<Language> language = new Select<>();
        language.setLabel(getTranslation("subscriptions.form.language"));
        language.setId("subscribe-language");
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(Language.of(getLocale()));
        CheckboxGroup<Category> categories = new CheckboxGroup<>(getTranslation("subscriptions.form.categories"));
        categories.setId("subscribe-categories");
        categories.setItems(Category.values());
        categories.setItemLabelGenerator(c -> getTranslation(c.messageKey() + ".choice"));
        categories.setValue(EnumSet.allOf(Category.class));
        // Not marked required: Vaadin would put aria-required on a role=group, which no reader supports.
        categories.setHelperText(getTranslation("subscriptions.form.categories-help"));
        Button send = new Button(getTranslation("subscriptions.form.send"));
        send.setId("subscribe-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(email, language, categories, send);
        form.addClassName("subscribe-form");
        add(form);
        send.addClickListener(e -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            String client = request == null ? "unknown" : request.getRemoteAddr();
            try {
                requests.request(
                        body.id(),
                        email.getValue(),
                        language.getValue(),
                        categories.getValue().isEmpty()
                                ? EnumSet.noneOf(Category.class)
                                : EnumSet.copyOf(categories.getValue()),
                        client);
            } catch (RuleViolationException ex) {
                FieldErrors.show(this, ex, Map.<String, HasValidation>of("email", email, "categories", categories));
                return;
            }
            remove(form);
            Paragraph sent = new Paragraph(
                    getTranslation("subscriptions.form.sent", email.getValue().strip()));
            sent.setId("subscribe-status");
            sent.addClassName("notice");
            sent.getElement().setAttribute("role", "status");
            add(sent);
        });
    }
}
