package roundtable.meetings.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import roundtable.base.i18n.Dates;
import roundtable.base.i18n.LanguageNames;
import roundtable.base.ui.RichTextBlock;
import roundtable.base.ui.Titles;
import roundtable.committees.CommitteeService;
import roundtable.meetings.AgendaService;
import roundtable.meetings.ClosedMeeting;
import roundtable.meetings.MeetingMinutes;
import roundtable.meetings.MeetingPageSection;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingStatus;
import roundtable.meetings.MeetingSummary;

/** One meeting: when, where, how to join, what language help is offered. */
@Route("meetings")
@AnonymousAllowed
public class MeetingView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final MeetingService meetings;
    private final CommitteeService committees;
    private final AgendaService agenda;
    private String title = "";

    private final List<MeetingMinutes> minutes;
    private final List<MeetingPageSection> sections;

    MeetingView(
            MeetingService meetings,
            CommitteeService committees,
            List<MeetingMinutes> minutes,
            AgendaService agenda,
            List<MeetingPageSection> sections) {
        this.meetings = meetings;
        this.committees = committees;
        this.minutes = minutes;
        this.agenda = agenda;
        this.sections = sections;
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        MeetingSummary meeting = id == null ? null : meetings.find(id).orElse(null);
        if (meeting == null) {
            showClosed(id == null ? null : meetings.closedMeeting(id).orElseThrow(NotFoundException::new));
            return;
        }
        title = meeting.title();
        removeAll();
        String body = committees.find(meeting.bodyId()).map(b -> b.name()).orElse("");
        DescriptionList facts = new DescriptionList();
        facts.add(new DescriptionList.Term(getTranslation("meeting.body")), new DescriptionList.Description(body));
        facts.add(
                new DescriptionList.Term(getTranslation("meeting.when")),
                new DescriptionList.Description(
                        Dates.span(meeting.startsAt(), meeting.durationMinutes(), getLocale())));
        facts.add(
                new DescriptionList.Term(getTranslation("meeting.format")),
                new DescriptionList.Description(getTranslation(meeting.format().messageKey())));
        facts.add(
                new DescriptionList.Term(getTranslation("meeting.status")),
                new DescriptionList.Description(getTranslation(meeting.status().messageKey())));
        if (meeting.location() != null) {
            facts.add(
                    new DescriptionList.Term(getTranslation("meeting.where")),
                    new DescriptionList.Description(meeting.location()));
        }
        if (meeting.room() != null) {
            facts.add(
                    new DescriptionList.Term(getTranslation("meeting.room")),
                    new DescriptionList.Description(meeting.room()));
        }
        if (meeting.accessNotes() != null) {
            facts.add(
                    new DescriptionList.Term(getTranslation("meeting.access")),
                    new DescriptionList.Description(meeting.accessNotes()));
        }
        // Only web links become links: a stored "javascript:" address must never run in a reader's browser.
        if (meeting.onlineUrl() != null && meeting.onlineUrl().matches("(?i)https?://\\S+")) {
            Anchor join = new Anchor(meeting.onlineUrl(), getTranslation("meeting.join-online"));
            join.setTarget("_blank");
            join.getElement().setAttribute("rel", "noopener noreferrer");
            facts.add(
                    new DescriptionList.Term(getTranslation("meeting.online")), new DescriptionList.Description(join));
        }
        if (meeting.dialIn() != null) {
            facts.add(
                    new DescriptionList.Term(getTranslation("meeting.dial-in")),
                    new DescriptionList.Description(meeting.dialIn()));
        }
        if (!meeting.languagesOffered().isEmpty()) {
            facts.add(
                    new DescriptionList.Term(getTranslation("meeting.languages")),
                    new DescriptionList.Description(LanguageNames.list(meeting.languagesOffered(), getLocale())));
        }
        facts.addClassName("facts");
        RouterLink back = new RouterLink(getTranslation("meetings.back"), MeetingsView.class);
        back.addClassName("back-link");
        add(back, new H1(meeting.title()));
        if (meeting.cancelled()) {
            Paragraph cancelled = new Paragraph(
                    meeting.cancelReason() == null
                            ? getTranslation("meeting.cancelled-notice")
                            : getTranslation("meeting.cancelled-because", meeting.cancelReason()));
            cancelled.addClassName("notice");
            cancelled.addClassName("cancelled");
            cancelled.setId("meeting-cancelled");
            add(cancelled);
        }
        add(facts);
        if (meeting.status() != MeetingStatus.DRAFT) {
            // Served by MeetingFeedController under /feeds, so this page's own route never sees it.
            Anchor ics = new Anchor(
                    "feeds/meetings/" + meeting.id() + ".ics?lang="
                            + getLocale().getLanguage(),
                    getTranslation("meeting.download-ics"));
            ics.setRouterIgnore(true);
            ics.setId("meeting-ics");
            add(new Paragraph(ics));
        }
        if (meetings.canManage(meeting.id()) && !meeting.cancelled() && meeting.status() != MeetingStatus.HELD) {
            committees.find(meeting.bodyId()).ifPresent(b -> {
                RouterLink manage =
                        new RouterLink(MeetingEditorView.class, MeetingEditorView.editMeeting(b.slug(), meeting.id()));
                manage.setText(getTranslation("meeting.manage"));
                manage.setId("manage-meeting");
                add(new Paragraph(manage));
            });
        }
        if (meeting.descriptionHtml() != null && !meeting.descriptionHtml().isBlank()) {
            add(RichTextBlock.of(meeting.descriptionHtml()));
        }
        add(new Paragraph(getTranslation("meeting.language-help")));
        // Sections of features built on meetings (RSVP), which this page shows without depending on them.
        sections.stream()
                .map(s -> s.sectionFor(meeting))
                .flatMap(Optional::stream)
                .forEach(this::add);
        minutes.stream()
                .map(m -> m.publishedMinutesPath(meeting.id()))
                .flatMap(Optional::stream)
                .findFirst()
                .ifPresent(path -> {
                    Anchor read = new Anchor(path, getTranslation("meeting.read-minutes"));
                    read.setId("meeting-minutes");
                    add(new Paragraph(read));
                });
        add(new AgendaSection(agenda, meeting.id()));
    }

    /** Outsiders learn only that a closed meeting happens: its body and its time. */
    private void showClosed(ClosedMeeting closed) {
        if (closed == null) {
            throw new NotFoundException();
        }
        String body = committees.find(closed.bodyId()).map(b -> b.name()).orElse("");
        title = getTranslation("meeting.closed-title", body);
        removeAll();
        RouterLink back = new RouterLink(getTranslation("meetings.back"), MeetingsView.class);
        back.addClassName("back-link");
        DescriptionList facts = new DescriptionList();
        facts.add(
                new DescriptionList.Term(getTranslation("meeting.when")),
                new DescriptionList.Description(Dates.span(closed.startsAt(), closed.durationMinutes(), getLocale())));
        facts.add(
                new DescriptionList.Term(getTranslation("meeting.status")),
                new DescriptionList.Description(getTranslation(closed.status().messageKey())));
        facts.addClassName("facts");
        add(back, new H1(title), facts, new Paragraph(getTranslation("meeting.closed-text")));
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "meeting.page-title", title);
    }
}
