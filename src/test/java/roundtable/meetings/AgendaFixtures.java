package roundtable.meetings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import roundtable.committees.CommitteeService;

/** Demo meetings and small files of each kind, for the agenda's tests. */
public final class AgendaFixtures {

    /** The smallest file Tika recognises as a PDF by its first bytes. */
    public static final byte[] PDF =
            "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    /** A Windows program's first bytes ("MZ", then a PE header). */
    public static final byte[] PROGRAM = program();

    public static final Path DIRECTORY =
            Path.of("target/test-attachments-" + System.getProperty("roundtable.test.fork", "1"));

    private AgendaFixtures() {}

    /** The next public DAC meeting; anyone may see it. */
    public static long publicDacMeeting(CommitteeService committees, MeetingService meetings) {
        return publicMeetingOf(committees, meetings, "dac");
    }

    /**
     * A public DAC meeting that has not begun and is still on: other tests in the shared context leave
     * meetings in progress (check-in) or called off, which refuse an RSVP for reasons of their own.
     */
    public static long publicDacMeetingAhead(CommitteeService committees, MeetingService meetings, Clock clock) {
        long bodyId = committees.findBySlug("dac").orElseThrow().id();
        return meetings.upcomingOf(bodyId, 50).stream()
                .filter(m -> m.publicMeeting()
                        && m.status() == MeetingStatus.SCHEDULED
                        && m.startsAtLocal().atZone(m.zone()).toInstant().isAfter(clock.instant()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No DAC meeting ahead"))
                .id();
    }

    public static long publicMeetingOf(CommitteeService committees, MeetingService meetings, String slug) {
        return firstUpcoming(committees, meetings, slug, true);
    }

    /** JCEA's closed representative council; call as someone who may see it (an administrator). */
    public static long closedJceaMeeting(CommitteeService committees, MeetingService meetings) {
        return firstUpcoming(committees, meetings, "jcea", false);
    }

    private static long firstUpcoming(CommitteeService committees, MeetingService meetings, String slug, boolean open) {
        long bodyId = committees.findBySlug(slug).orElseThrow().id();
        return meetings.upcomingOf(bodyId, 20).stream()
                .filter(m -> m.publicMeeting() == open)
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("No " + (open ? "public" : "closed") + " " + slug + " meeting"))
                .id();
    }

    /** Removes whatever earlier tests left on a meeting's agenda, so each test starts from an empty one. */
    public static void emptyAgenda(AgendaService agenda, long meetingId) {
        agenda.agendaOf(meetingId).forEach(i -> agenda.removeAgendaItem(i.id(), i.version()));
    }

    public static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    /** Everything in the attachments directory, finished files and temporary ones alike. */
    public static long filesOnDisk() {
        try (var files = Files.list(DIRECTORY)) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs as nobody in particular: a visitor without an account. */
    public static <T> T asVisitor(Supplier<T> action) {
        SecurityContext signedIn = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(signedIn);
        }
    }

    private static byte[] program() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }
}
