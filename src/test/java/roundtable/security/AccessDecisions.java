package roundtable.security;

import static roundtable.security.AccessDecisions.Audience.ADMINS;
import static roundtable.security.AccessDecisions.Audience.DAC_MANAGERS;
import static roundtable.security.AccessDecisions.Audience.DAC_RECORDERS;
import static roundtable.security.AccessDecisions.Audience.EVERYONE;
import static roundtable.security.AccessDecisions.Audience.FAC_MANAGERS;
import static roundtable.security.AccessDecisions.Audience.FAC_RECORDERS;
import static roundtable.security.AccessDecisions.Audience.LANGUAGE_SERVICES;
import static roundtable.security.AccessDecisions.Audience.LOOPBACK;
import static roundtable.security.AccessDecisions.Audience.SIGNED_IN;
import static roundtable.security.AccessDecisions.Audience.VISITORS;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may open every page and every HTTP endpoint: the access scan's one table. A route or
 * endpoint the app has and this table lacks fails the scan (add its decision here), and so does a
 * line for something the app no longer has.
 * <p>
 * Each decision names the route as Vaadin or Spring knows it, and one or more sample addresses
 * with the audience allowed in. Samples use demo data: {@code {dacMeeting}} and the like are
 * filled in by the scan (see {@code DemoIds}). Everyone outside the audience is refused: a
 * visitor is sent to sign in, a signed-in person gets "not found" (which says nothing about
 * whether the page exists), an HTTP client gets 401/403 or the sign-in page. On a public page
 * (one a visitor may open) and for a public endpoint, what is not for the reader is "not found".
 */
final class AccessDecisions {

    private AccessDecisions() {}

    /** The demo accounts the scan tries each address as (plus nobody signed in). */
    enum Person {
        ANONYMOUS(null),
        ADMIN("admin@example.org"),
        DAC_CHAIR("dac.chair@example.org"),
        DAC_SECRETARY("dac.secretary@example.org"),
        DAC_MEMBER("dac.member@example.org"),
        COORDINATOR("language.services@example.org"),
        /** Chair of FAC, and no more than a member of DAC's partner bodies: the other side of cross-committee. */
        FAC_CHAIR("robert.nakamura@example.org");

        final String email;

        Person(String email) {
            this.email = email;
        }
    }

    enum Audience {
        /** Anyone, signed in or not: public pages, feeds, pages opened from an emailed link. */
        EVERYONE(EnumSet.allOf(Person.class)),
        /** Signing in: visitors see it; someone already signed in is sent on to the home page. */
        VISITORS(EnumSet.allOf(Person.class)),
        SIGNED_IN(EnumSet.complementOf(EnumSet.of(Person.ANONYMOUS))),
        /** Chair, vice-chair and secretary of DAC, and administrators. */
        DAC_RECORDERS(EnumSet.of(Person.ADMIN, Person.DAC_CHAIR, Person.DAC_SECRETARY)),
        /** Chair and vice-chair of DAC, and administrators: the roster. */
        DAC_MANAGERS(EnumSet.of(Person.ADMIN, Person.DAC_CHAIR)),
        FAC_RECORDERS(EnumSet.of(Person.ADMIN, Person.FAC_CHAIR)),
        FAC_MANAGERS(EnumSet.of(Person.ADMIN, Person.FAC_CHAIR)),
        /** The language services coordinator and administrators. */
        LANGUAGE_SERVICES(EnumSet.of(Person.ADMIN, Person.COORDINATOR)),
        ADMINS(EnumSet.of(Person.ADMIN)),
        /** An address that leads nowhere for anyone, administrators included. */
        NOBODY(EnumSet.noneOf(Person.class)),
        /** Monitoring: anyone from the server itself, nobody from elsewhere. */
        LOOPBACK(EnumSet.allOf(Person.class));

        final Set<Person> allowed;

        Audience(Set<Person> allowed) {
            this.allowed = allowed;
        }
    }

    /** A sample address and who may open it. */
    record Sample(String path, Audience audience) {}

    /** A Vaadin route, by its template as the route registry spells it. */
    record Page(String template, List<Sample> samples) {}

    /**
     * An HTTP endpoint: method and pattern as Spring MVC maps it, or a path the security filter
     * chain answers itself. {@code allowedStatus} is what an allowed caller gets for the sample
     * (a made-up link's 404 is the right answer, and it must not differ by who asks).
     */
    record Endpoint(String method, String pattern, Audience audience, String sample, int allowedStatus) {}

