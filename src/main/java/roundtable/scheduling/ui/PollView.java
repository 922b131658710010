package roundtable.scheduling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.ZonedDateTime;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.Dates;
import roundtable.base.ui.Titles;
import roundtable.committees.CommitteeService;
import roundtable.scheduling.PollDecisions;
import roundtable.scheduling.PollResults;
import roundtable.scheduling.PollStatus;
import roundtable.scheduling.RankedCandidate;
import roundtable.scheduling.UnknownPollException;

/**
 * One poll for its chair: who answered, the times ranked with the reasons in words, and a
 * button to choose each time. Once chosen, a link to the meeting.
 */
@Route("manage/find-a-time/poll")
@PermitAll
public class PollView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient PollDecisions decisions;
    private final transient CommitteeService committees;
    private long pollId;
    private String title = "";

    PollView(PollDecisions decisions, CommitteeService committees) {
        this.decisions = decisions;
        this.committees = committees;
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        if (id == null) {
            throw new NotFoundException();
        }
        pollId = id;
        render();
    }

    private void render() {
        PollResults results;
        try {
            results = decisions.results(pollId);
        } catch (UnknownPollException | AccessDeniedException e) {
            throw new NotFoundException();
        }
        removeAll();
        title = results.poll().title();
        var poll = results.poll();
        committees.find(poll.bodyId()).ifPresent(body -> {
            RouterLink back =
                    new RouterLink(getTranslation("poll.back", body.shortName()), FindATimeView.class, body.slug());
            back.addClassName("back-link");
            add(back);
        });
        add(new H1(poll.title()));

        DescriptionList facts = new DescriptionList();
        facts.addClassName("facts");
        facts.add(
                new DescriptionList.Term(getTranslation("meeting.body")),
                new DescriptionList.Description(results.bodyName()));
        facts.add(
                new DescriptionList.Term(getTranslation("poll.status")),
                new DescriptionList.Description(getTranslation(poll.status().messageKey())));
        facts.add(
                new DescriptionList.Term(getTranslation("poll.deadline")),
                new DescriptionList.Description(Dates.dateTime(poll.deadline().atZone(poll.zone()), getLocale())));
        facts.add(
                new DescriptionList.Term(getTranslation("poll.answers")),
                new DescriptionList.Description(
                        getTranslation("poll.answered-count", poll.answered(), poll.invited())));
        add(facts);

        if (poll.meetingId() != null) {
            Paragraph decided = new Paragraph(getTranslation("poll.decided") + " ");
            Anchor meeting = new Anchor("meetings/" + poll.meetingId(), getTranslation("poll.meeting-link"));
            meeting.setId("created-meeting");
            decided.add(meeting);
            decided.addClassNames("notice", "notice-success");
            add(decided);
        }

        add(new H2(getTranslation("poll.ranking.title")));
        add(new Paragraph(getTranslation("poll.ranking.help")));
        Div ranking = new Div();
        ranking.setId("ranking");
        for (RankedCandidate candidate : results.ranking()) {
            ranking.add(card(results, candidate));
        }
        add(ranking);

        add(who(results));

        if (poll.status() == PollStatus.OPEN) {
            Button close = new Button(
                    getTranslation("poll.close"),
                    e -> confirm(
                            getTranslation("poll.close.confirm-title"),
                            getTranslation("poll.close.confirm-text"),
                            getTranslation("poll.close"),
                            () -> {
                                decisions.closePoll(pollId, poll.version());
                                render();
                            }));
            close.setId("close-poll");
            close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(close);
        }
    }

    private Section card(PollResults results, RankedCandidate candidate) {
        var poll = results.poll();
        ZonedDateTime start = ZonedDateTime.ofLocal(candidate.start(), poll.zone(), null);
        String when = Dates.span(start, poll.durationMinutes(), getLocale());
        Section card = new Section();
        card.addClassNames("card", "candidate-card");
        card.setId("candidate-" + candidate.rank());
        H3 heading = new H3(getTranslation("poll.ranking.place", candidate.rank(), when));
        card.add(heading);

        Div tags = new Div();
        tags.addClassName("tags");
        tags.add(badge(
                getTranslation(candidate.quorumReached() ? "poll.badge.quorum" : "poll.badge.no-quorum"),
                !candidate.quorumReached()));
        if (!candidate.missingConstituencies().isEmpty()) {
            tags.add(badge(
                    getTranslation(
                            "poll.badge.missing",
                            candidate.missingConstituencies().size()),
                    true));
        }
        if (!candidate.keepsTimeRules()) {
            tags.add(badge(getTranslation("poll.badge.time-rules"), true));
        }
        if (candidate.candidateId() == (results.chosenCandidateId() == null ? -1 : results.chosenCandidateId())) {
            tags.add(badge(getTranslation("poll.badge.chosen"), false));
        }
        card.add(tags);

        Paragraph why = new Paragraph(ReasonText.of(this, getLocale(), candidate.rankReason()));
        why.addClassName("rank-reason");
        card.add(why);
        UnorderedList reasons = new UnorderedList();
        candidate.reasons().forEach(r -> reasons.add(new ListItem(ReasonText.of(this, getLocale(), r))));
        card.add(reasons);

        if (poll.status() == PollStatus.OPEN) {
            Button choose = new Button(getTranslation("poll.choose"));
            choose.setAriaLabel(getTranslation("poll.choose.label", when));
            choose.setId("choose-" + candidate.rank());
            choose.addThemeVariants(candidate.rank() == 1 ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
            choose.addClickListener(e -> confirm(
                    getTranslation("poll.choose.confirm-title"),
                    getTranslation("poll.choose.confirm-text", when, poll.invited()) + clashWarning(candidate),
                    getTranslation("poll.choose"),
                    () -> decide(candidate, poll.version())));
            card.add(choose);
        }
        return card;
    }

    private void decide(RankedCandidate candidate, long version) {
        try {
            decisions.decide(pollId, candidate.candidateId(), version);
        } catch (RuleViolationException e) {
            Notification.show(getTranslation(e.messageKey(), e.arguments()), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        render();
    }

    private Section who(PollResults results) {
        Section section = new Section();
        section.setId("who-answered");
        section.add(new H2(getTranslation("poll.who.title")));
        UnorderedList answered = new UnorderedList();
        UnorderedList waiting = new UnorderedList();
        for (PollResults.InviteeStatus invitee : results.invitees()) {
            String name = invitee.guest() ? getTranslation("poll.who.guest", invitee.name()) : invitee.name();
            (invitee.answered() ? answered : waiting).add(new ListItem(name));
        }
        section.add(new H3(getTranslation("poll.who.answered", answered.getComponentCount())));
        section.add(answered.getComponentCount() == 0 ? new Paragraph(getTranslation("poll.who.nobody")) : answered);
        section.add(new H3(getTranslation("poll.who.waiting", waiting.getComponentCount())));
        section.add(waiting.getComponentCount() == 0 ? new Paragraph(getTranslation("poll.who.nobody")) : waiting);
        return section;
    }

    private static Span badge(String text, boolean attention) {
        Span badge = new Span(text);
        badge.addClassName("badge");
        if (attention) {
            badge.addClassName("badge-attention");
        }
        return badge;
    }

    /** Another meeting of the body, or in the same room, at that time: said before the chair commits. */
    private String clashWarning(RankedCandidate candidate) {
        var clashes = decisions.clashesOf(pollId, candidate.candidateId());
        if (clashes.isEmpty()) {
            return "";
        }
        return " "
                + getTranslation(
                        "poll.choose.clashes",
                        clashes.stream()
                                .map(c -> c.title() == null ? getTranslation("poll.choose.clash-closed") : c.title())
                                .collect(Collectors.joining("; ")));
    }

    private void confirm(String header, String text, String confirmText, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(confirmText);
        dialog.addConfirmListener(e -> action.run());
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "poll.page-title", title);
    }
}
