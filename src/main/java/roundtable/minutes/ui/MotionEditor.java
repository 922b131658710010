package roundtable.minutes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import roundtable.minutes.MinutesContent.Attendance;
import roundtable.minutes.MinutesContent.Motion;
import roundtable.minutes.MinutesContent.Presence;
import roundtable.minutes.MinutesContent.RollCallVote;
import roundtable.minutes.MinutesContent.Vote;
import roundtable.minutes.MinutesContent.VoteKind;
import roundtable.minutes.MinutesRenderer;
import roundtable.minutes.MotionTally;

/**
 * One motion: its text, mover and seconder, and the vote as counts or a roll call of the voting
 * members present; the result is worked out and shown as it is entered.
 */
class MotionEditor extends Div {

    private static final long serialVersionUID = 1L;

    private record Voter(Attendance person, Select<Vote> vote) {}

    private final H4 heading = new H4();

    private final TextArea text = new TextArea();
    private final TextField mover = new TextField();
    private final TextField seconder = new TextField();
    private final RadioButtonGroup<VoteKind> kind = new RadioButtonGroup<>();
    private final IntegerField yes = count("minutes.vote.yes");
    private final IntegerField no = count("minutes.vote.no");
    private final IntegerField abstain = count("minutes.vote.abstain");
    private final Div counts = new Div(yes, no, abstain);
    private final Div rollCall = new Div();
    private final List<Voter> voters = new ArrayList<>();
    private final Paragraph result = new Paragraph();
    private final transient MinutesRenderer renderer;
    private final transient Supplier<List<Attendance>> votingPresent;
    private final boolean editable;

    MotionEditor(
            String id,
            int number,
            Motion motion,
            Supplier<List<Attendance>> votingPresent,
            MinutesRenderer renderer,
            boolean editable,
            Runnable remove) {
        this.renderer = renderer;
        this.votingPresent = votingPresent;
        this.editable = editable;
        setId(id);
        number(number);
        addClassName("minutes-motion");
        text.setLabel(getTranslation("minutes.editor.motion-text"));
        text.setHelperText(getTranslation("minutes.editor.rich-text.help"));
        text.setId(id + "-text");
        text.setValue(motion.textHtml() == null ? "" : motion.textHtml());
        mover.setLabel(getTranslation("minutes.editor.mover"));
        mover.setId(id + "-mover");
        mover.setMaxLength(200);
        mover.setValue(motion.mover() == null ? "" : motion.mover());
        seconder.setLabel(getTranslation("minutes.editor.seconder"));
        seconder.setId(id + "-seconder");
        seconder.setMaxLength(200);
        seconder.setValue(motion.seconder() == null ? "" : motion.seconder());
        kind.setLabel(getTranslation("minutes.editor.vote-kind"));
        kind.setId(id + "-kind");
        kind.setItems(VoteKind.values());
        kind.setItemLabelGenerator(
                k -> getTranslation("minutes.editor.vote-kind." + k.name().toLowerCase()));
        kind.setValue(motion.voteKind() == null ? VoteKind.COUNTS : motion.voteKind());
        yes.setValue(motion.yes());
        no.setValue(motion.no());
        abstain.setValue(motion.abstain());
        yes.setId(id + "-yes");
        no.setId(id + "-no");
        abstain.setId(id + "-abstain");
        counts.addClassName("minutes-counts");
        // Yes / No / Abstain repeat in every motion: the group is named after its motion.
        heading.setId(id + "-heading");
        counts.getElement().setAttribute("role", "group");
        counts.getElement().setAttribute("aria-labelledby", id + "-heading");
        rollCall.addClassName("minutes-roll-call");
        // A group with a name, so a screen reader hears whose votes these are before the names.
        rollCall.getElement().setAttribute("role", "group");
        rollCall.getElement().setAttribute("aria-labelledby", id + "-roll-call-label");
        rollCall.setId(id + "-roll-call");
        result.setId(id + "-result");
        result.addClassName("minutes-result");
        result.getElement().setAttribute("role", "status");
        fillRollCall(motion.rollCall());
        add(heading, text, mover, seconder, kind, counts, rollCall, result);
        for (var field : List.of(text, mover, seconder)) {
            field.setReadOnly(!editable);
        }
        kind.setReadOnly(!editable);
        for (IntegerField f : List.of(yes, no, abstain)) {
            f.setReadOnly(!editable);
            f.addValueChangeListener(e -> showResult());
        }
        kind.addValueChangeListener(e -> {
            if (e.getValue() == VoteKind.ROLL_CALL) {
                fillRollCall(currentRollCall());
            }
            showKind();
        });
        if (editable) {
            Button delete = new Button(getTranslation("minutes.editor.remove-motion"), e -> remove.run());
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            // Described by the motion's heading, which says which one it removes.
            delete.getElement().setAttribute("aria-describedby", id + "-heading");
            add(delete);
        }
        showKind();
    }

