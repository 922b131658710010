package roundtable.meetings.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import roundtable.base.RuleViolationException;
import roundtable.base.ui.UploadTexts;
import roundtable.meetings.AgendaItemSummary;
import roundtable.meetings.AttachmentService;
import roundtable.meetings.AttachmentSummary;

/**
 * The papers of one agenda item: download or remove them, and upload more. The upload
 * streams straight to the service, which checks size and type; a refusal is said next to
 * the upload, in the reader's language, and the file is marked as failed.
 */
class AttachmentsDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final long MEGABYTE = 1024 * 1024;

    private final AttachmentService attachments;
    private final List<AttachmentSummary> files;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph empty = new Paragraph();
    private final Paragraph status = new Paragraph();

    AttachmentsDialog(AttachmentService attachments, AgendaItemSummary item, Runnable changed) {
        this.attachments = attachments;
        this.files = new ArrayList<>(item.attachments());
        setHeaderTitle(getTranslation("agenda.files.title", item.title()));
        setWidth("min(40rem, 96vw)");
        addDialogCloseActionListener(e -> close());
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                changed.run();
            }
        });

        long maxMegabytes = attachments.maxAttachmentBytes() / MEGABYTE;
        UI ui = UI.getCurrent();
        Upload upload = new Upload((UploadHandler) event -> {
            try {
                AttachmentSummary saved =
                        attachments.attach(item.id(), event.getFileName(), event.getInputStream(), event.getFileSize());
                ui.access(() -> attached(saved));
            } catch (RuleViolationException refused) {
                String message = ui.getTranslation(refused.messageKey(), refused.arguments());
                event.reject(message);
                ui.access(() -> show(message, true));
            } catch (OptimisticLockingFailureException gone) {
                String message = ui.getTranslation("agenda.agenda-changed");
                event.reject(message);
                ui.access(() -> show(message, true));
            }
        });
        upload.setAcceptedFileTypes(attachments.acceptedExtensions().toArray(String[]::new));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, attachments.maxAttachmentBytes()));
        upload.setI18n(UploadTexts.of(this, "agenda.files", maxMegabytes));
        upload.addFileRejectedListener(e -> show(e.getErrorMessage(), true));
        upload.setId("attachment-upload");
        upload.setWidthFull();

        Paragraph help = new Paragraph(getTranslation("agenda.files.help", maxMegabytes));
        help.setId("attachment-help");
        upload.getElement().setAttribute("aria-describedby", "attachment-help");
        status.getElement().setAttribute("role", "status");
        status.setId("attachment-status");
        list.addClassName("attachment-list");
        list.setId("attachment-list");
        empty.setText(getTranslation("agenda.files.none"));

        add(new Div(list, empty), help, upload, status);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
        renderList();
    }

    private void attached(AttachmentSummary saved) {
        files.add(saved);
        renderList();
        show(getTranslation("agenda.files.attached", saved.fileName()), false);
    }

    private void remove(AttachmentSummary file) {
        try {
            attachments.removeAttachment(file.id());
        } catch (OptimisticLockingFailureException alreadyGone) {
            // Someone removed it first: the result is what was asked for.
        }
        files.remove(file);
        renderList();
        show(getTranslation("agenda.files.removed", file.fileName()), false);
    }

    private void renderList() {
        list.removeAll();
        for (AttachmentSummary file : files) {
            Button remove =
                    new Button(getTranslation("agenda.item.remove"), VaadinIcon.TRASH.create(), e -> remove(file));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.getElement().setAttribute("aria-label", getTranslation("agenda.files.remove.for", file.fileName()));
            ListItem entry = new ListItem(AgendaSection.download(file, getLocale()), remove);
            entry.addClassName("attachment-entry");
            list.add(entry);
        }
        list.setVisible(!files.isEmpty());
        empty.setVisible(files.isEmpty());
    }

    private void show(String text, boolean problem) {
        status.setText(text);
        status.setClassName(problem ? "notice notice-warning" : "notice notice-success");
    }
}
