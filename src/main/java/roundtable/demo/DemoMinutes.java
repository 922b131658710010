package roundtable.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import roundtable.minutes.MinutesApproval;
import roundtable.minutes.MinutesContent;
import roundtable.minutes.MinutesContent.ActionItem;
import roundtable.minutes.MinutesContent.Attendance;
import roundtable.minutes.MinutesContent.Item;
import roundtable.minutes.MinutesContent.Motion;
import roundtable.minutes.MinutesContent.Presence;
import roundtable.minutes.MinutesContent.VoteKind;
import roundtable.minutes.MinutesDraft;
import roundtable.minutes.MinutesDrafting;
import roundtable.minutes.MinutesPublishing;
import roundtable.minutes.MinutesTranslations;

/**
 * The minutes of the demo's past meetings, recorded through the same workflow a secretary uses:
 * started from the roster, attendance marked, items written, submitted, approved by the chair and
 * published. The last DAC meeting's minutes also have a Spanish translation.
 */
final class DemoMinutes {

    /** How many voting members came (the first on the roster), and how many of those joined online. */
    record Demo(int present, int online, List<Item> items, String publicCommentHtml, String spanishHtml) {}

    private static Motion counts(String text, String mover, String seconder, int yes, int no, int abstain) {
        return new Motion("<p>" + text + "</p>", mover, seconder, VoteKind.COUNTS, yes, no, abstain, List.of());
    }

    private static Item item(String title, String notes, List<Motion> motions, List<ActionItem> actions) {
        return new Item(null, title, "<p>" + notes + "</p>", motions, actions);
    }

    static final Map<String, Demo> BY_MEETING = Map.of(
            "dac/-58",
                    new Demo(
                            11,
                            2,
                            List.of(
                                    item(
                                            "Unified Improvement Plan",
                                            "Staff presented the draft district Unified Improvement Plan. Members asked for the family engagement targets to be published in Spanish as well as English.",
                                            List.of(),
                                            List.of()),
                                    item(
                                            "SAC training",
                                            "Members discussed when School Accountability Committee members can attend training.",
                                            List.of(counts(
                                                    "That DAC offer SAC training on two evenings and one Saturday morning, with interpretation.",
                                                    "Okafor",
                                                    "Ruiz",
                                                    10,
                                                    0,
                                                    1)),
                                            List.of())),
                            null,
                            null),
            "dac/-30",
                    new Demo(
                            12,
                            3,
                            List.of(
                                    item(
                                            "Budget priorities for 2026–27",
                                            "The Chief Financial Officer's office presented the projected shortfall, driven by rising costs, declining enrollment and lower state and federal funding. Members discussed protecting classroom staffing and transportation for families without cars.",
                                            List.of(counts(
                                                    "That DAC recommend to the Board that reductions protect student learning first and that every reduction scenario show its effect on students who need language services.",
                                                    "Whitfield",
                                                    "Lee",
                                                    11,
                                                    1,
                                                    0)),
                                            List.of(
                                                    new ActionItem(
                                                            "Circulate the budget slides in English and Spanish",
                                                            "Secretary",
                                                            null),
                                                    new ActionItem(
                                                            "Ask for interpretation at every Partnership feedback session",
                                                            "Chair",
                                                            null))),
                                    item(
                                            "Partnership update",
                                            "DAC's two Partnership members summarised the Blueprint timeline; public feedback sessions are planned before the Board votes.",
                                            List.of(),
                                            List.of())),
                            null,
                            "<h2>Presupuesto: prioridades para 2026–27</h2><p>La oficina del director financiero presentó el déficit previsto, causado por el aumento de los costos, la disminución de la matrícula y menos fondos estatales y federales. Los miembros hablaron de proteger el personal de las aulas y el transporte para las familias sin automóvil.</p>"
                                    + "<p><strong>Moción</strong> (Whitfield, secundada por Lee): que el DAC recomiende a la Junta que los recortes protejan primero el aprendizaje de los estudiantes y que cada escenario muestre su efecto en los estudiantes que necesitan servicios lingüísticos. <em>Aprobada 11–1.</em></p>"
                                    + "<h2>Novedades de la Alianza</h2><p>Los dos miembros del DAC en la Alianza resumieron el calendario del plan; habrá sesiones públicas antes de que vote la Junta.</p>"),
            "fac/-20",
                    new Demo(
                            5,
                            0,
                            List.of(item(
                                    "Quarterly report",
                                    "Staff reported revenue in line with projections and higher than expected utility and insurance costs.",
                                    List.of(counts("To accept the first-quarter report.", "Nakamura", "Dunn", 5, 0, 0)),
                                    List.of())),
                            null,
                            null),
            "partnership-for-fiscal-sustainability/-12",
                    new Demo(
                            17,
                            4,
                            List.of(item(
                                    "Guiding principles",
                                    "The Partnership agreed five principles: protect student learning; be honest about trade-offs; hear every constituency; look at long-term sustainability, not one-year fixes; show the effect on students and staff of every option.",
                                    List.of(counts(
                                            "To adopt the five principles as the Partnership's guide for the Blueprint.",
                                            "Howell",
                                            "Schmidt",
                                            15,
                                            1,
                                            1)),
                                    List.of())),
                            "<p>Four residents spoke, asking that transportation and school-based mental health be protected and that feedback sessions be held in the evening with interpretation.</p>",
                            null));

    private DemoMinutes() {}

    /** Records and publishes the minutes of one past meeting; call as someone who chairs the body (the demo administrator). */
    /** The minutes feature's use cases, in the order a secretary and a chair go through them. */
    record Steps(
            MinutesDrafting drafting,
            MinutesApproval approval,
            MinutesPublishing publishing,
            MinutesTranslations translations) {}

    static void record(Steps minutes, long meetingId, Demo demo, LocalDate today) {
        long id = minutes.drafting().startDraft(meetingId);
        MinutesDraft draft = minutes.drafting().draftOf(meetingId).orElseThrow();
        List<Attendance> attendance = new ArrayList<>();
        int marked = 0;
        for (Attendance a : draft.content().attendance()) {
            Presence presence = a.presence();
            if (a.voting() && marked < demo.present()) {
                presence = marked < demo.online() ? Presence.PRESENT_ONLINE : Presence.PRESENT;
                marked++;
            }
            attendance.add(new Attendance(a.personId(), a.name(), a.role(), a.voting(), presence));
        }
        List<Item> items = demo.items().stream()
                .map(i -> new Item(
                        i.agendaItemId(),
                        i.title(),
                        i.notesHtml(),
                        i.motions(),
                        i.actions().stream()
                                .map(x -> new ActionItem(x.text(), x.owner(), today.plusDays(7)))
                                .toList()))
                .toList();
        draft = minutes.drafting()
                .saveDraft(id, draft.version(), new MinutesContent(attendance, items, demo.publicCommentHtml()));
        draft = minutes.drafting().submit(id, draft.version());
        draft = minutes.approval().approve(id, draft.version(), null);
        minutes.publishing().publish(id, draft.version(), true);
        if (demo.spanishHtml() != null) {
            minutes.translations().addTranslation(id, "es", demo.spanishHtml());
        }
    }
}