    private IntegerField count(String key) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setMin(0);
        field.setMax(10_000);
        field.setStepButtonsVisible(true);
        return field;
    }

    /** Motions are numbered within their item, as the minutes number them. */
    void number(int number) {
        heading.setText(getTranslation("minutes.doc.motion", number));
    }

    /** Attendance changed: an open roll call follows it, keeping every vote already entered. */
    void attendanceChanged() {
        if (kind.getValue() == VoteKind.ROLL_CALL) {
            fillRollCall(currentRollCall());
            showResult();
        }
    }

    /**
     * The voting members present now, each keeping the vote already entered for them (none until
     * the secretary records one: a vote nobody entered must not be counted). Someone whose vote
     * was recorded but who is no longer marked present stays, flagged, rather than losing the vote.
     */
    private void fillRollCall(List<RollCallVote> entered) {
        Map<String, Vote> before = new HashMap<>();
        entered.forEach(v -> before.putIfAbsent(key(v), v.vote()));
        rollCall.removeAll();
        voters.clear();
        rollCall.add(rollCallLabel());
        Set<String> present = new HashSet<>();
        for (Attendance a : votingPresent.get()) {
            String key = key(new RollCallVote(a.personId(), a.name(), null));
            present.add(key);
            addVoter(a, before.get(key), false);
        }
        for (RollCallVote v : entered) {
            if (v.vote() != null && present.add(key(v))) {
                addVoter(
                        new Attendance(v.personId(), v.name(), null, true, Presence.ABSENT),
                        v.vote(),
                        v.vote() != Vote.ABSENT);
            }
        }
    }

    private Span rollCallLabel() {
        Span label = new Span(getTranslation("minutes.editor.roll-call"));
        label.setId(getId().orElseThrow() + "-roll-call-label");
        label.addClassName("minutes-roll-call-label");
        return label;
    }

    private void addVoter(Attendance a, Vote entered, boolean notPresent) {
        Select<Vote> vote = new Select<>();
        vote.setLabel(a.name() == null ? getTranslation("minutes.editor.former-member") : a.name());
        vote.setItems(Vote.values());
        vote.setItemLabelGenerator(v -> getTranslation(
                v == null
                        ? "minutes.vote.not-recorded"
                        : "minutes.vote." + v.name().toLowerCase()));
        vote.setEmptySelectionAllowed(true);
        vote.setEmptySelectionCaption(getTranslation("minutes.vote.not-recorded"));
        vote.setValue(entered);
        vote.setReadOnly(!editable);
        if (notPresent) {
            vote.setHelperText(getTranslation("minutes.editor.voter-not-present"));
            vote.addClassName("minutes-voter-not-present");
        }
        vote.addValueChangeListener(e -> showResult());
        voters.add(new Voter(a, vote));
        rollCall.add(vote);
    }

    private static String key(RollCallVote v) {
        return v.personId() != null ? "p" + v.personId() : "n" + v.name();
    }

    private List<RollCallVote> currentRollCall() {
        return voters.stream()
                .map(v -> new RollCallVote(
                        v.person().personId(), v.person().name(), v.vote().getValue()))
                .toList();
    }

    private void showKind() {
        boolean roll = kind.getValue() == VoteKind.ROLL_CALL;
        counts.setVisible(!roll);
        rollCall.setVisible(roll);
        showResult();
    }

    private void showResult() {
        result.setText(renderer.resultLine(MotionTally.of(value()), getLocale()));
    }

    TextArea textField() {
        return text;
    }

    Motion value() {
        boolean roll = kind.getValue() == VoteKind.ROLL_CALL;
        Function<IntegerField, Integer> n = f -> f.getValue() == null ? 0 : f.getValue();
        return new Motion(
                text.getValue(),
                mover.getValue(),
                seconder.getValue(),
                kind.getValue(),
                n.apply(yes),
                n.apply(no),
                n.apply(abstain),
                roll ? currentRollCall() : List.of());
    }
}
