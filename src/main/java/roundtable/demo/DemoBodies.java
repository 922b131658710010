package roundtable.demo;

import static roundtable.committees.Position.CHAIR;
import static roundtable.committees.Position.MEMBER;
import static roundtable.committees.Position.SECRETARY;
import static roundtable.committees.Position.STAFF_LIAISON;
import static roundtable.committees.Position.VICE_CHAIR;

import java.util.List;
import roundtable.committees.BodyKind;
import roundtable.committees.Position;

/** The district's bodies (from its own pages) and their seats by constituency; their meetings are {@link DemoMeetings}. */
final class DemoBodies {

    record Member(String email, Position position, int monthsServed, Integer endsInDays) {}

    record Seats(
            String name, int count, boolean voting, Integer termMonths, String requiresBody, List<Member> members) {}

    record Body(
            String slug,
            String name,
            String acronym,
            BodyKind kind,
            String descriptionHtml,
            Integer quorum,
            List<String> languages,
            List<Seats> seats) {}

    static final String EDUCATION_CENTER =
            "Jeffco Education Center, 1829 Denver West Drive, Golden, CO 80401 — Board Room. Step-free entrance on the east side; free parking; RTD bus 20 stops at Denver West.";
    static final List<String> INTERPRETATION = List.of("es", "vi", "zh", "ar", "ase");

    private static Member m(String email, Position position) {
        return new Member(email, position, 5, null);
    }

    private static Member ending(String email, Position position, int days) {
        return new Member(email, position, 11, days);
    }

    static String p(String... paragraphs) {
        StringBuilder html = new StringBuilder();
        for (String text : paragraphs) {
            html.append("<p>").append(text).append("</p>");
        }
        return html.toString();
    }

