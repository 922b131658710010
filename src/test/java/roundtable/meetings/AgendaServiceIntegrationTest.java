package roundtable.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static roundtable.meetings.AgendaFixtures.PDF;
import static roundtable.meetings.AgendaFixtures.PROGRAM;
import static roundtable.meetings.AgendaFixtures.asVisitor;
import static roundtable.meetings.AgendaFixtures.filesOnDisk;
import static roundtable.meetings.AgendaFixtures.stream;

import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;
import roundtable.IntegrationTest;
import roundtable.base.RuleViolationException;
import roundtable.committees.CommitteeService;

/** Keeping a meeting's agenda: who may, what is checked, and that nothing is ever half-saved. */
@IntegrationTest
class AgendaServiceIntegrationTest {

    @Autowired
    AgendaService agenda;

    @Autowired
    AttachmentService attachments;

    @Autowired
    MeetingService meetings;

    @Autowired
    CommitteeService committees;

    @Autowired
    AttachmentStorageProperties storage;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AttachmentRepository attachmentRows;

    long meetingId;

    @BeforeEach
    void emptyTheDacAgenda() {
        meetingId = AgendaFixtures.publicDacMeeting(committees, meetings);
    }

    private long item(String title) {
        return agenda.addAgendaItem(meetingId, new AgendaItemData(title, null, 10, "", false));
    }

    private List<String> titles() {
        return agenda.agendaOf(meetingId).stream().map(AgendaItemSummary::title).toList();
    }

    private AgendaItemSummary summary(long itemId) {
        return agenda.agendaOf(meetingId).stream()
                .filter(i -> i.id() == itemId)
                .findFirst()
                .orElseThrow();
    }

    @Test
    @WithUserDetails("dac.secretary@example.org")
    void secretaryAddsEditsReordersAndRemovesItems() {
        AgendaFixtures.emptyAgenda(agenda, meetingId);
        long welcome = item("Welcome");
        long budget = agenda.addAgendaItem(
                meetingId,
                new AgendaItemData("  Budget scenarios  ", "Richard Howell", 45, "<p>Three options</p>", true));
        long comment = item("Public comment");
        assertThat(titles()).containsExactly("Welcome", "Budget scenarios", "Public comment");
        AgendaItemSummary saved = summary(budget);
        assertThat(saved.number()).isEqualTo(2);
        assertThat(saved.presenter()).isEqualTo("Richard Howell");
        assertThat(saved.minutesAllotted()).isEqualTo(45);
        assertThat(saved.publicComment()).isTrue();

        agenda.updateAgendaItem(
                budget,
                saved.version(),
                new AgendaItemData("Budget reduction scenarios", "Richard Howell", 60, "<p>Four options</p>", true));
        assertThat(summary(budget).title()).isEqualTo("Budget reduction scenarios");
        assertThat(summary(budget).descriptionHtml()).isEqualTo("<p>Four options</p>");

        agenda.moveAgendaItem(comment, 1);
        assertThat(titles()).containsExactly("Public comment", "Welcome", "Budget reduction scenarios");
        agenda.reorderAgenda(meetingId, List.of(welcome, budget, comment));
        assertThat(titles()).containsExactly("Welcome", "Budget reduction scenarios", "Public comment");

        agenda.removeAgendaItem(welcome, summary(welcome).version());
        assertThat(agenda.agendaOf(meetingId))
                .extracting(AgendaItemSummary::number, AgendaItemSummary::title)
                .containsExactly(Tuple.tuple(1, "Budget reduction scenarios"), Tuple.tuple(2, "Public comment"));
    }

    @Test
    @WithUserDetails("dac.secretary@example.org")
    void movingAnItemDoesNotMakeAnOpenEditOfItStale() {
        AgendaFixtures.emptyAgenda(agenda, meetingId);
        item("First");
        long second = item("Second");
        long versionWhenOpened = summary(second).version();
        agenda.moveAgendaItem(second, 1);
        agenda.updateAgendaItem(second, versionWhenOpened, new AgendaItemData("Second, edited", null, 5, "", false));
        assertThat(titles()).containsExactly("Second, edited", "First");
    }

