package roundtable.demo;

import java.util.List;
import roundtable.base.i18n.Language;

/** Fictional people. Names are invented; schools are real Jeffco school names only as affiliations. */
final class DemoPeople {

    record Demo(String name, String email, Language language, String affiliation, boolean consent, String phone) {}

    static final String PASSWORD = "Roundtable-demo-2026";
    /** {@link #PASSWORD} as stored (bcrypt, cost 10), so a first start does not spend a hash per account. */
    static final String PASSWORD_ENCODED = "{bcrypt}$2a$10$b6kzcXF.DvmflgK5tzGJC.Jdi.oMC0M37Ykk1aLHzJn1pAVA.jK/2";

    static final Demo ADMIN = new Demo(
            "Alex Morgan",
            "admin@example.org",
            Language.ENGLISH,
            "Jeffco Public Schools, Board Services",
            true,
            "303-555-0100");
    static final Demo DAC_CHAIR = new Demo(
            "Dana Whitfield",
            "dac.chair@example.org",
            Language.ENGLISH,
            "Parent, Lakewood High School",
            true,
            "303-555-0101");
    static final Demo DAC_SECRETARY = new Demo(
            "Samuel Okafor",
            "dac.secretary@example.org",
            Language.ENGLISH,
            "Parent, Arvada West High School",
            true,
            "303-555-0102");
    static final Demo DAC_MEMBER = new Demo(
            "María Fernanda Ruiz",
            "dac.member@example.org",
            Language.SPANISH,
            "Madre de familia, Molholm Elementary",
            true,
            "303-555-0103");
    static final Demo COORDINATOR = new Demo(
            "Lucía Herrera",
            "language.services@example.org",
            Language.SPANISH,
            "Jeffco Language Services",
            true,
            "303-555-0104");

    static final List<Demo> ACCOUNTS = List.of(ADMIN, DAC_CHAIR, DAC_SECRETARY, DAC_MEMBER, COORDINATOR);

