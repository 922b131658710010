package roundtable.meetings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import roundtable.base.RoundtableProperties;
import roundtable.base.i18n.Language;
import roundtable.base.security.CurrentUser;
import roundtable.base.security.Open;
import roundtable.base.security.SystemUse;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeService;
import roundtable.people.PersonService;

/**
 * The meeting calendar: what the public calendar pages show, the iCalendar feeds, and each
 * person's private feed link. Public pages and feeds never show drafts, and show closed
 * meetings only as "a meeting happens"; a private feed shows its owner's bodies in full.
 */
@Service
@Transactional(readOnly = true)
public class MeetingCalendarService {

    /** Feeds reach back a season, so last month's meetings stay in calendars, and a year ahead. */
    static final Period FEED_PAST = Period.ofDays(90);

    static final Period FEED_AHEAD = Period.ofYears(1);
    static final String PRIVATE_FEED_PATH = "/feeds/private/";
    private static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final MeetingCalendarRepository calendar;
    private final CalendarFeedTokenRepository tokens;
    private final MeetingService meetings;
    private final CommitteeService committees;
    private final PersonService people;
    private final MeetingCalendarWriter writer;
    private final Clock clock;
    private final RoundtableProperties properties;
    private final SecureRandom random = new SecureRandom();

    MeetingCalendarService(
            MeetingCalendarRepository calendar,
            CalendarFeedTokenRepository tokens,
            MeetingService meetings,
            CommitteeService committees,
            PersonService people,
            MeetingCalendarWriter writer,
            Clock clock,
            RoundtableProperties properties) {
        this.calendar = calendar;
        this.tokens = tokens;
        this.meetings = meetings;
        this.committees = committees;
        this.people = people;
        this.writer = writer;
        this.clock = clock;
        this.properties = properties;
    }

    /** The month the district is in now. */
    @Open(reason = "the month the district is in says nothing about anyone")
    public YearMonth thisMonth() {
        return YearMonth.from(now());
    }

    /** The district's zone, in which the calendar's days begin and end. */
    @Open(reason = "the district's time zone is public")
    public ZoneId zone() {
        return properties.defaultTimeZone();
    }

    @Open(reason = "today's date in the district's zone says nothing about anyone")
    public LocalDate today() {
        return now().toLocalDate();
    }

    /** Every meeting of a month, first to last, of one body or (null) all. */
    @Open(reason = "the public calendar: what each meeting's public page says of it")
    public List<CalendarEntry> month(YearMonth month, Long bodyId) {
        return calendar
                .between(
                        bodyId,
                        month.atDay(1).atStartOfDay(),
                        month.plusMonths(1).atDay(1).atStartOfDay())
                .stream()
                .map(CalendarEntry::of)
                .toList();
    }

    /** Meetings from now on (one still in progress included), a page at a time. */
    @Open(reason = "the public calendar: what each meeting's public page says of it")
    public List<CalendarEntry> upcoming(Long bodyId, int offset, int limit) {
        int size = Math.max(limit, 1);
        return calendar.from(bodyId, upcomingFrom(), PageRequest.of(offset / size, size)).stream()
                .map(CalendarEntry::of)
                .toList();
    }

    @Open(reason = "counts what the public calendar lists")
    public long countUpcoming(Long bodyId) {
        return calendar.countFrom(bodyId, upcomingFrom());
    }

    /** {@code /feeds/meetings.ics}: every body's public meetings. */
    @Open(reason = "the public calendar as a feed")
    public CalendarDocument publicFeed(List<Language> languages) {
        Map<Long, BodySummary> bodies = committees.bodiesById();
        String name = text("ical.calendar.all", languages, properties.organisationName());
        return feed(
                name, "meetings.ics", calendar.publicBetween(null, feedStart(), feedEnd()), bodies, languages, true);
    }

    /** {@code /feeds/committees/{slug}.ics}: one body's public meetings; empty for an unknown body. */
    @Open(reason = "one body's public calendar as a feed")
    public Optional<CalendarDocument> bodyFeed(String slug, List<Language> languages) {
        return committees
                .findBySlug(slug)
                .map(body -> feed(
                        text("ical.calendar.body", languages, body.name()),
                        body.slug() + ".ics",
                        calendar.publicBetween(body.id(), feedStart(), feedEnd()),
                        Map.of(body.id(), body),
                        languages,
                        true));
    }

