package roundtable.people.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import roundtable.base.i18n.Language;
import roundtable.base.ui.SessionLanguage;
import roundtable.base.ui.Titles;
import roundtable.people.MyProfile;
import roundtable.people.ProfileService;

/** A signed-in person's own profile: what they may change, who sees it, and all their data to take away. */
@Route("my/profile")
@Menu(title = "nav.profile", order = 15, icon = "vaadin:user")
@PermitAll
class ProfileView extends Div implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(ProfileView.class);

    static final String DOWNLOAD_NAME = "roundtable-my-data.json";
    /** Carries "saved" across the reload that a new language needs, so the person still hears it worked. */
    private static final String SAVED_BEFORE_RELOAD = ProfileView.class.getName() + ".saved";

    ProfileView(ProfileService people) {
        addClassName("narrow-page");
        MyProfile me = people.myProfile();
        add(
                new H1(getTranslation("profile.title")),
                new Paragraph(getTranslation("profile.intro")),
                account(me),
                new ProfileForm(people, me, this::saved),
                yourData(people),
                new Paragraph(new Anchor("my/calendar", getTranslation("profile.calendar-feed"))));
        VaadinSession session = VaadinSession.getCurrent();
        if (session.getAttribute(SAVED_BEFORE_RELOAD) != null) {
            session.setAttribute(SAVED_BEFORE_RELOAD, null);
            confirmSaved();
        }
    }

    private Section account(MyProfile me) {
        DescriptionList facts = new DescriptionList();
        facts.addClassName("facts");
        facts.add(new Term(getTranslation("profile.name")), new Description(me.fullName()));
        facts.add(new Term(getTranslation("profile.email")), new Description(me.email()));
        if (me.affiliation() != null) {
            facts.add(new Term(getTranslation("profile.affiliation")), new Description(me.affiliation()));
        }
        facts.setId("profile-account");
        return new Section(facts, new Paragraph(getTranslation("profile.account.help")));
    }

    private Section yourData(ProfileService people) {
        // The document is built when the link is followed, under the person's own sign-in.
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    try {
                        byte[] json = people.exportMyData().getBytes(StandardCharsets.UTF_8);
                        return new DownloadResponse(
                                new ByteArrayInputStream(json), DOWNLOAD_NAME, "application/json", json.length);
                    } catch (RuntimeException e) {
                        log.error("Personal data export failed", e);
                        return DownloadResponse.error(HttpStatusCode.INTERNAL_SERVER_ERROR);
                    }
                }),
                AttachmentType.DOWNLOAD,
                getTranslation("profile.download"));
        download.setId("download-my-data");
        return new Section(
                new H2(getTranslation("profile.your-data")),
                new Paragraph(getTranslation("profile.your-data.intro")),
                new Paragraph(download));
    }

    private void saved(MyProfile profile) {
        Language chosen = profile.profile().language();
        if (chosen != Language.of(getLocale())) {
            VaadinSession.getCurrent().setAttribute(SAVED_BEFORE_RELOAD, Boolean.TRUE);
            SessionLanguage.apply(chosen);
        } else {
            confirmSaved();
        }
    }

    private void confirmSaved() {
        Notification.show(getTranslation("profile.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "profile.title");
    }
}
