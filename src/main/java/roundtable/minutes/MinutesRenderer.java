package roundtable.minutes;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import roundtable.base.html.RichText;
import roundtable.base.i18n.Dates;
import roundtable.minutes.MinutesContent.Attendance;
import roundtable.minutes.MinutesContent.Item;
import roundtable.minutes.MinutesContent.Motion;
import roundtable.minutes.MinutesContent.Presence;
import roundtable.minutes.MinutesContent.Vote;

/**
 * The one renderer of minutes: content and meeting facts in, a sanitised HTML fragment (headings
 * from h2, so any page can put its own h1 above) and its plain text out. The page, the permalink,
 * the PDF, the feeds and the emails all show what this made when the version was published.
 */
@Component
public class MinutesRenderer {

    /** The rendered document and the same words as plain text, for search, feeds and text emails. */
    public record Rendered(String html, String plainText) {}

    /* Public so that the template reads them by reflection. */
    public record Group(String label, String names) {}

    public record MotionView(String textHtml, String movedLine, String resultLine, List<Group> rollCall) {}

    public record ItemView(String title, String notesHtml, List<MotionView> motions, List<String> actions) {}

    /** A vote in a translation's record of votes: which item (its title in the original) and which motion. */
    public record VoteView(String item, int number, MotionView motion) {}

    /** An action in a translation: its text as the original has it, then owner and date in the reader's words. */
    public record ActionView(String text, String details) {}

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MessageSource messages;

    MinutesRenderer(MessageSource messages) {
        this.messages = messages;
        engine.setTemplateEngineMessageSource(messages);
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/minutes/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        engine.addTemplateResolver(resolver);
    }

    public Rendered render(MinutesContent content, MinutesFacts facts, Locale locale) {
        Names names = new Names(content.attendance(), facts.unnamed(), locale);
        Map<String, Object> model = model(content, facts, names, locale);
        model.put(
                "items",
                content.items().stream().map(i -> item(i, names, locale)).toList());
        model.put("publicCommentHtml", blankToNull(embedded(content.publicCommentHtml())));
        return process(model, locale);
    }

    /**
     * A person's translation as the whole record in its language. The translator writes the words (notes,
     * motions, public comment), which come whole in {@code translatedHtml}; everything else the record
     * states is the same in every language and is rendered here in the translation's: attendance and
     * quorum, each vote with its mover, seconder, result and roll call, and the actions with owner and
     * date. Item titles and action texts, which a translation does not carry one by one, stay as the
     * original has them, marked as in the {@code original} language.
     */
    public Rendered renderTranslation(
            MinutesContent content, MinutesFacts facts, Locale locale, String translatedHtml, Locale original) {
        Names names = new Names(content.attendance(), facts.unnamed(), locale);
        Map<String, Object> model = model(content, facts, names, locale);
        model.put("translationHtml", RichText.sanitise(translatedHtml));
        model.put("originalLang", original.toLanguageTag());
        List<VoteView> votes = new ArrayList<>();
        List<ActionView> actions = new ArrayList<>();
        for (int i = 0; i < content.items().size(); i++) {
            Item item = content.items().get(i);
            String heading = (i + 1) + ". " + item.title();
            for (int m = 0; m < item.motions().size(); m++) {
                votes.add(new VoteView(heading, m + 1, motion(item.motions().get(m), names, locale)));
            }
            item.actions().forEach(a -> actions.add(new ActionView(a.text(), actionLine(a, "", names, locale))));
        }
        model.put("votes", votes);
        model.put("actions", actions);
        return process(model, locale);
    }

    /** What every rendering says the same way: the meeting, who came and the quorum, and how it was approved. */
    private Map<String, Object> model(MinutesContent content, MinutesFacts facts, Names names, Locale locale) {
        // Thymeleaf takes an empty string as true: what is absent is passed as null.
        Map<String, Object> model = new HashMap<>();
        model.put("bodyName", facts.bodyName());
        model.put("when", when(facts, locale));
        model.put("place", blankToNull(facts.place()));
        model.put("attendance", attendance(content.attendance(), names, locale));
        model.put(
                "nobodyPresent",
                content.attendance().stream().noneMatch(a -> a.presence().present()));
        model.put("quorumLine", quorumLine(MinutesQuorum.of(content.attendance(), facts.quorumNeeded()), locale));
        model.put("approval", blankToNull(approval(facts, locale)));
        return model;
    }

