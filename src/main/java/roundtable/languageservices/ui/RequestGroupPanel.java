package roundtable.languageservices.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import roundtable.attendance.InterpretationMode;
import roundtable.attendance.RequestStatus;
import roundtable.base.i18n.Dates;
import roundtable.languageservices.AccessRequestDesk;
import roundtable.languageservices.RequestArrangements;
import roundtable.languageservices.RequestGroup;
import roundtable.languageservices.RequestLine;
import roundtable.languageservices.RequestRef;

/**
 * One group of a meeting's requests (say, Spanish interpretation): counts anyone on the desk may
 * see, actions for the whole group at once, and, on request, who asked and what they wrote.
 */
class RequestGroupPanel extends Div {

    private static final long serialVersionUID = 1L;

    /** For one person the coordinator may go back on a decision; for a whole group only what still waits. */
    private static final Set<RequestStatus> WAITING = EnumSet.of(RequestStatus.OPEN, RequestStatus.ASSIGNED);

    private static final Set<RequestStatus> ASSIGNABLE =
            EnumSet.of(RequestStatus.OPEN, RequestStatus.ASSIGNED, RequestStatus.UNABLE);
    private static final Set<RequestStatus> UNABLE_FROM =
            EnumSet.of(RequestStatus.OPEN, RequestStatus.ASSIGNED, RequestStatus.CONFIRMED);

    private final AccessRequestDesk desk;
    private final RequestArrangements arrangements;
    private final long meetingId;
    private final RequestGroup group;
    private final String need;
    private final ZoneId zone;
    private final Runnable changed;
    private final Div lines = new Div();
    private final String domId;

    RequestGroupPanel(
            AccessRequestDesk desk,
            RequestArrangements arrangements,
            long meetingId,
            ZoneId zone,
            RequestGroup group,
            Runnable changed) {
        this.desk = desk;
        this.arrangements = arrangements;
        this.meetingId = meetingId;
        this.group = group;
        this.zone = zone;
        this.changed = changed;
        this.need = NeedLabels.of(this, getLocale(), group.kind(), group.languageTag(), group.accommodationType());
        this.domId = "group-" + meetingId + "-"
                + group.key().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        addClassName("request-group");
        setId(domId);
        H3 title = new H3(need + " — " + getTranslation("desk.people", group.count()));
        add(title);
        Div tags = new Div();
        tags.addClassName("tags");
        if (group.needsAction()) {
            tags.add(badge(getTranslation("desk.needs-action"), "badge-attention"));
        }
        if (group.late() > 0) {
            tags.add(badge(getTranslation("desk.late", group.late()), "badge-attention"));
        }
        if (tags.getChildren().findAny().isPresent()) {
            add(tags);
        }
        add(new Paragraph(statusLine()));
        if (!group.byMode().isEmpty()) {
            add(new Paragraph(group.byMode().entrySet().stream()
                    .map(e -> getTranslation(e.getKey().messageKey()) + ": " + e.getValue())
                    .collect(Collectors.joining(" · "))));
        }
        if (group.children() > 0) {
            add(new Paragraph(getTranslation("desk.children", group.children())));
        }
        if (!group.interpreterNames().isEmpty()) {
            add(new Paragraph(getTranslation("desk.assigned-to", String.join(", ", group.interpreterNames()))));
        }
        add(actions(group.requests(), group.byMode().keySet(), getTranslation("desk.for-all", need), "group"));
        lines.addClassName("request-lines");
        lines.setId(domId + "-lines");
        add(lines);
    }

    private String statusLine() {
        return group.byStatus().entrySet().stream()
                .map(e -> getTranslation(e.getKey().messageKey()) + ": " + e.getValue())
                .collect(Collectors.joining(" · "));
    }

