package roundtable.meetings;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import roundtable.base.RoundtableProperties;
import roundtable.base.i18n.Language;
import roundtable.base.i18n.LanguageNames;
import roundtable.committees.BodySummary;

/**
 * Writes meetings as iCalendar (RFC 5545) with ical4j: feeds, single downloads and, later,
 * emailed invitations all come from here, so a calendar app sees one event however it got it.
 *
 * <ul>
 * <li>UID is {@code meeting-<id>@<host of the public base URL>}: it never changes, so updates
 * replace the entry; invitations must use {@link #uid(long)} too.</li>
 * <li>SEQUENCE is the meeting's own counter, raised on each announced change or cancellation.</li>
 * <li>DTSTART/DTEND are local wall-clock times with the meeting's TZID and its VTIMEZONE, so a
 * 7 pm meeting stays at 7 pm across clock changes. Zone definitions come from the copy in the
 * ical4j jar; {@code ical4j.properties} turns off fetching updates from the internet.</li>
 * <li>DTSTAMP and LAST-MODIFIED are the meeting's last change, so the same meeting renders the
 * same bytes and feeds can answer "not modified".</li>
 * <li>An emailed invitation ({@link #invitation}) is the same VEVENT as an iTIP message (RFC 5546):
 * METHOD REQUEST or CANCEL, an ORGANIZER (the address the email comes from) and the one ATTENDEE it
 * is for, with RSVP=FALSE: people answer through Roundtable's own links, not by calendar replies to
 * an address nobody reads. A CANCEL for a meeting that still happens takes it off that one person's
 * calendar (someone no longer needed there): it carries no STATUS and no "Cancelled" in the title,
 * as RFC 5546 says of removing an attendee.</li>
 * <li>DESCRIPTION is plain text in each language asked for (feeds are anonymous: English, then
 * Spanish, unless one is chosen), with the meeting page, join link, dial-in, place, access notes,
 * interpretation offered and how to ask for it.</li>
 * </ul>
 */
@Component
public class MeetingCalendarWriter {

    public static final String PRODID = "-//Roundtable//Meetings//EN";
    /** How often subscribers are asked to check again; changes reach them within this time. */
    static final Duration REFRESH = Duration.ofHours(1);

    private final MessageSource messages;
    private final RoundtableProperties properties;
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    private final Clock clock;

    @Autowired
    MeetingCalendarWriter(MessageSource messages, RoundtableProperties properties, Clock clock) {
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    MeetingCalendarWriter(MessageSource messages, RoundtableProperties properties) {
        this(messages, properties, Clock.systemUTC());
    }

    /** The identifier calendar apps match updates by; invitations for the same meeting must use it. */
    public String uid(long meetingId) {
        String host = URI.create(properties.publicBaseUrl()).getHost();
        return "meeting-" + meetingId + "@" + (host == null ? "roundtable" : host);
    }

    /** A subscribable calendar: named, published, with a refresh hint. */
    public String feed(
            String calendarName,
            List<MeetingSummary> meetings,
            Map<Long, BodySummary> bodies,
            List<Language> languages) {
        Calendar calendar = calendar(meetings);
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        calendar.add(new XProperty("X-WR-TIMEZONE", properties.defaultTimeZone().getId()));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        meetings.forEach(m -> calendar.add(event(m, bodies.get(m.bodyId()), languages)));
        return write(calendar);
    }

    /** One meeting, to open in or import into a calendar app. */
    public String single(MeetingSummary meeting, BodySummary body, List<Language> languages) {
        Calendar calendar = calendar(List.of(meeting));
        calendar.add(event(meeting, body, languages));
        return write(calendar);
    }

    /**
     * One meeting emailed to one person, in their language: an invitation or update (REQUEST, with the
     * meeting as it is now and its SEQUENCE), a cancellation (CANCEL), or, when the person will not
     * come, a CANCEL for them alone. Same UID as the feeds, so an app that subscribed to a feed and
     * received the email keeps one entry.
     */
    public String invitation(
            MeetingSummary meeting,
            BodySummary body,
            Language language,
            CalendarMethod method,
            CalendarAttendee attendee) {
        Calendar calendar = calendar(
                List.of(meeting), method == CalendarMethod.REQUEST ? ImmutableMethod.REQUEST : ImmutableMethod.CANCEL);
        // A CANCEL for a meeting that still happens (an interpreter released, an attendee who will not come)
        // withdraws only this person's entry: the meeting goes on for everyone else.
        boolean forThisAttendeeOnly =
                method == CalendarMethod.CANCEL_FOR_ATTENDEE || method == CalendarMethod.CANCEL && !meeting.cancelled();
        VEvent event =
                event(meeting, body, List.of(language), method != CalendarMethod.REQUEST && !forThisAttendeeOnly);
        if (forThisAttendeeOnly) {
            event.removeAll(Property.STATUS);
        }
        // In a message, DTSTAMP is when the message was made (RFC 5546): the RSVP confirmation's REQUEST,
        // same SEQUENCE as the invitation, is then seen as newer rather than as a duplicate.
        event.replace(new DtStamp(clock.instant()));
        event.add(organizer(body));
        event.add(new Attendee(
                new ParameterList(List.of(
                        new Cn(attendee.name()),
                        Role.REQ_PARTICIPANT,
                        attendee.accepted() ? PartStat.ACCEPTED : PartStat.NEEDS_ACTION,
                        Rsvp.FALSE)),
                mailto(attendee.email())));
        calendar.add(event);
        return write(calendar);
    }

    /** Whoever the emails come from, named as the body that meets. */
    private Organizer organizer(BodySummary body) {
        String from = properties.mailFrom();
        int open = from.indexOf('<');
        String address = open >= 0 ? from.substring(open + 1, from.indexOf('>', open)) : from.strip();
        String name = body != null ? body.name() : properties.organisationName();
        return new Organizer(new ParameterList(List.of(new Cn(name))), mailto(address));
    }

    private static URI mailto(String address) {
        try {
            return new URI("mailto", address.strip(), null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not an email address: " + address, e);
        }
    }

    private Calendar calendar(List<MeetingSummary> meetings) {
        return calendar(meetings, ImmutableMethod.PUBLISH);
    }

    private Calendar calendar(List<MeetingSummary> meetings, Method method) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        Set<ZoneId> used =
                meetings.stream().map(MeetingSummary::zone).collect(Collectors.toCollection(LinkedHashSet::new));
        for (ZoneId zone : used) {
            calendar.add(zones.getTimeZone(zone.getId()).getVTimeZone());
        }
        return calendar;
    }

    private VEvent event(MeetingSummary m, BodySummary body, List<Language> languages) {
        return event(m, body, languages, m.cancelled());
    }

    private VEvent event(MeetingSummary m, BodySummary body, List<Language> languages, boolean cancelled) {
        Instant changed = m.updatedAt() != null ? m.updatedAt() : Instant.EPOCH;
        VEvent event = new VEvent(false);
        event.add(new Uid(uid(m.id())));
        event.add(new DtStamp(changed));
        event.add(new DtStart<>(m.startsAt()));
        event.add(new DtEnd<>(m.endsAt()));
        event.add(new Sequence(m.sequence()));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Summary(summary(m, body, languages, cancelled)));
        String place = place(m);
        if (place != null) {
            event.add(new Location(place));
        }
        event.add(new Description(description(m, languages)));
        event.add(new Url(URI.create(pageLink(m))));
        event.add(new LastModified(changed));
        return event;
    }

