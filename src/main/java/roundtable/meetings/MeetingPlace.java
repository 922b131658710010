package roundtable.meetings;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import roundtable.base.PlainText;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.LanguageNames;

/**
 * Where and how people take part in a meeting: in person, online or both; the address ({@code location},
 * a place name and street address) with its room and notes on getting there (step-free entrance,
 * parking, transit); the join link and a dial-in for those without internet; the languages interpreted.
 * A meeting has one, and so does a "find a time" poll, whose meeting takes it whole.
 *
 * <p>Blank optional text is "not given" (ADR 0005): it is kept as null, and the rest is stripped.
 */
public record MeetingPlace(
        @NotNull MeetingFormat format,
        @Size(max = MeetingLimits.LOCATION) String location,
        @Size(max = MeetingLimits.ROOM) String room,
        @Size(max = MeetingLimits.ACCESS_NOTES) String accessNotes,

        @Size(max = MeetingLimits.URL) @Pattern(regexp = MeetingLimits.WEB_LINK_OR_NONE)
        String onlineUrl,

        @Size(max = MeetingLimits.DIAL_IN) String dialIn,
        @NotNull List<String> languagesOffered) {

    public MeetingPlace {
        location = given(location);
        room = given(room);
        accessNotes = given(accessNotes);
        onlineUrl = given(onlineUrl);
        dialIn = given(dialIn);
        languagesOffered = languagesOffered == null ? List.of() : List.copyOf(languagesOffered);
    }

    /** A place with only an address and a join link: no room, notes or dial-in. */
    public MeetingPlace(MeetingFormat format, String location, String onlineUrl, List<String> languagesOffered) {
        this(format, location, null, null, onlineUrl, null, languagesOffered);
    }

    /**
     * Every rule a place must keep, the first one broken refused at its field: a way to get there for
     * its format, text without hidden characters and within its column, languages the district offers.
     * Both editors and both services call this, so a meeting and a poll are refused alike.
     */
    public void check() {
        if (format == null) {
            throw new RuleViolationException("format", "validation.required");
        }
        checkText("location", location, MeetingLimits.LOCATION);
        checkText("room", room, MeetingLimits.ROOM);
        PlainText.requireLines("accessNotes", accessNotes);
        requireAtMost("accessNotes", accessNotes, MeetingLimits.ACCESS_NOTES);
        checkText("onlineUrl", onlineUrl, MeetingLimits.URL);
        checkText("dialIn", dialIn, MeetingLimits.DIAL_IN);
        LanguageNames.requireOffered("languagesOffered", languagesOffered);
        requireReachable();
    }

    /** In person needs an address; online needs a way in (a join link or a dial-in); a link must be a web link. */
    private void requireReachable() {
        if (format != MeetingFormat.ONLINE && location == null) {
            throw new RuleViolationException("location", "meeting.error.place-required");
        }
        if (format != MeetingFormat.IN_PERSON && onlineUrl == null && dialIn == null) {
            throw new RuleViolationException("onlineUrl", "meeting.error.join-required");
        }
        if (onlineUrl != null && !onlineUrl.matches(MeetingLimits.WEB_LINK)) {
            throw new RuleViolationException("onlineUrl", "meeting-editor.online-url.invalid");
        }
    }

    /** Whether both put people in the same room: neither is online only, and address and room agree, case aside. */
    boolean sameRoomAs(MeetingPlace other) {
        return format != MeetingFormat.ONLINE
                && other.format != MeetingFormat.ONLINE
                && sameWords(location, other.location)
                && sameWords(room, other.room);
    }

    private static boolean sameWords(String a, String b) {
        return (a == null ? "" : a.toLowerCase(Locale.ROOT)).equals(b == null ? "" : b.toLowerCase(Locale.ROOT));
    }

    private static void checkText(String field, String text, int max) {
        PlainText.require(field, text);
        requireAtMost(field, text, max);
    }

    private static void requireAtMost(String field, String text, int max) {
        if (text != null && text.length() > max) {
            throw new RuleViolationException(field, "validation.too-long", max);
        }
    }

    private static String given(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