    /** {@code whom} completes each button's accessible name ("Confirm — for everyone: ...", "Confirm — Rosa Díaz"). */
    private Div actions(List<RequestRef> refs, Set<InterpretationMode> modes, String whom, String idPart) {
        Div actions = new Div();
        actions.addClassName("tags");
        boolean wholeGroup = "group".equals(idPart);
        String suffix = whom;
        List<RequestRef> assignable = refs.stream()
                .filter(r -> (wholeGroup ? WAITING : ASSIGNABLE).contains(r.status()))
                .toList();
        if (group.assignable() && !assignable.isEmpty()) {
            actions.add(button(
                    "desk.assign",
                    suffix,
                    domId + "-" + idPart + "-assign",
                    () -> new AssignInterpreterDialog(
                                    desk,
                                    arrangements,
                                    group.kind(),
                                    group.languageTag(),
                                    modes,
                                    need,
                                    assignable,
                                    changed)
                            .open()));
        }
        List<RequestRef> confirmable = refs.stream()
                .filter(r -> r.status() != RequestStatus.CONFIRMED
                        && (!wholeGroup || WAITING.contains(r.status()))
                        && (!group.assignable() || r.status() == RequestStatus.ASSIGNED && r.hasInterpreter()))
                .toList();
        if (!confirmable.isEmpty()) {
            actions.add(button("desk.confirm", suffix, domId + "-" + idPart + "-confirm", () -> {
                if (DeskNotices.attempt(this, () -> arrangements.confirm(confirmable), Map.of(), changed)) {
                    DeskNotices.done(this, getTranslation("desk.confirmed", confirmable.size()));
                    changed.run();
                }
            }));
        }
        List<RequestRef> unable = refs.stream()
                .filter(r -> (wholeGroup ? WAITING : UNABLE_FROM).contains(r.status()))
                .toList();
        if (!unable.isEmpty()) {
            actions.add(button(
                    "desk.unable",
                    suffix,
                    domId + "-" + idPart + "-unable",
                    () -> new UnableDialog(arrangements, need, unable, changed).open()));
        }
        if (wholeGroup) {
            Button show = new Button(getTranslation("desk.show-requests", group.count()));
            show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            show.setId(domId + "-show");
            show.getElement().setAttribute("aria-expanded", "false");
            show.getElement().setAttribute("aria-controls", domId + "-lines");
            show.addClickListener(e -> toggleLines(show));
            actions.add(show);
        }
        return actions;
    }

    private Button button(String key, String whom, String id, Runnable action) {
        Button b = new Button(getTranslation(key), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.setAriaLabel(getTranslation(key) + " — " + whom);
        b.setId(id);
        return b;
    }

    private void toggleLines(Button show) {
        boolean open = lines.getChildren().findAny().isPresent();
        lines.removeAll();
        show.getElement().setAttribute("aria-expanded", String.valueOf(!open));
        show.setText(getTranslation(open ? "desk.show-requests" : "desk.hide-requests", group.count()));
        if (open) {
            return;
        }
        // Reading who asked and what they wrote is audited, so it happens only on request.
        for (RequestLine line : desk.requestsIn(meetingId, group.key())) {
            lines.add(line(line));
        }
    }

    private Div line(RequestLine r) {
        Div card = new Div();
        card.addClassName("request-line");
        card.setId("request-" + r.id());
        String who = r.requesterName() == null ? getTranslation("desk.anonymised") : r.requesterName();
        Paragraph name = new Paragraph(who + (r.guest() ? " (" + getTranslation("desk.guest") + ")" : ""));
        name.addClassName("request-line-name");
        card.add(name);
        if (r.requesterEmail() != null) {
            card.add(new Anchor("mailto:" + r.requesterEmail(), r.requesterEmail()));
        }
        Div facts = new Div();
        facts.addClassName("meta");
        facts.add(new Paragraph(
                getTranslation("desk.line.status", getTranslation(r.status().messageKey()))
                        + (r.late() ? " · " + getTranslation("desk.line.late") : "")
                        + (r.interpreterName() == null
                                ? ""
                                : " · " + getTranslation("desk.assigned-to", r.interpreterName()))));
        facts.add(new Paragraph(getTranslation(
                        "desk.line.answer", getTranslation(r.response().messageKey()))
                + (r.waitlisted() ? " · " + getTranslation("desk.line.waitlisted") : "")
                + (r.mode() == null ? "" : " · " + getTranslation(r.mode().messageKey()))
                + " · "
                + getTranslation(
                        "desk.line.asked", Dates.dateTime(r.requestedAt().atZone(zone), getLocale()))));
        if (r.childrenCount() != null) {
            facts.add(new Paragraph(getTranslation("desk.children", r.childrenCount())
                    + (r.childrenAges() == null ? "" : " · " + getTranslation("desk.line.ages", r.childrenAges()))));
        }
        if (r.details() != null) {
            facts.add(new Paragraph(getTranslation("desk.line.details", r.details())));
        }
        if (r.unableReason() != null) {
            facts.add(new Paragraph(getTranslation("desk.line.unable-reason", r.unableReason())));
        }
        card.add(facts);
        card.add(actions(List.of(r.ref()), r.mode() == null ? Set.of() : Set.of(r.mode()), who, "request-" + r.id()));
        return card;
    }

    private static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.addClassNames("badge", variant);
        return badge;
    }
}
