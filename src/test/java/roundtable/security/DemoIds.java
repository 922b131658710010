package roundtable.security;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.awaitility.Awaitility;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import roundtable.RunAs;
import roundtable.base.security.Role;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingData;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingPlace;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingStatus;
import roundtable.minutes.MinutesArchive;
import roundtable.notifications.NotificationService;
import roundtable.people.PersonEditor;
import roundtable.people.PersonService;
import roundtable.scheduling.PollProposal;
import roundtable.scheduling.SchedulingService;

/**
 * Fills the access table's sample addresses with real demo data: a DAC and a FAC meeting, a closed
 * JCEA meeting, published minutes, a "find a time" poll of each body, an outbox message. Looked up
 * (and the polls made) once per Spring context, so every role's pass opens the same addresses.
 */
final class DemoIds {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Map<ApplicationContext, Map<String, String>> KNOWN = new WeakHashMap<>();

    private DemoIds() {}

    /** Looks the ids up now (and lets FAC's chair sign in), before any test signs in as that chair. */
    static synchronized void prepare(ApplicationContext context) {
        KNOWN.computeIfAbsent(context, DemoIds::lookUp);
    }

    /** One id by its placeholder's name: {@code id(context, "facMeeting")}. */
    static long id(ApplicationContext context, String name) {
        return Long.parseLong(fill(context, "{" + name + "}"));
    }

    static synchronized String fill(ApplicationContext context, String path) {
        Map<String, String> ids = KNOWN.computeIfAbsent(context, DemoIds::lookUp);
        Matcher m = PLACEHOLDER.matcher(path);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String id = ids.get(m.group(1));
            if (id == null) {
                throw new IllegalArgumentException("No demo id for {" + m.group(1) + "} in " + path);
            }
            m.appendReplacement(filled, id);
        }
        return m.appendTail(filled).toString();
    }

    private static Map<String, String> lookUp(ApplicationContext context) {
        UserDetailsService users = context.getBean(UserDetailsService.class);
        return RunAs.as(users, "admin@example.org", () -> {
            CommitteeService committees = context.getBean(CommitteeService.class);
            MeetingService meetings = context.getBean(MeetingService.class);
            MeetingPlanning planning = context.getBean(MeetingPlanning.class);
            long dac = committees.findBySlug("dac").orElseThrow().id();
            long fac = committees.findBySlug("fac").orElseThrow().id();
            long jcea = committees.findBySlug("jcea").orElseThrow().id();
            // FAC's chair signs in by emailed link, as most members do, so the scan can try the other side.
            PersonService people = context.getBean(PersonService.class);
            context.getBean(PersonEditor.class)
                    .allowSignIn(
                            people.idOf(AccessDecisions.Person.FAC_CHAIR.email).orElseThrow(),
                            Set.of(Role.MEMBER),
                            null);
            Map<String, String> ids = new HashMap<>();
            LocalDate today = LocalDate.now(context.getBean(Clock.class));
            ids.put("dacMeeting", String.valueOf(upcoming(meetings, dac)));
            ids.put("facMeeting", String.valueOf(upcoming(meetings, fac)));
            ids.put(
                    "dacDraft",
                    String.valueOf(planning.draftMeeting(new MeetingData(
                            dac,
                            "Access scan draft",
                            today.plusDays(45).atTime(18, 0),
                            ZoneId.of("America/Denver"),
                            60,
                            MeetingFormat.IN_PERSON,
                            "Education Center",
                            null,
                            true,
                            List.of(),
                            null))));
            ids.put(
                    "jceaMeeting",
                    String.valueOf(LongStream.rangeClosed(1, 500)
                            .filter(id -> meetings.closedMeeting(id)
                                    .filter(m -> m.bodyId() == jcea)
                                    .isPresent())
                            .findFirst()
                            .orElseThrow()));
            ids.put("dacPastMeeting", String.valueOf(pastMeeting(meetings, dac, today)));
            ids.put("facPastMeeting", String.valueOf(pastMeeting(meetings, fac, today)));
            ids.put(
                    "publishedMinutes",
                    String.valueOf(context.getBean(MinutesArchive.class)
                            .published(0, 1)
                            .getFirst()
                            .id()));
            ids.put(
                    "facMinutes",
                    String.valueOf(context.getBean(MinutesArchive.class)
                            .publishedOf(fac, 1)
                            .getFirst()
                            .id()));
            SchedulingService scheduling = context.getBean(SchedulingService.class);
            ids.put("dacPoll", String.valueOf(scheduling.proposeTimes(dac, poll(context))));
            ids.put("facPoll", String.valueOf(scheduling.proposeTimes(fac, poll(context))));
            ids.put("outboxMessage", String.valueOf(anOutboxMessage(context.getBean(NotificationService.class))));
            return ids;
        });
    }

    /** The polls' invitations reach the outbox just after their commit. */
    private static long anOutboxMessage(NotificationService notifications) {
        // On this thread: the outbox is read as the admin this thread runs as.
        return Awaitility.await("an email in the outbox")
                .atMost(Duration.ofSeconds(10))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50))
                .pollInSameThread()
                .until(() -> notifications.outbox(null, 0, 1), newest -> !newest.isEmpty())
                .getFirst()
                .id();
    }

    /** A public meeting still to come and still on: another test may have called one off. */
    private static long upcoming(MeetingService meetings, long bodyId) {
        return meetings.upcomingOf(bodyId, 50).stream()
                .filter(m -> m.status() == MeetingStatus.SCHEDULED && m.publicMeeting())
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static long pastMeeting(MeetingService meetings, long bodyId, LocalDate today) {
        return meetings.timesBetween(today.minusDays(90), today).stream()
                .filter(t -> t.status() != MeetingStatus.CANCELLED)
                .map(t -> meetings.find(t.id()).orElseThrow())
                .filter(m -> m.bodyId() == bodyId)
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static PollProposal poll(ApplicationContext context) {
        LocalDate today = LocalDate.now(context.getBean(Clock.class).withZone(ZoneId.of("America/Denver")));
        List<LocalDateTime> times =
                List.of(today.plusDays(40).atTime(18, 0), today.plusDays(41).atTime(18, 0));
        return new PollProposal(
                "Access scan poll",
                60,
                new MeetingPlace(MeetingFormat.IN_PERSON, "Education Center", null, List.of()),
                true,
                times,
                Set.of(),
                List.of("access.scan@example.net"),
                today.plusDays(30).atTime(12, 0));
    }
}
