package roundtable.attendance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import roundtable.attendance.AccessNeeds;
import roundtable.attendance.AccommodationType;
import roundtable.attendance.InterpretationMode;
import roundtable.attendance.NeedsInWords;
import roundtable.attendance.Response;
import roundtable.attendance.RsvpState;
import roundtable.attendance.RsvpView;

/**
 * Keeps what someone asked for in step with their answer, saying so and asking first, never
 * dropping anything silently. Right under the answer, as it changes:
 * <ul>
 * <li>not coming: which requests saving will withdraw (and that they will be offered again);</li>
 * <li>coming after all: what the "not coming" withdrew, with "Ask for it again";</li>
 * <li>joining online: an interpreter in the room could become simultaneous interpretation online,
 * and childcare, wheelchair seating and assistive listening no longer apply (withdraw or keep);</li>
 * <li>coming in person with interpretation online: an interpreter in the room instead?</li>
 * </ul>
 * Every question has both answers as buttons; the one not pressed changes nothing.
 */
class AnswerFollowUps extends Div {

    private static final long serialVersionUID = 1L;

    /** The form's "what would help you take part" fields, read and changed as a whole. */
    interface Needs {
        AccessNeeds value();

        void fill(AccessNeeds needs);

        /** These fields, brought into sight ({@code reveal}) whenever something is filled in for the person. */
        static Needs revealing(Needs fields, Runnable reveal) {
            return new Needs() {
                @Override
                public AccessNeeds value() {
                    return fields.value();
                }

                @Override
                public void fill(AccessNeeds needs) {
                    reveal.run();
                    fields.fill(needs);
                }
            };
        }
    }

    private final Needs needs;
    private final AccessNeeds saved;
    private final AccessNeeds withdrawn;
    /** Questions answered for the current answer; asked again once the answer changes. */
    private final Set<String> settled = new HashSet<>();

    private boolean offeredAgain;
    private Response answer;

    /**
     * {@code current}: their RSVP so far (null before the first answer), whose requests and whose
     * last "not coming" the questions are about. Nothing is asked until the answer differs from it.
     */
    AnswerFollowUps(ResponseChoice response, Needs needs, RsvpView current) {
        this.needs = needs;
        this.saved = current == null ? AccessNeeds.none() : current.needs();
        this.withdrawn = current == null ? AccessNeeds.none() : current.withdrawn();
        addClassName("answer-follow-ups");
        setId("rsvp-follow-ups");
        // Read out as they appear: they answer what the person just chose.
        getElement().setAttribute("aria-live", "polite");
        response.addValueChangeListener(e -> {
            answer = e.getValue();
            settled.clear();
            update();
        });
        Response savedAnswer = current == null || current.state() == RsvpState.CANCELLED ? null : current.response();
        if (response.getValue() != savedAnswer) {
            // Opened with another answer already chosen (the one clicked in an email): that is a change too.
            answer = response.getValue();
            update();
        }
    }

    private void update() {
        removeAll();
        if (answer == null) {
            return;
        }
        if (answer == Response.NOT_ATTENDING) {
            if (saved.any()) {
                add(notice("rsvp-follow-decline", getTranslation("rsvp.follow.decline", said(saved))));
            }
            return;
        }
        if (withdrawn.any() && !offeredAgain) {
            ask(
                    "restore",
                    getTranslation("rsvp.follow.restore", said(withdrawn)),
                    "rsvp.follow.restore.yes",
                    "rsvp.follow.restore.no",
                    n -> withdrawn,
                    true);
        }
        AccessNeeds now = needs.value();
        if (answer == Response.ONLINE) {
            if (now.interpretationMode() == InterpretationMode.IN_PERSON) {
                ask(
                        "online-interpreter",
                        getTranslation("rsvp.follow.online-interpreter"),
                        "rsvp.follow.online-interpreter.yes",
                        "rsvp.follow.online-interpreter.no",
                        n -> n.withInterpretationMode(InterpretationMode.SIMULTANEOUS_ONLINE),
                        false);
            }
            if (now.childcare()) {
                ask(
                        "online-childcare",
                        getTranslation("rsvp.follow.online-childcare"),
                        "rsvp.follow.online-childcare.yes",
                        "rsvp.follow.online-childcare.no",
                        AccessNeeds::withoutChildcare,
                        false);
            }
            Set<AccommodationType> inTheRoom = now.accommodations().stream()
                    .filter(AccommodationType::inTheRoom)
                    .collect(Collectors.toSet());
            if (!inTheRoom.isEmpty()) {
                String which = inTheRoom.stream()
                        .sorted()
                        .map(a -> getTranslation(a.messageKey()))
                        .collect(Collectors.joining("; "));
                ask(
                        "online-room",
                        getTranslation("rsvp.follow.online-room", which),
                        "rsvp.follow.online-room.yes",
                        "rsvp.follow.online-room.no",
                        n -> n.withoutAccommodations(inTheRoom),
                        false);
            }
        } else if (answer == Response.IN_PERSON && now.interpretationMode() == InterpretationMode.SIMULTANEOUS_ONLINE) {
            ask(
                    "room-interpreter",
                    getTranslation("rsvp.follow.room-interpreter"),
                    "rsvp.follow.room-interpreter.yes",
                    "rsvp.follow.room-interpreter.no",
                    n -> n.withInterpretationMode(InterpretationMode.IN_PERSON),
                    false);
        }
    }

    private String said(AccessNeeds asked) {
        return NeedsInWords.joined(asked, getLocale(), this::getTranslation);
    }

    private static Paragraph notice(String id, String text) {
        Paragraph notice = new Paragraph(text);
        notice.setId(id);
        notice.addClassName("follow-up");
        return notice;
    }

    /** A question with both answers; "yes" changes the fields as {@code change} says, "no" leaves them. */
    private void ask(
            String name,
            String text,
            String yesKey,
            String noKey,
            UnaryOperator<AccessNeeds> change,
            boolean offerAgain) {
        if (settled.contains(name)) {
            return;
        }
        Div question = new Div();
        question.setId("rsvp-follow-" + name);
        question.addClassName("follow-up");
        Button yes = new Button(getTranslation(yesKey), e -> {
            needs.fill(change.apply(needs.value()));
            settle(name, offerAgain);
        });
        yes.setId("rsvp-follow-" + name + "-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button no = new Button(getTranslation(noKey), e -> settle(name, offerAgain));
        no.setId("rsvp-follow-" + name + "-no");
        no.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Div buttons = new Div(yes, no);
        buttons.addClassName("follow-up-answers");
        question.add(new Paragraph(text), buttons);
        add(question);
    }

    private void settle(String name, boolean offerAgain) {
        settled.add(name);
        offeredAgain |= offerAgain;
        update();
    }
}
