package roundtable.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import roundtable.base.PlainText;
import roundtable.base.RuleViolationException;
import roundtable.base.html.RichText;
import roundtable.minutes.MinutesContent.ActionItem;
import roundtable.minutes.MinutesContent.Attendance;
import roundtable.minutes.MinutesContent.Item;
import roundtable.minutes.MinutesContent.Motion;
import roundtable.minutes.MinutesContent.Presence;
import roundtable.minutes.MinutesContent.RollCallVote;
import roundtable.minutes.MinutesContent.Vote;
import roundtable.minutes.MinutesContent.VoteKind;

/**
 * What the service does to content before keeping it, and what it checks before publishing:
 * rich text through the allow-list, names trimmed, a roll call's counts derived from the roll
 * call, and the warnings a publisher must see.
 */
final class MinutesContentRules {

    static final int NAME = 200;
    static final int TEXT = 2_000;

    private MinutesContentRules() {}

    static MinutesContent cleaned(MinutesContent content) {
        List<Attendance> attendance = content.attendance().stream()
                .map(a -> new Attendance(
                        a.personId(),
                        trim(a.name(), NAME),
                        trim(a.role(), NAME),
                        a.voting(),
                        a.presence() == null ? Presence.ABSENT : a.presence()))
                .toList();
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < content.items().size(); i++) {
            Item item = content.items().get(i);
            RichText.require(MinutesContent.notesField(i), item.notesHtml());
            for (int m = 0; m < item.motions().size(); m++) {
                RichText.require(
                        MinutesContent.motionField(i, m), item.motions().get(m).textHtml());
            }
            items.add(new Item(
                    item.agendaItemId(),
                    required(item.title(), "items", NAME),
                    richText(item.notesHtml()),
                    item.motions().stream().map(MinutesContentRules::cleaned).toList(),
                    item.actions().stream()
                            .map(a ->
                                    new ActionItem(required(a.text(), "actions", TEXT), trim(a.owner(), NAME), a.due()))
                            .toList()));
        }
        RichText.require(MinutesContent.PUBLIC_COMMENT_FIELD, content.publicCommentHtml());
        return new MinutesContent(attendance, items, richText(content.publicCommentHtml()));
    }

    private static Motion cleaned(Motion m) {
        VoteKind kind = m.voteKind() == null ? VoteKind.COUNTS : m.voteKind();
        if (m.yes() < 0 || m.no() < 0 || m.abstain() < 0) {
            throw new RuleViolationException("motions", "minutes.error.negative-count");
        }
        List<RollCallVote> rollCall = kind == VoteKind.ROLL_CALL ? m.rollCall() : List.of();
        Motion cleaned = new Motion(
                richText(m.textHtml()),
                trim(m.mover(), NAME),
                trim(m.seconder(), NAME),
                kind,
                m.yes(),
                m.no(),
                m.abstain(),
                rollCall);
        MotionTally tally = MotionTally.of(cleaned);
        // Stored counts always match the roll call, so a reader of the data cannot find two answers.
        return new Motion(
                cleaned.textHtml(),
                cleaned.mover(),
                cleaned.seconder(),
                kind,
                tally.yes(),
                tally.no(),
                tally.abstain(),
                rollCall);
    }

    /** Published anyway if the publisher accepts them: the record may be right and the meeting irregular. */
    static List<MinutesWarning> warnings(MinutesContent content, int quorumNeeded, Set<Long> unnamed) {
        List<MinutesWarning> warnings = new ArrayList<>();
        MinutesQuorum quorum = MinutesQuorum.of(content.attendance(), quorumNeeded);
        if (content.attendance().stream().noneMatch(a -> a.presence().present())) {
            warnings.add(new MinutesWarning("minutes.warning.no-attendance", List.of()));
        }
        for (Item item : content.items()) {
            for (Motion motion : item.motions()) {
                rollCallWarnings(item, motion, content.attendance(), warnings);
                MotionTally tally = MotionTally.of(motion);
                if (tally.result() == MotionTally.Result.NO_VOTE) {
                    continue;
                }
                if (!quorum.met()) {
                    warnings.add(new MinutesWarning(
                            "minutes.warning.vote-without-quorum",
                            List.of(item.title(), quorum.present(), quorum.needed())));
                } else if (tally.participants() > quorum.present()) {
                    warnings.add(new MinutesWarning(
                            "minutes.warning.more-votes-than-present",
                            List.of(item.title(), tally.participants(), quorum.present())));
                }
            }
        }
        unnamedInText(content, unnamed, warnings);
        return warnings;
    }

    /**
     * The renderer shows members who have not agreed to be named by their seat, and counts guests,
     * but it cannot rewrite what the secretary wrote: such a name (in full, or the family name) in
     * the notes, a motion, an action or the public comment is pointed out so that a person decides.
     */
    private static void unnamedInText(MinutesContent content, Set<Long> unnamed, List<MinutesWarning> warnings) {
        List<String> names = content.attendance().stream()
                .filter(a -> a.presence() == Presence.GUEST || a.personId() != null && unnamed.contains(a.personId()))
                .map(Attendance::name)
                .filter(n -> n != null && !n.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
        if (names.isEmpty()) {
            return;
        }
        for (Item item : content.items()) {
            StringBuilder text = new StringBuilder(RichText.toPlainText(item.notesHtml()));
            item.motions().forEach(m -> text.append('\n').append(RichText.toPlainText(m.textHtml())));
            item.actions().forEach(a -> text.append('\n').append(a.text()));
            namesIn(text.toString(), names)
                    .forEach(name -> warnings.add(
                            new MinutesWarning("minutes.warning.unnamed-in-text", List.of(item.title(), name))));
        }
        namesIn(RichText.toPlainText(content.publicCommentHtml()), names)
                .forEach(name -> warnings.add(new MinutesWarning("minutes.warning.unnamed-in-comment", List.of(name))));
    }

    private static List<String> namesIn(String text, List<String> names) {
        return names.stream().filter(n -> NameMatcher.mentions(text, n)).toList();
    }

    /**
     * A roll call the secretary did not finish, or one naming someone the attendance does not
     * have present: the votes counted would not be the votes cast.
     */
    private static void rollCallWarnings(
            Item item, Motion motion, List<Attendance> attendance, List<MinutesWarning> warnings) {
        if (motion.voteKind() != VoteKind.ROLL_CALL) {
            return;
        }
        long unrecorded =
                motion.rollCall().stream().filter(v -> v.vote() == null).count();
        if (unrecorded > 0) {
            warnings.add(new MinutesWarning("minutes.warning.vote-not-recorded", List.of(item.title(), unrecorded)));
        }
        Set<String> present = attendance.stream()
                .filter(a -> a.presence() != null && a.presence().present())
                .map(a -> personKey(a.personId(), a.name()))
                .collect(Collectors.toSet());
        String notPresent = motion.rollCall().stream()
                .filter(v -> v.vote() != Vote.ABSENT && !present.contains(personKey(v.personId(), v.name())))
                .map(v -> v.name() == null || v.name().isBlank() ? "—" : v.name())
                .collect(Collectors.joining(", "));
        if (!notPresent.isEmpty()) {
            warnings.add(new MinutesWarning("minutes.warning.voter-not-present", List.of(item.title(), notPresent)));
        }
    }

    private static String personKey(Long personId, String name) {
        return personId != null ? "p" + personId : "n" + name;
    }

    /** What the secretary typed keeps its paragraphs whether they typed HTML or plain lines. */
    static String richText(String typed) {
        return RichText.sanitise(RichText.fromTypedText(typed));
    }

    private static String required(String text, String field, int max) {
        String clean = trim(text, max);
        if (clean == null) {
            throw new RuleViolationException(field, "validation.required");
        }
        return clean;
    }

    private static String trim(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = text.strip();
        if (clean.length() > max) {
            throw new RuleViolationException("content", "validation.too-long", max);
        }
        // Names and action items reach the permalink, the PDF, emails and feeds: nothing hidden in them.
        PlainText.requireLines("content", clean);
        return clean;
    }
}
