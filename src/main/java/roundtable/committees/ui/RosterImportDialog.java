package roundtable.committees.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import roundtable.base.RuleViolationException;
import roundtable.base.ui.ErrorReference;
import roundtable.base.ui.UploadTexts;
import roundtable.committees.ImportPreview;
import roundtable.committees.ImportRow;
import roundtable.committees.RosterCsv;
import roundtable.committees.RosterImport;

/**
 * Upload a roster spreadsheet, see what each row would do and what is wrong with it, then
 * import the valid rows. Reading and saving run in the background with a progress bar, so
 * a large file never freezes the page (or the person's other tabs).
 */
class RosterImportDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(RosterImportDialog.class);
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private final RosterImport importer;
    private final long bodyId;
    private final TaskExecutor executor;
    private final Runnable imported;
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final Grid<ImportRow> rows = new Grid<>();
    private final Button confirm = new Button();
    private ImportPreview preview;

    RosterImportDialog(RosterImport importer, long bodyId, TaskExecutor executor, Runnable imported) {
        this.importer = importer;
        this.bodyId = bodyId;
        this.executor = executor;
        this.imported = imported;
        setHeaderTitle(getTranslation("roster.import.title"));
        setWidth("min(64rem, 98vw)");

        Paragraph help = new Paragraph(getTranslation("roster.import.help", String.join(", ", RosterCsv.COLUMNS)));
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> read(ui, bytes));
        }));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setI18n(UploadTexts.of(this, "roster.import"));
        upload.addFileRejectedListener(e -> show(getTranslation("roster.import.rejected"), true));
        upload.setId("roster-upload");

        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("roster.import.progress"));
        status.getElement().setAttribute("role", "status");
        status.setId("import-status");

        rows.addColumn(ImportRow::line)
                .setHeader(getTranslation("roster.import.line"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        rows.addColumn(ImportRow::name).setHeader(getTranslation("people.name"));
        rows.addColumn(ImportRow::email).setHeader(getTranslation("people.email"));
        rows.addColumn(ImportRow::seat).setHeader(getTranslation("roster.seat"));
        rows.addColumn(r -> getTranslation(
                        "roster.import.outcome." + r.outcome().name().toLowerCase()))
                .setHeader(getTranslation("roster.import.outcome"));
        rows.addColumn(this::problems)
                .setHeader(getTranslation("roster.import.problems"))
                .setFlexGrow(3);
        rows.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        rows.setAriaLabel(getTranslation("roster.import.preview"));
        rows.setVisible(false);
        rows.setId("import-preview");

        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.setId("import-confirm");
        confirm.setText(getTranslation("roster.import.confirm", 0));
        confirm.addClickListener(e -> save(UI.getCurrent()));

        add(help, upload, progress, status, rows);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()), confirm);
    }

    private void read(UI ui, byte[] bytes) {
        confirm.setEnabled(false);
        rows.setVisible(false);
        inBackground(
                ui,
                step -> importer.preview(bodyId, new ByteArrayInputStream(bytes), step),
                count -> getTranslation("roster.import.reading", count),
                result -> {
                    preview = result;
                    rows.setItems(result.rows());
                    rows.setVisible(true);
                    show(
                            getTranslation(
                                    "roster.import.summary", result.importable(), result.unchanged(), result.invalid()),
                            false);
                    confirm.setText(getTranslation("roster.import.confirm", result.importable()));
                    confirm.setEnabled(result.importable() > 0);
                });
    }

    private void save(UI ui) {
        confirm.setEnabled(false);
        ImportPreview confirmed = preview;
        inBackground(
                ui,
                step -> importer.apply(confirmed, step),
                count -> getTranslation("roster.import.saving", count, confirmed.importable()),
                result -> {
                    Notification.show(
                                    getTranslation("roster.import.done", result.saved(), result.skipped()),
                                    6000,
                                    Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    close();
                    imported.run();
                });
    }

    /** Runs work off the request thread, as the signed-in person, reporting progress to the page as it goes. */
    private <T> void inBackground(
            UI ui, Function<IntConsumer, T> work, IntFunction<String> stepText, Consumer<T> done) {
        progress.setIndeterminate(true);
        progress.setVisible(true);
        ui.setPollInterval(400);
        Runnable task = () -> {
            try {
                T result = work.apply(count -> ui.access(() -> show(stepText.apply(count), false)));
                ui.access(() -> {
                    finish(ui);
                    done.accept(result);
                });
            } catch (RuleViolationException violation) {
                ui.access(() -> {
                    finish(ui);
                    show(getTranslation(violation.messageKey(), violation.arguments()), true);
                });
            } catch (RuntimeException e) {
                String reference = ErrorReference.next();
                log.error("Roster import failed for body {}, reference {}", bodyId, reference, e);
                ui.access(() -> {
                    finish(ui);
                    show(getTranslation("error.unexpected.message", reference), true);
                });
            }
        };
        executor.execute(new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext()));
    }

    private void finish(UI ui) {
        progress.setVisible(false);
        ui.setPollInterval(-1);
    }

    private void show(String text, boolean problem) {
        status.setText(text);
        status.setClassName(problem ? "notice notice-warning" : "notice notice-success");
    }

    private String problems(ImportRow row) {
        return row.problems().stream()
                .map(p -> p.column() + ": "
                        + getTranslation(p.messageKey(), p.arguments().toArray()))
                .collect(Collectors.joining("; "));
    }
}