    private Rendered process(Map<String, Object> model, Locale locale) {
        Context context = new Context(locale, model);
        String html = RichText.sanitise(engine.process("minutes", Set.of("minutes"), context)
                .replaceAll("\\n\\s*\\n", "\n")
                .strip());
        return new Rendered(html, RichText.toPlainText(html));
    }

    /** "Quorum: 9 of 15 present, 8 needed — quorum met", as the editor shows it live and the minutes record it. */
    public String quorumLine(MinutesQuorum quorum, Locale locale) {
        return message(
                quorum.met() ? "minutes.quorum.met" : "minutes.quorum.not-met",
                locale,
                quorum.present(),
                quorum.seated(),
                quorum.needed());
    }

    /** "Carried 9–3, 1 abstaining" in words the reader can check. */
    public String resultLine(MotionTally tally, Locale locale) {
        return message(tally.result().messageKey(), locale, tally.yes(), tally.no(), tally.abstain());
    }

    private String when(MinutesFacts facts, Locale locale) {
        if (facts.startsAtLocal() == null) {
            return "";
        }
        return Dates.dateTime(ZonedDateTime.ofLocal(facts.startsAtLocal(), facts.zone(), null), locale);
    }

    private List<Group> attendance(List<Attendance> attendance, Names names, Locale locale) {
        List<Group> groups = new ArrayList<>();
        for (Presence presence : Presence.values()) {
            if (presence == Presence.GUEST) {
                // Residents who came as guests or walked in never agreed to be named in a public record:
                // the minutes say how many came, the secretary's copy keeps who.
                long guests = attendance.stream()
                        .filter(a -> a.presence() == presence)
                        .count();
                if (guests > 0) {
                    groups.add(new Group(
                            message(presence.messageKey(), locale),
                            message("minutes.doc.guests-count", locale, guests)));
                }
                continue;
            }
            String listed = attendance.stream()
                    .filter(a -> a.presence() == presence)
                    .map(names::attendee)
                    .collect(Collectors.joining(", "));
            if (!listed.isEmpty()) {
                groups.add(new Group(message(presence.messageKey(), locale), listed));
            }
        }
        return groups;
    }

    /**
     * How people appear in the public record: by name where they agreed to be named, otherwise by
     * their seat ("Parent representative (name not published)"), in the attendance, the roll calls,
     * and wherever the secretary picked them as mover, seconder or owner.
     */
    private final class Names {

        private final Set<Long> unnamed;
        private final Map<String, String> withheldByName = new HashMap<>();
        private final Map<Long, String> withheldById = new HashMap<>();
        private final String someMember;

        Names(List<Attendance> attendance, Set<Long> unnamed, Locale locale) {
            this.unnamed = unnamed;
            this.someMember = message("minutes.doc.name-withheld", locale, message("minutes.doc.member", locale));
            for (Attendance a : attendance) {
                if (a.personId() != null && unnamed.contains(a.personId())) {
                    String seat =
                            a.role() == null || a.role().isBlank() ? message("minutes.doc.member", locale) : a.role();
                    String label = message("minutes.doc.name-withheld", locale, seat);
                    withheldById.put(a.personId(), label);
                    if (a.name() != null && !a.name().isBlank()) {
                        withheldByName.put(a.name(), label);
                    }
                }
            }
        }

        String attendee(Attendance a) {
            if (a.personId() != null && unnamed.contains(a.personId())) {
                return withheldById.get(a.personId());
            }
            String name = displayName(a.name());
            return a.role() == null || a.role().isBlank() ? name : name + " (" + a.role() + ")";
        }