    private static Page page(String template, Audience audience) {
        return new Page(template, List.of(new Sample(template, audience)));
    }

    private static Page page(String template, Sample... samples) {
        return new Page(template, List.of(samples));
    }

    private static Sample at(String path, Audience audience) {
        return new Sample(path, audience);
    }

    /** How Vaadin names a view's URL parameter in the route's template; a number's comes with its pattern. */
    private static final String PARAMETER = ":___url_parameter";

    private static final String NUMBER = PARAMETER + "(^[+-]?[0-9]{1,19}$)";

    static final List<Page> PAGES = List.of(
            // What anyone may read
            page("", EVERYONE),
            page("committees", EVERYONE),
            page("committees/" + PARAMETER, at("committees/dac", EVERYONE), at("committees/jcea", EVERYONE)),
            page("meetings", EVERYONE),
            page(
                    "meetings/" + NUMBER,
                    at("meetings/{dacMeeting}", EVERYONE),
                    // A closed meeting's page says only that it happens to outsiders; it does open.
                    at("meetings/{jceaMeeting}", EVERYONE),
                    // A draft is not announced yet: only those who keep the body's calendar see it.
                    at("meetings/{dacDraft}", DAC_RECORDERS)),
            page("minutes", EVERYONE),
            page("minutes/" + NUMBER, at("minutes/{publishedMinutes}", EVERYONE)),
            // Pages opened from an emailed link: the link is the key, a made-up one is told so
            page("rsvp/answer/" + PARAMETER, at("rsvp/answer/made-up-link", EVERYONE)),
            page("rsvp/confirm/" + PARAMETER, at("rsvp/confirm/made-up-link", EVERYONE)),
            page("rsvp/manage/" + PARAMETER, at("rsvp/manage/made-up-link", EVERYONE)),
            page("availability/" + PARAMETER, at("availability/made-up-link", EVERYONE)),
            page("subscriptions/confirm/" + PARAMETER, at("subscriptions/confirm/made-up-link", EVERYONE)),
            // Signing in
            page("login", VISITORS),
            page("login/link", EVERYONE),
            page("signin/link", EVERYONE),
            // Every member's own pages
            page("my/committees", SIGNED_IN),
            page("my/profile", SIGNED_IN),
            page("my/calendar", SIGNED_IN),
            // A body's chair and secretary: only their own body's, never another's
            page(
                    "manage/roster/" + PARAMETER,
                    at("manage/roster/dac", DAC_MANAGERS),
                    at("manage/roster/fac", FAC_MANAGERS)),
            page(
                    "manage/meetings/:slug",
                    at("manage/meetings/dac", DAC_RECORDERS),
                    at("manage/meetings/fac", FAC_RECORDERS)),
            page(
                    "manage/meetings/:slug/new",
                    at("manage/meetings/dac/new", DAC_RECORDERS),
                    at("manage/meetings/fac/new", FAC_RECORDERS)),
            page(
                    "manage/meetings/:slug/edit/:meetingId",
                    at("manage/meetings/dac/edit/{dacMeeting}", DAC_RECORDERS),
                    at("manage/meetings/fac/edit/{facMeeting}", FAC_RECORDERS),
                    // Another body's meeting under one's own body's address is no way in.
                    at("manage/meetings/dac/edit/{facMeeting}", Audience.NOBODY)),
            page(
                    "manage/meetings/:meetingId/agenda",
                    at("manage/meetings/{dacMeeting}/agenda", DAC_RECORDERS),
                    at("manage/meetings/{facMeeting}/agenda", FAC_RECORDERS)),
            page(
                    "manage/meetings/:meetingId/check-in",
                    at("manage/meetings/{dacMeeting}/check-in", DAC_RECORDERS),
                    at("manage/meetings/{facMeeting}/check-in", FAC_RECORDERS)),
            page(
                    "manage/minutes/:meetingId",
                    at("manage/minutes/{dacPastMeeting}", DAC_RECORDERS),
                    at("manage/minutes/{facPastMeeting}", FAC_RECORDERS)),
            page(
                    "manage/find-a-time/" + PARAMETER,
                    at("manage/find-a-time/dac", DAC_RECORDERS),
                    at("manage/find-a-time/fac", FAC_RECORDERS)),
            page(
                    "manage/find-a-time/poll/" + NUMBER,
                    at("manage/find-a-time/poll/{dacPoll}", DAC_RECORDERS),
                    at("manage/find-a-time/poll/{facPoll}", FAC_RECORDERS)),
            // Language services
            page("language-services", LANGUAGE_SERVICES),
            page("language-services/requests", LANGUAGE_SERVICES),
            page("language-services/demand", LANGUAGE_SERVICES),
            page("language-services/interpreters", LANGUAGE_SERVICES),
            // Administration
            page("admin/bodies", ADMINS),
            page("admin/people", ADMINS),
            page("admin/outbox", ADMINS),
            page("admin/outbox/:id(\\d+)", at("admin/outbox/{outboxMessage}", ADMINS)),
            page("admin/audit", ADMINS));