    static final List<Body> ALL = List.of(
            new Body(
                    "dac",
                    "District Accountability Committee",
                    "DAC",
                    BodyKind.ADVISORY_COMMITTEE,
                    p(
                            "The District Accountability Committee advises the Board of Education on the district's budget priorities, school performance and the Unified Improvement Plan, and brings together the School Accountability Committees.",
                            "Meetings are open to the public. Interpretation is available on request."),
                    null,
                    INTERPRETATION,
                    List.of(
                            new Seats(
                                    "Parent representative",
                                    9,
                                    true,
                                    24,
                                    null,
                                    List.of(
                                            m("dac.chair@example.org", CHAIR),
                                            m("dac.secretary@example.org", SECRETARY),
                                            m("dac.member@example.org", MEMBER),
                                            m("priya.raman@example.org", VICE_CHAIR),
                                            m("jose.martinez@example.org", MEMBER),
                                            m("marcus.lee@example.org", MEMBER),
                                            ending("guadalupe.torres@example.org", MEMBER, 40),
                                            m("aisha.bello@example.org", MEMBER),
                                            m("isabel.moreno@example.org", MEMBER))),
                            new Seats(
                                    "Community member",
                                    3,
                                    true,
                                    24,
                                    null,
                                    List.of(
                                            m("robert.nakamura@example.org", MEMBER),
                                            ending("daniel.reyes@example.org", MEMBER, 25))),
                            new Seats(
                                    "Teacher or staff representative",
                                    2,
                                    true,
                                    24,
                                    null,
                                    List.of(m("hannah.becker@example.org", MEMBER))),
                            new Seats(
                                    "District staff liaison",
                                    1,
                                    false,
                                    null,
                                    null,
                                    List.of(m("admin@example.org", STAFF_LIAISON))))),
            new Body(
                    "fac",
                    "Financial Advisory Committee",
                    "FAC",
                    BodyKind.ADVISORY_COMMITTEE,
                    p(
                            "The Financial Advisory Committee reviews the district's budget, audits and long-range financial plans and advises the Board of Education on fiscal matters."),
                    4,
                    List.of("es"),
                    List.of(
                            new Seats(
                                    "Community member with financial expertise",
                                    7,
                                    true,
                                    24,
                                    null,
                                    List.of(
                                            m("robert.nakamura@example.org", CHAIR),
                                            m("elena.petrova@example.org", SECRETARY),
                                            m("patrick.dunn@example.org", MEMBER),
                                            m("ruth.goldberg@example.org", MEMBER),
                                            ending("marcus.lee@example.org", MEMBER, 55))),
                            new Seats(
                                    "District staff liaison",
                                    1,
                                    false,
                                    null,
                                    null,
                                    List.of(m("richard.howell@example.org", STAFF_LIAISON))))),
            new Body(
                    "caac",
                    "Capital Asset Advisory Committee",
                    "CAAC",
                    BodyKind.ADVISORY_COMMITTEE,
                    p(
                            "The Capital Asset Advisory Committee advises the Board on the capital plan: building condition, school facilities, bond and mill levy projects."),
                    null,
                    List.of("es"),
                    List.of(new Seats(
                            "Community member",
                            7,
                            true,
                            24,
                            null,
                            List.of(
                                    m("thomas.grady@example.org", CHAIR), m("aisha.bello@example.org", SECRETARY),
                                    m("steven.park@example.org", MEMBER), m("emily.carter@example.org", MEMBER))))),
            new Body(
                    "tdpac",
                    "Technology and Data Privacy Advisory Committee",
                    "TDPAC",
                    BodyKind.ADVISORY_COMMITTEE,
                    p(
                            "The Technology and Data Privacy Advisory Committee advises the Board on technology plans and on how the district protects student and staff data."),
                    null,
                    List.of("es"),
                    List.of(new Seats(
                            "Community member",
                            7,
                            true,
                            24,
                            null,
                            List.of(
                                    m("kevin.obrien@example.org", CHAIR), m("grace.kim@example.org", SECRETARY),
                                    m("fatima.haddad@example.org", MEMBER), m("elena.petrova@example.org", MEMBER))))),
            new Body(
                    "jcea",
                    "Jefferson County Education Association",
                    "JCEA",
                    BodyKind.EMPLOYEE_ASSOCIATION,
                    p("The Jefferson County Education Association represents Jeffco's licensed educators."),
                    null,
                    List.of(),
                    List.of(new Seats(
                            "Executive board",
                            5,
                            true,
                            24,
                            null,
                            List.of(
                                    m("laura.schmidt@example.org", CHAIR),
                                    m("brian.walsh@example.org", VICE_CHAIR),
                                    m("hannah.becker@example.org", SECRETARY))))),
            new Body(
                    "jespa",
                    "Jeffco Education Support Professionals Association",
                    "JESPA",
                    BodyKind.EMPLOYEE_ASSOCIATION,
                    p(
                            "The Jeffco Education Support Professionals Association represents paraprofessionals, bus drivers, food service, custodial and other support professionals."),
                    null,
                    List.of("es"),
                    List.of(new Seats(
                            "Executive board",
                            5,
                            true,
                            24,
                            null,
                            List.of(
                                    m("tyrone.jackson@example.org", CHAIR),
                                    m("carmen.delgado@example.org", SECRETARY))))),
            new Body(
                    "jcaa",
                    "Jeffco Administrators' Association",
                    "JCAA",
                    BodyKind.EMPLOYEE_ASSOCIATION,
                    p(
                            "The Jeffco Administrators' Association represents principals, assistant principals and other school administrators."),
                    null,
                    List.of(),
                    List.of(new Seats(
                            "Executive board",
                            5,
                            true,
                            24,
                            null,
                            List.of(m("megan.foster@example.org", CHAIR), m("victor.chen@example.org", SECRETARY))))),
            new Body(
                    "sac-representatives",
                    "School Accountability Committee Representatives",
                    "SAC",
                    BodyKind.SCHOOL_ACCOUNTABILITY,
                    p(
                            "Each school's School Accountability Committee sends parent and school-based staff representatives to work with the district."),
                    null,
                    INTERPRETATION,
                    List.of(
                            new Seats(
                                    "SAC parent representative",
                                    8,
                                    true,
                                    12,
                                    null,
                                    List.of(
                                            m("rosa.jimenez@example.org", CHAIR),
                                            m("emily.carter@example.org", SECRETARY),
                                            m("ahmed.yusuf@example.org", MEMBER),
                                            m("sofia.castillo@example.org", MEMBER),
                                            m("isabel.moreno@example.org", MEMBER))),
                            new Seats(
                                    "SAC staff representative",
                                    4,
                                    true,
                                    12,
                                    null,
                                    List.of(
                                            m("nathan.brooks@example.org", MEMBER),
                                            m("olivia.martin@example.org", MEMBER))))),
            new Body(
                    "partnership-for-fiscal-sustainability",
                    "Partnership for Fiscal Sustainability",
                    null,
                    BodyKind.PARTNERSHIP,
                    p(
                            "In the fall of 2025, Jeffco parents, staff, leaders and community members formed the Partnership for Fiscal Sustainability to advise the Superintendent on the Budget Reduction Blueprint.",
                            "The Partnership helps shape Jeffco's plan to reduce its expenditures for the 2026–27 school year, with the goal of a long-term, sustainable plan that protects what matters most: student learning and extraordinary experiences."),
                    null,
                    INTERPRETATION,
                    List.of(
                            new Seats(
                                    "DAC member",
                                    2,
                                    true,
                                    12,
                                    "dac",
                                    List.of(m("dac.chair@example.org", MEMBER), m("dac.member@example.org", MEMBER))),
                            new Seats(
                                    "FAC member",
                                    1,
                                    true,
                                    12,
                                    "fac",
                                    List.of(m("robert.nakamura@example.org", VICE_CHAIR))),
                            new Seats(
                                    "CAAC member", 1, true, 12, "caac", List.of(m("thomas.grady@example.org", MEMBER))),
                            new Seats(
                                    "TDPAC member", 1, true, 12, "tdpac", List.of(m("grace.kim@example.org", MEMBER))),
                            new Seats(
                                    "JCEA representative",
                                    1,
                                    true,
                                    12,
                                    "jcea",
                                    List.of(m("laura.schmidt@example.org", MEMBER))),
                            new Seats(
                                    "JESPA representative",
                                    1,
                                    true,
                                    12,
                                    "jespa",
                                    List.of(m("carmen.delgado@example.org", MEMBER))),
                            new Seats(
                                    "JCAA representative",
                                    1,
                                    true,
                                    12,
                                    "jcaa",
                                    List.of(m("megan.foster@example.org", MEMBER))),
                            new Seats(
                                    "SAC parent representative",
                                    4,
                                    true,
                                    12,
                                    "sac-representatives",
                                    List.of(
                                            m("rosa.jimenez@example.org", MEMBER),
                                            m("emily.carter@example.org", MEMBER),
                                            ending("sofia.castillo@example.org", MEMBER, 30))),
                            new Seats(
                                    "SAC staff representative",
                                    2,
                                    true,
                                    12,
                                    "sac-representatives",
                                    List.of(m("nathan.brooks@example.org", MEMBER))),
                            new Seats(
                                    "Community partner",
                                    2,
                                    true,
                                    12,
                                    null,
                                    List.of(
                                            m("patrick.dunn@example.org", MEMBER),
                                            m("yolanda.vega@example.org", MEMBER))),
                            new Seats(
                                    "Principal",
                                    2,
                                    true,
                                    12,
                                    null,
                                    List.of(
                                            m("steven.park@example.org", MEMBER),
                                            m("michelle.adams@example.org", MEMBER))),
                            new Seats(
                                    "Department leader",
                                    2,
                                    true,
                                    12,
                                    null,
                                    List.of(
                                            m("richard.howell@example.org", CHAIR),
                                            m("angela.brown@example.org", SECRETARY))))),
            new Body(
                    "jeffco-alliance",
                    "Jeffco Alliance",
                    null,
                    BodyKind.OPEN_ALLIANCE,
                    p(
                            "The Jeffco Alliance is a group of parents, community members, students and #TeamJeffco staff who gather to provide critical feedback on the school district's strategic direction. All Jeffco residents are welcomed and encouraged to participate when the Alliance gathers.",
                            "Since 2022 the Alliance has shaped the district's strategic plan and the high school experience, and offered recommendations on competitive compensation, safe and secure environments and High School Reimagined."),
                    null,
                    INTERPRETATION,
                    List.of(
                            new Seats(
                                    "Facilitator",
                                    2,
                                    false,
                                    null,
                                    null,
                                    List.of(
                                            m("angela.brown@example.org", CHAIR),
                                            m("yolanda.vega@example.org", MEMBER))),
                            new Seats(
                                    "Student voice",
                                    2,
                                    false,
                                    12,
                                    null,
                                    List.of(m("jordan.ellis@example.org", MEMBER))))));

    private DemoBodies() {}
}