        String voter(Long personId, String name) {
            return personId != null && withheldById.containsKey(personId)
                    ? withheldById.get(personId)
                    : displayName(name);
        }

        /**
         * Mover, seconder and owner are typed: "Martínez" or "Ms. Martinez" is withheld as surely as the
         * full name. Words that could be two withheld members say only "a member".
         */
        String typed(String name) {
            if (name == null || name.isBlank()) {
                return "";
            }
            List<String> labels = withheldByName.entrySet().stream()
                    .filter(w -> NameMatcher.refersTo(name, w.getKey()))
                    .map(Map.Entry::getValue)
                    .distinct()
                    .toList();
            return labels.isEmpty() ? name : labels.size() == 1 ? labels.getFirst() : someMember;
        }
    }

    /** A person whose name is gone (a former member's record) reads as a dash, never as "null". */
    private static String displayName(String name) {
        return name == null || name.isBlank() ? "—" : name;
    }

    private ItemView item(Item item, Names names, Locale locale) {
        List<String> actions = item.actions().stream()
                .map(a -> actionLine(a, a.text(), names, locale))
                .toList();
        return new ItemView(
                item.title(),
                blankToNull(embedded(item.notesHtml())),
                item.motions().stream().map(m -> motion(m, names, locale)).toList(),
                actions);
    }

    /** "Send the slides — Secretary, due 1 May", or without the text when it is shown apart. */
    private String actionLine(MinutesContent.ActionItem action, String text, Names names, Locale locale) {
        String who = names.typed(action.owner());
        String due = action.due() == null ? "" : Dates.date(action.due(), locale);
        return message("minutes.doc.action", locale, text, who, due, who.isEmpty() ? 0 : 1, due.isEmpty() ? 0 : 1);
    }

    private MotionView motion(Motion motion, Names names, Locale locale) {
        MotionTally tally = MotionTally.of(motion);
        String mover = names.typed(motion.mover());
        String seconder = names.typed(motion.seconder());
        String moved = mover.isEmpty()
                ? null
                : seconder.isEmpty()
                        ? message("minutes.doc.moved", locale, mover)
                        : message("minutes.doc.moved-seconded", locale, mover, seconder);
        List<Group> rollCall = new ArrayList<>();
        List<Vote> votes = new ArrayList<>(List.of(Vote.values()));
        // A vote nobody recorded is said to be so, not left out, counted or guessed.
        votes.add(null);
        for (Vote vote : votes) {
            String voters = motion.rollCall().stream()
                    .filter(v -> v.vote() == vote)
                    .map(v -> names.voter(v.personId(), v.name()))
                    .collect(Collectors.joining(", "));
            if (!voters.isEmpty()) {
                rollCall.add(new Group(
                        message(
                                vote == null
                                        ? "minutes.vote.not-recorded"
                                        : "minutes.vote." + vote.name().toLowerCase(Locale.ROOT),
                                locale),
                        voters));
            }
        }
        return new MotionView(embedded(motion.textHtml()), moved, resultLine(tally, locale), rollCall);
    }

    private String approval(MinutesFacts facts, Locale locale) {
        if (facts.approvedAtMeetingOn() != null) {
            return message("minutes.doc.approved-at", locale, Dates.date(facts.approvedAtMeetingOn(), locale));
        }
        if (facts.approvedOn() != null) {
            return message("minutes.doc.approved-by-chair", locale, Dates.date(facts.approvedOn(), locale));
        }
        return "";
    }

    /**
     * Rich text inside the minutes, sanitised, its headings made bold paragraphs: a heading typed
     * into the notes must not outrank the item (h2) or motion (h3) it belongs to, or the outline a
     * screen reader navigates by would lie.
     */
    private static String embedded(String html) {
        return RichText.sanitise(html)
                .replaceAll("(?i)<h[1-6]((?:\\s[^>]*)?)>", "<p$1><strong>")
                .replaceAll("(?i)</h[1-6]\\s*>", "</strong></p>");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