    static final List<Endpoint> ENDPOINTS = List.of(
            // Calendars and feeds: calendar apps and feed readers cannot sign in
            new Endpoint("GET", "/feeds/meetings.ics", EVERYONE, "/feeds/meetings.ics", 200),
            new Endpoint("GET", "/feeds/committees/{slug}.ics", EVERYONE, "/feeds/committees/dac.ics", 200),
            new Endpoint("GET", "/feeds/meetings/{id}.ics", EVERYONE, "/feeds/meetings/{dacMeeting}.ics", 200),
            // A closed meeting's calendar entry is for its body's members (none of the demo accounts) and
            // administrators.
            new Endpoint("GET", "/feeds/meetings/{id}.ics", ADMINS, "/feeds/meetings/{jceaMeeting}.ics", 200),
            // A draft is on no calendar yet, not even its chair's.
            new Endpoint("GET", "/feeds/meetings/{id}.ics", Audience.NOBODY, "/feeds/meetings/{dacDraft}.ics", 200),
            new Endpoint("GET", "/feeds/private/{token}.ics", EVERYONE, "/feeds/private/made-up-link.ics", 404),
            new Endpoint("GET", "/feeds/minutes.atom", EVERYONE, "/feeds/minutes.atom", 200),
            new Endpoint(
                    "GET",
                    "/feeds/committees/{slug}/minutes.atom",
                    EVERYONE,
                    "/feeds/committees/fac/minutes.atom",
                    200),
            // Published minutes and meeting papers
            new Endpoint("GET", "/public/minutes/{id}", EVERYONE, "/public/minutes/{publishedMinutes}", 200),
            new Endpoint("GET", "/public/minutes/{id}.pdf", EVERYONE, "/public/minutes/{publishedMinutes}.pdf", 200),
            new Endpoint(
                    "GET",
                    "/meetings/{meetingId}/attachments/{attachmentId}/{fileName}",
                    EVERYONE,
                    "/meetings/{dacMeeting}/attachments/999999/made-up.pdf",
                    404),
            // One-click unsubscribe: the signed link is the proof
            new Endpoint("GET", "/unsubscribe/{token}", EVERYONE, "/unsubscribe/made-up-link", 404),
            new Endpoint("POST", "/unsubscribe/{token}", EVERYONE, "/unsubscribe/made-up-link", 404),
            new Endpoint("POST", "/unsubscribe/{token}/undo", EVERYONE, "/unsubscribe/made-up-link/undo", 404),
            // Spring Boot's error page: asked for directly, visitors are sent to sign in, others get the bare page
            new Endpoint("*", "/error", SIGNED_IN, "/error", 500),
            // Monitoring
            new Endpoint("GET", "/actuator/health", EVERYONE, "/actuator/health", 200),
            new Endpoint("GET", "/actuator/health/**", EVERYONE, "/actuator/health/liveness", 200),
            new Endpoint("GET", "/actuator/prometheus", LOOPBACK, "/actuator/prometheus", 200),
            new Endpoint("GET", "/actuator", ADMINS, "/actuator", 200));

    /**
     * What the security filter chain answers itself, with no controller behind it: the scan tries
     * them, but cannot discover them.
     */
    static final List<Endpoint> FILTER_CHAIN_ENDPOINTS = List.of(
            // The emailed sign-in link's page posts here; a made-up token is sent back to ask again.
            new Endpoint("POST", "/login/ott", VISITORS, "/login/ott?token=made-up", 302),
            // The password form posts here; a wrong password goes back to the form.
            new Endpoint("POST", "/login", VISITORS, "/login?username=access.scan@example.org&password=wrong", 302),
            new Endpoint("POST", "/logout", VISITORS, "/logout", 302));
}