    /** Everyone else: parents, staff, union reps, principals and community partners. */
    static final List<Demo> OTHERS = List.of(
            new Demo(
                    "Priya Raman",
                    "priya.raman@example.org",
                    Language.ENGLISH,
                    "Parent, Golden High School",
                    true,
                    null),
            new Demo(
                    "José Luis Martínez",
                    "jose.martinez@example.org",
                    Language.SPANISH,
                    "Padre de familia, Jefferson Jr./Sr. High",
                    false,
                    "303-555-0110"),
            new Demo(
                    "Hannah Becker",
                    "hannah.becker@example.org",
                    Language.ENGLISH,
                    "Teacher, Wheat Ridge High School (JCEA)",
                    true,
                    null),
            new Demo(
                    "Marcus Lee",
                    "marcus.lee@example.org",
                    Language.ENGLISH,
                    "Parent, Evergreen Middle School",
                    true,
                    null),
            new Demo(
                    "Guadalupe Torres",
                    "guadalupe.torres@example.org",
                    Language.SPANISH,
                    "Madre de familia, Edgewater Elementary",
                    false,
                    null),
            new Demo(
                    "Robert Nakamura",
                    "robert.nakamura@example.org",
                    Language.ENGLISH,
                    "Retired CPA, community member",
                    true,
                    null),
            new Demo(
                    "Aisha Bello",
                    "aisha.bello@example.org",
                    Language.ENGLISH,
                    "Parent, Bear Creek High School",
                    true,
                    null),
            new Demo(
                    "Thomas Grady",
                    "thomas.grady@example.org",
                    Language.ENGLISH,
                    "Facilities engineer, community member",
                    true,
                    null),
            new Demo(
                    "Elena Petrova",
                    "elena.petrova@example.org",
                    Language.ENGLISH,
                    "Parent, D'Evelyn Jr./Sr. High",
                    true,
                    null),
            new Demo(
                    "Kevin O'Brien",
                    "kevin.obrien@example.org",
                    Language.ENGLISH,
                    "IT security analyst, community member",
                    true,
                    null),
            new Demo(
                    "Fatima Haddad",
                    "fatima.haddad@example.org",
                    Language.ENGLISH,
                    "Parent, Stevens Elementary",
                    false,
                    null),
            new Demo(
                    "Grace Kim",
                    "grace.kim@example.org",
                    Language.ENGLISH,
                    "Data privacy attorney, community member",
                    true,
                    null),
            new Demo(
                    "Daniel Reyes",
                    "daniel.reyes@example.org",
                    Language.SPANISH,
                    "Padre de familia, Alameda International",
                    true,
                    null),
            new Demo(
                    "Laura Schmidt",
                    "laura.schmidt@example.org",
                    Language.ENGLISH,
                    "JCEA President",
                    true,
                    "303-555-0120"),
            new Demo("Brian Walsh", "brian.walsh@example.org", Language.ENGLISH, "JCEA Vice President", true, null),
            new Demo(
                    "Carmen Delgado",
                    "carmen.delgado@example.org",
                    Language.SPANISH,
                    "Paraprofessional, JESPA",
                    true,
                    null),
            new Demo(
                    "Tyrone Jackson",
                    "tyrone.jackson@example.org",
                    Language.ENGLISH,
                    "Bus driver, JESPA President",
                    true,
                    "303-555-0121"),
            new Demo(
                    "Megan Foster",
                    "megan.foster@example.org",
                    Language.ENGLISH,
                    "Principal, Dennison Elementary (JCAA)",
                    true,
                    null),
            new Demo(
                    "Victor Chen",
                    "victor.chen@example.org",
                    Language.ENGLISH,
                    "Assistant principal, Lakewood High (JCAA)",
                    true,
                    null),
            new Demo(
                    "Rosa Jiménez",
                    "rosa.jimenez@example.org",
                    Language.SPANISH,
                    "Madre de familia, SAC Lumberg Elementary",
                    false,
                    null),
            new Demo(
                    "Emily Carter",
                    "emily.carter@example.org",
                    Language.ENGLISH,
                    "Parent, SAC Ralston Valley High",
                    true,
                    null),
            new Demo(
                    "Ahmed Yusuf", "ahmed.yusuf@example.org", Language.ENGLISH, "Parent, SAC Pomona High", false, null),
            new Demo(
                    "Sofía Castillo",
                    "sofia.castillo@example.org",
                    Language.SPANISH,
                    "Madre de familia, SAC Foothills Elementary",
                    true,
                    null),
            new Demo(
                    "Nathan Brooks",
                    "nathan.brooks@example.org",
                    Language.ENGLISH,
                    "Teacher, SAC staff rep, Arvada K-8",
                    true,
                    null),
            new Demo(
                    "Olivia Martin",
                    "olivia.martin@example.org",
                    Language.ENGLISH,
                    "Counselor, SAC staff rep, Green Mountain High",
                    true,
                    null),
            new Demo(
                    "Patrick Dunn",
                    "patrick.dunn@example.org",
                    Language.ENGLISH,
                    "Jeffco Chamber of Commerce",
                    true,
                    null),
            new Demo(
                    "Yolanda Vega",
                    "yolanda.vega@example.org",
                    Language.SPANISH,
                    "Community partner, family resource center",
                    true,
                    null),
            new Demo(
                    "Steven Park",
                    "steven.park@example.org",
                    Language.ENGLISH,
                    "Principal, Conifer High School",
                    true,
                    null),
            new Demo(
                    "Michelle Adams",
                    "michelle.adams@example.org",
                    Language.ENGLISH,
                    "Principal, Kyffin Elementary",
                    true,
                    null),
            new Demo(
                    "Richard Howell",
                    "richard.howell@example.org",
                    Language.ENGLISH,
                    "Chief Financial Officer's office",
                    true,
                    null),
            new Demo(
                    "Angela Brown",
                    "angela.brown@example.org",
                    Language.ENGLISH,
                    "Director, Human Resources",
                    true,
                    null),
            new Demo(
                    "Isabel Moreno",
                    "isabel.moreno@example.org",
                    Language.SPANISH,
                    "Madre de familia, Deane Elementary",
                    true,
                    null),
            new Demo(
                    "Jordan Ellis",
                    "jordan.ellis@example.org",
                    Language.ENGLISH,
                    "Student, Chatfield High School",
                    true,
                    null),
            new Demo(
                    "Ruth Goldberg",
                    "ruth.goldberg@example.org",
                    Language.ENGLISH,
                    "Grandparent, Columbine Hills Elementary",
                    false,
                    null));

    private DemoPeople() {}
}