    /** The access rule finds the item's body first; an item already removed is "gone", not "refused". */
    @Test
    @WithUserDetails("dac.chair@example.org")
    void anItemSomeoneElseRemovedIsSaidToBeGoneNotRefused() {
        AgendaFixtures.emptyAgenda(agenda, meetingId);
        long id = item("Removed meanwhile");
        long read = summary(id).version();
        agenda.removeAgendaItem(id, read);
        assertThatThrownBy(() -> agenda.updateAgendaItem(id, read, new AgendaItemData("Too late", null, 5, "", false)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> agenda.moveAgendaItem(id, 1)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(titles()).isEmpty();
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void aStaleVersionIsRefusedAndTheFirstSaveStays() {
        AgendaFixtures.emptyAgenda(agenda, meetingId);
        long id = item("Superintendent's report");
        long read = summary(id).version();
        agenda.updateAgendaItem(id, read, new AgendaItemData("Superintendent's report (updated)", null, 15, "", false));
        assertThatThrownBy(() -> agenda.updateAgendaItem(
                        id, read, new AgendaItemData("Someone else's older edit", null, 15, "", false)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> agenda.removeAgendaItem(id, read))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(titles()).containsExactly("Superintendent's report (updated)");
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void aReorderFromAnOutdatedListIsRefused() {
        AgendaFixtures.emptyAgenda(agenda, meetingId);
        long a = item("A");
        long b = item("B");
        item("C, added meanwhile by someone else");
        assertThatThrownBy(() -> agenda.reorderAgenda(meetingId, List.of(b, a)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(titles()).containsExactly("A", "B", "C, added meanwhile by someone else");
    }

    @Test
    @WithUserDetails("dac.member@example.org")
    void aMemberReadsTheAgendaButCannotChangeIt() {
        assertThat(agenda.mayEdit(meetingId)).isFalse();
        assertThatThrownBy(() -> item("Sneaked in")).isInstanceOf(AccessDeniedException.class);
        assertThat(titles()).doesNotContain("Sneaked in");
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void theDacChairCannotChangeAnotherBodysAgenda() {
        long fac = AgendaFixtures.publicMeetingOf(committees, meetings, "fac");
        assertThat(agenda.mayEdit(fac)).isFalse();
        assertThatThrownBy(() -> agenda.addAgendaItem(fac, new AgendaItemData("From DAC", null, 5, "", false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agenda.reorderAgenda(fac, List.of())).isInstanceOf(AccessDeniedException.class);
        assertThat(agenda.agendaOf(fac)).extracting(AgendaItemSummary::title).doesNotContain("From DAC");
    }

    @Test
    @WithUserDetails("dac.secretary@example.org")
    void rulesAreSaidAtTheirFieldAndNothingIsSaved() {
        AgendaFixtures.emptyAgenda(agenda, meetingId);
        assertThatThrownBy(() -> agenda.addAgendaItem(meetingId, new AgendaItemData("   ", null, 10, "", false)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, v -> assertThat(v.field()).isEqualTo("title"));
        assertThatThrownBy(
                        () -> agenda.addAgendaItem(meetingId, new AgendaItemData("x".repeat(201), null, 10, "", false)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        v -> assertThat(v.messageKey()).isEqualTo("validation.too-long"));
        assertThatThrownBy(() -> agenda.addAgendaItem(meetingId, new AgendaItemData("Long", null, 601, "", false)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, v -> assertThat(v.field()).isEqualTo("minutesAllotted"));
        assertThatThrownBy(() -> agenda.addAgendaItem(meetingId, new AgendaItemData("Negative", null, -1, "", false)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(agenda.agendaOf(meetingId)).isEmpty();
    }

    @Test
    @WithUserDetails("dac.secretary@example.org")
    void scriptsInADescriptionAreRemovedOnSave() {
        AgendaFixtures.emptyAgenda(agenda, meetingId);
        long id = agenda.addAgendaItem(
                meetingId,
                new AgendaItemData(
                        "Safety",
                        null,
                        0,
                        "<p onclick=\"steal()\">Read <a href=\"javascript:alert(1)\">this</a></p><script>alert(1)</script>"
                                + "<img src=x onerror=alert(1)><b>bold</b>",
                        false));
        String html = summary(id).descriptionHtml();
        assertThat(html)
                .contains("Read", "this", "<b>bold</b>")
                .doesNotContainIgnoringCase("script")
                .doesNotContain("onclick", "onerror", "javascript:");
    }

    @Test
    @WithUserDetails("dac.secretary@example.org")
    void anAttachmentIsStoredUnderARandomKeyAndSurvivesARestart() throws Exception {
        AgendaFixtures.emptyAgenda(agenda, meetingId);
        long id = item("Budget");
        AttachmentSummary saved =
                attachments.attach(id, "C:\\Users\\sam\\Presupuesto 2027 ñ.pdf", stream(PDF), PDF.length);
        assertThat(saved.fileName()).isEqualTo("Presupuesto 2027 ñ.pdf");
        assertThat(saved.contentType()).isEqualTo("application/pdf");
        assertThat(saved.sizeBytes()).isEqualTo(PDF.length);
        assertThat(saved.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        try (var names = Files.list(storage.attachmentsDir())) {
            assertThat(names.map(p -> p.getFileName().toString())).allMatch(n -> n.matches("[0-9a-f]{32}"));
        }

        // A new store over the same directory is what the application has after a restart.
        AttachmentStore afterRestart = new AttachmentStore(storage);
        try (InputStream in = afterRestart.open(
                attachmentRows.findById(saved.id()).orElseThrow().getStorageKey())) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
        AttachmentContent found =
                asVisitor(() -> attachments.openAttachment(saved.id())).orElseThrow();
        try (InputStream in = found.content().open()) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
        assertThat(summary(id).attachments())
                .extracting(AttachmentSummary::fileName)
                .containsExactly("Presupuesto 2027 ñ.pdf");
    }

    @Test
    @WithUserDetails("dac.secretary@example.org")
    void refusedFilesLeaveNoRowAndNoFile() {
        AgendaFixtures.emptyAgenda(agenda, meetingId);
        long id = item("Papers");
        long files = filesOnDisk();
        long max = storage.attachmentMaxSize().toBytes();

        assertRefused(
                () -> attachments.attach(id, "setup.exe", stream(PROGRAM), PROGRAM.length),
                "agenda.attachment.type-refused");
        assertRefused(
                () -> attachments.attach(id, "budget.pdf", stream(PROGRAM), PROGRAM.length),
                "agenda.attachment.content-refused");
        assertRefused(
                () -> attachments.attach(
                        id, "notes.txt", stream("<html><script>alert(1)</script></html>".getBytes()), 38),
                "agenda.attachment.content-refused");
        assertRefused(() -> attachments.attach(id, "empty.pdf", stream(new byte[0]), 0), "agenda.attachment.empty");
        assertRefused(() -> attachments.attach(id, "huge.pdf", stream(PDF), max + 1), "agenda.attachment.too-large");
        // A size that understates the upload is caught while it is copied.
        assertRefused(
                () -> attachments.attach(id, "huge.pdf", new LargeStream(max + 1), 10), "agenda.attachment.too-large");

        assertThat(summary(id).attachments()).isEmpty();
        assertThat(filesOnDisk()).isEqualTo(files);
    }

    @Test
    @WithUserDetails("dac.secretary@example.org")
    void aFailedDatabaseWriteDeletesTheStoredFile() {
        AgendaFixtures.emptyAgenda(agenda, meetingId);
        long id = item("Papers");
        long files = filesOnDisk();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    attachments.attach(id, "minutes.pdf", stream(PDF), PDF.length);
                    assertThat(filesOnDisk()).isEqualTo(files + 1);
                    throw new IllegalStateException("the database went away");
                }))
                .hasMessage("the database went away");
        assertThat(filesOnDisk()).isEqualTo(files);
        assertThat(summary(id).attachments()).isEmpty();
    }

    @Test
    @WithUserDetails("dac.secretary@example.org")
    void removingAnItemRemovesItsFiles() {
        AgendaFixtures.emptyAgenda(agenda, meetingId);
        long id = item("Papers");
        long files = filesOnDisk();
        attachments.attach(id, "a.pdf", stream(PDF), PDF.length);
        attachments.attach(id, "b.pdf", stream(PDF), PDF.length);
        assertThat(filesOnDisk()).isEqualTo(files + 2);
        agenda.removeAgendaItem(id, summary(id).version());
        assertThat(filesOnDisk()).isEqualTo(files);
    }

    @Test
    @WithUserDetails("admin@example.org")
    void aClosedMeetingsAgendaAndFilesAreHiddenFromVisitors() {
        long closed = AgendaFixtures.closedJceaMeeting(committees, meetings);
        AgendaFixtures.emptyAgenda(agenda, closed);
        long id = agenda.addAgendaItem(closed, new AgendaItemData("Bargaining update", null, 30, "", false));
        AttachmentSummary file = attachments.attach(id, "proposal.pdf", stream(PDF), PDF.length);
        assertThat(agenda.agendaOf(closed)).hasSize(1);
        assertThat(asVisitor(() -> agenda.agendaOf(closed))).isEmpty();
        assertThat(asVisitor(() -> attachments.openAttachment(file.id()))).isEmpty();
    }

    private static void assertRefused(Runnable attach, String messageKey) {
        assertThatThrownBy(attach::run)
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        v -> assertThat(v.messageKey()).isEqualTo(messageKey));
    }

    /** A PDF that goes on and on, produced as it is read rather than held in memory. */
    private static final class LargeStream extends InputStream {
        private final long size;
        private long position;

        LargeStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - position);
            for (int i = 0; i < n; i++) {
                b[off + i] = position < PDF.length ? PDF[(int) position] : 0;
                position++;
            }
            return n;
        }
    }
}