    /** One meeting, if this reader may see it: public ones for anyone, closed ones for the body's members. */
    @Open(reason = "one meeting's calendar entry, as its public page shows it")
    public Optional<CalendarDocument> meeting(long meetingId, List<Language> languages) {
        // A draft is not on any calendar yet, not even its chair's.
        return meetings.find(meetingId)
                .filter(m -> m.status() != MeetingStatus.DRAFT)
                .map(m -> new CalendarDocument(
                        writer.single(m, committees.find(m.bodyId()).orElse(null), languages),
                        "meeting-" + m.id() + ".ics",
                        m.updatedAt(),
                        m.publicMeeting()));
    }

    /**
     * The calendar emailed with an invitation, update or cancellation to one person the caller has
     * already found invited or attending (the mail is written in the background, with nobody signed
     * in). The meeting as it stands, with its SEQUENCE; empty for a draft or a meeting gone.
     */
    @SystemUse(
            reason =
                    "the mailers, after the commit and with nobody signed in, for people already found invited or attending")
    public Optional<String> emailedInvitation(
            long meetingId, Language language, CalendarMethod method, CalendarAttendee attendee) {
        return meetings.findNamedByLink(meetingId)
                .map(m -> writer.invitation(m, committees.find(m.bodyId()).orElse(null), language, method, attendee));
    }

    /**
     * A person's private feed: every meeting, closed ones too, of the bodies they sit on today,
     * described in their own language. Empty for an unknown or revoked link.
     */
    @Open(reason = "the secret in the calendar link is the permission; it names whose feed it is")
    public Optional<CalendarDocument> privateFeed(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return tokens.findByTokenHashAndRevokedAtIsNull(hash(token)).map(link -> {
            long person = link.getPersonId();
            Set<Long> bodyIds = committees.currentBodyIdsOf(person);
            List<Meeting> found =
                    bodyIds.isEmpty() ? List.of() : calendar.ofBodiesBetween(bodyIds, feedStart(), feedEnd());
            List<Language> language =
                    List.of(people.languagesOf(List.of(person)).getOrDefault(person, Language.fallback()));
            return feed(
                    text("ical.calendar.private", language),
                    "my-meetings.ics",
                    found,
                    committees.bodiesById(),
                    language,
                    false);
        });
    }

    /** When the signed-in person's private link was made, if they have one that works. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Instant> myFeedCreatedAt() {
        return tokens.findByPersonIdAndRevokedAtIsNull(me()).stream()
                .map(CalendarFeedToken::getCreatedAt)
                .max(Instant::compareTo);
    }

    /**
     * A new secret link for the signed-in person; any older one stops working. The link is
     * returned once and only its hash is kept, so it cannot be shown again.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String createMyFeedLink() {
        long person = me();
        revokeAll(person);
        byte[] secret = new byte[TOKEN_BYTES];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        tokens.save(new CalendarFeedToken(person, hash(token), clock.instant()));
        return properties.link(PRIVATE_FEED_PATH + token + ".ics");
    }

    /** Stops the signed-in person's private link working; calendars subscribed to it get nothing more. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void turnOffMyFeed() {
        revokeAll(me());
    }

    @Transactional
    void revokeAll(long personId) {
        Instant now = clock.instant();
        tokens.findByPersonIdAndRevokedAtIsNull(personId).forEach(t -> t.revoke(now));
    }

    private CalendarDocument feed(
            String name,
            String fileName,
            List<Meeting> found,
            Map<Long, BodySummary> bodies,
            List<Language> languages,
            boolean shared) {
        List<MeetingSummary> summaries = found.stream().map(MeetingSummary::of).toList();
        Instant lastModified = summaries.stream()
                .map(MeetingSummary::updatedAt)
                .filter(Objects::nonNull)
                .max(Instant::compareTo)
                .orElse(null);
        return new CalendarDocument(writer.feed(name, summaries, bodies, languages), fileName, lastModified, shared);
    }

    private String text(String key, List<Language> languages, Object... args) {
        return writer.text(key, languages.getFirst(), args);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long me() {
        return CurrentUser.personId().orElseThrow();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(properties.defaultTimeZone()));
    }

    private LocalDateTime upcomingFrom() {
        return now().minus(MeetingService.STILL_UPCOMING);
    }

    private LocalDateTime feedStart() {
        return LocalDate.from(now()).minus(FEED_PAST).atStartOfDay();
    }

    private LocalDateTime feedEnd() {
        return LocalDate.from(now()).plus(FEED_AHEAD).atStartOfDay();
    }
}
