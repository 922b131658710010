package roundtable.demo;

import static roundtable.demo.DemoBodies.EDUCATION_CENTER;
import static roundtable.demo.DemoBodies.INTERPRETATION;
import static roundtable.demo.DemoBodies.p;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import roundtable.meetings.MeetingData;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingPlace;

/** A season of the demo bodies' meetings, before and after today, some with published minutes. */
final class DemoMeetings {

    record DemoMeeting(
            String bodySlug,
            String title,
            int daysFromToday,
            LocalTime time,
            int minutes,
            MeetingFormat format,
            String location,
            String onlineUrl,
            boolean publicMeeting,
            List<String> languages,
            String descriptionHtml,
            boolean minutesPublished) {

        /** "Address — Room. Access notes." in the demo texts becomes the meeting's three place fields. */
        MeetingData data(long bodyId, LocalDateTime start, ZoneId zone) {
            String address = location;
            String room = null;
            String access = null;
            int dash = location == null ? -1 : location.indexOf(" — ");
            if (dash > 0) {
                address = location.substring(0, dash);
                String rest = location.substring(dash + 3);
                int stop = rest.indexOf(". ");
                room = stop > 0 ? rest.substring(0, stop) : rest;
                access = stop > 0 ? rest.substring(stop + 2) : null;
            }
            String dialIn = format == MeetingFormat.IN_PERSON ? null : "+1 720 555 0100, meeting code 48213 #";
            return new MeetingData(
                    bodyId,
                    title,
                    start,
                    zone,
                    minutes,
                    new MeetingPlace(format, address, room, access, onlineUrl, dialIn, languages),
                    publicMeeting,
                    descriptionHtml);
        }
    }

    private static final String DAC_ONLINE = "https://meet.example.org/jeffco/dac";
    private static final String PARTNERSHIP_ONLINE = "https://meet.example.org/jeffco/partnership";

    static final List<DemoMeeting> MEETINGS = List.of(
            new DemoMeeting(
                    "dac",
                    "DAC monthly meeting",
                    -58,
                    LocalTime.of(18, 30),
                    120,
                    MeetingFormat.HYBRID,
                    EDUCATION_CENTER,
                    DAC_ONLINE,
                    true,
                    INTERPRETATION,
                    p("Unified Improvement Plan review; SAC training calendar."),
                    true),
            new DemoMeeting(
                    "dac",
                    "DAC monthly meeting",
                    -30,
                    LocalTime.of(18, 30),
                    120,
                    MeetingFormat.HYBRID,
                    EDUCATION_CENTER,
                    DAC_ONLINE,
                    true,
                    INTERPRETATION,
                    p("Budget priorities for 2026–27; update from the Partnership for Fiscal Sustainability."),
                    true),
            new DemoMeeting(
                    "dac",
                    "DAC monthly meeting",
                    9,
                    LocalTime.of(18, 30),
                    120,
                    MeetingFormat.HYBRID,
                    EDUCATION_CENTER,
                    DAC_ONLINE,
                    true,
                    INTERPRETATION,
                    p("Approval of the minutes; school performance frameworks; budget reduction scenarios."),
                    false),
            new DemoMeeting(
                    "dac",
                    "DAC monthly meeting",
                    37,
                    LocalTime.of(18, 30),
                    120,
                    MeetingFormat.HYBRID,
                    EDUCATION_CENTER,
                    DAC_ONLINE,
                    true,
                    INTERPRETATION,
                    p("Recommendations to the Board on the 2026–27 budget."),
                    false),
            new DemoMeeting(
                    "fac",
                    "FAC meeting: first-quarter financials",
                    -20,
                    LocalTime.of(17, 30),
                    90,
                    MeetingFormat.IN_PERSON,
                    EDUCATION_CENTER,
                    null,
                    true,
                    List.of("es"),
                    p("Quarterly financial report and audit follow-up."),
                    true),
            new DemoMeeting(
                    "fac",
                    "FAC meeting: budget reduction scenarios",
                    14,
                    LocalTime.of(17, 30),
                    90,
                    MeetingFormat.IN_PERSON,
                    EDUCATION_CENTER,
                    null,
                    true,
                    List.of("es"),
                    p("Review of the reduction scenarios before they go to the Partnership."),
                    false),
            new DemoMeeting(
                    "caac",
                    "CAAC meeting: facility condition index",
                    21,
                    LocalTime.of(18, 0),
                    90,
                    MeetingFormat.HYBRID,
                    EDUCATION_CENTER,
                    "https://meet.example.org/jeffco/caac",
                    true,
                    List.of("es"),
                    p("Building condition data and the capital plan for closures and consolidations."),
                    false),
            new DemoMeeting(
                    "tdpac",
                    "TDPAC meeting: student data privacy agreements",
                    16,
                    LocalTime.of(18, 0),
                    90,
                    MeetingFormat.ONLINE,
                    null,
                    "https://meet.example.org/jeffco/tdpac",
                    true,
                    List.of("es"),
                    p("Review of new vendor data privacy agreements and the device refresh plan."),
                    false),
            new DemoMeeting(
                    "jcea",
                    "JCEA representative council",
                    10,
                    LocalTime.of(16, 45),
                    90,
                    MeetingFormat.IN_PERSON,
                    "JCEA office, 7300 W Alameda Ave, Lakewood, CO",
                    null,
                    false,
                    List.of(),
                    p("Association business; closed to the public."),
                    false),
            new DemoMeeting(
                    "partnership-for-fiscal-sustainability",
                    "Partnership working session: Blueprint principles",
                    -12,
                    LocalTime.of(18, 0),
                    150,
                    MeetingFormat.HYBRID,
                    EDUCATION_CENTER,
                    PARTNERSHIP_ONLINE,
                    true,
                    INTERPRETATION,
                    p("Agreeing the principles that will guide the Budget Reduction Blueprint."),
                    true),
            new DemoMeeting(
                    "partnership-for-fiscal-sustainability",
                    "Partnership working session: reduction options",
                    5,
                    LocalTime.of(18, 0),
                    150,
                    MeetingFormat.HYBRID,
                    EDUCATION_CENTER,
                    PARTNERSHIP_ONLINE,
                    true,
                    INTERPRETATION,
                    p("Reviewing reduction options against the agreed principles."),
                    false),
            new DemoMeeting(
                    "partnership-for-fiscal-sustainability",
                    "Partnership: recommendations to the Superintendent",
                    19,
                    LocalTime.of(18, 0),
                    150,
                    MeetingFormat.HYBRID,
                    EDUCATION_CENTER,
                    PARTNERSHIP_ONLINE,
                    true,
                    INTERPRETATION,
                    p("Finalising the Partnership's recommendations on the Blueprint."),
                    false),
            new DemoMeeting(
                    "jeffco-alliance",
                    "Jeffco Alliance community gathering: the budget and you",
                    25,
                    LocalTime.of(18, 0),
                    120,
                    MeetingFormat.IN_PERSON,
                    "Alameda International Jr./Sr. High School, 1255 S Wadsworth Blvd, Lakewood, CO — cafeteria. Step-free entrance; childcare in the library.",
                    null,
                    true,
                    INTERPRETATION,
                    p(
                            "Every Jeffco resident is welcome. Come and tell district leaders what matters most to you as the district plans its budget reductions. Spanish, Vietnamese, Chinese, Arabic and ASL interpretation available on request; childcare provided."),
                    false));

    private DemoMeetings() {}
}