    private String summary(MeetingSummary m, BodySummary body, List<Language> languages, boolean cancelled) {
        String title = CalendarEntry.titled(body == null ? null : body.shortName(), m.title());
        if (!cancelled) {
            return title;
        }
        // Some calendar apps ignore STATUS:CANCELLED; the word in the title reaches everyone.
        String word = languages.stream()
                .map(l -> text("ical.cancelled-word", l))
                .distinct()
                .collect(Collectors.joining(" / "));
        return word + ": " + title;
    }

    private static String place(MeetingSummary m) {
        if (m.location() != null) {
            return m.room() == null ? m.location() : m.location() + ", " + m.room();
        }
        return m.format() == MeetingFormat.ONLINE ? webLink(m.onlineUrl()) : null;
    }

    private String description(MeetingSummary m, List<Language> languages) {
        List<String> blocks = new ArrayList<>();
        for (Language language : languages) {
            List<String> lines = new ArrayList<>();
            if (m.cancelled() && m.cancelReason() != null) {
                lines.add(text("ical.cancelled", language, m.cancelReason()));
            }
            lines.add(text("ical.page", language, pageLink(m)));
            String join = webLink(m.onlineUrl());
            if (join != null) {
                lines.add(text("ical.join", language, join));
            }
            if (m.dialIn() != null) {
                lines.add(text("ical.dial-in", language, m.dialIn()));
            }
            if (place(m) != null && m.location() != null) {
                lines.add(text("ical.place", language, place(m)));
            }
            if (m.accessNotes() != null) {
                lines.add(text("ical.access", language, m.accessNotes()));
            }
            if (!m.languagesOffered().isEmpty()) {
                lines.add(
                        text("ical.languages", language, LanguageNames.list(m.languagesOffered(), language.locale())));
            }
            lines.add(text("ical.ask-interpretation", language, pageLink(m)));
            blocks.add(String.join("\n", lines));
        }
        return String.join("\n\n", blocks);
    }

    private String pageLink(MeetingSummary m) {
        return properties.link("/meetings/" + m.id());
    }

    /** Only web links: a stored "javascript:" address must never reach a calendar as a link. */
    private static String webLink(String url) {
        return url != null && url.matches(MeetingLimits.WEB_LINK) ? url : null;
    }

    String text(String key, Language language, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }

    private static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            // Escapes text and folds lines as RFC 5545 says (at 75 characters: a line with accents may
            // be a few octets longer, which the RFC allows and parsers unfold); validation is the tests' job.
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
