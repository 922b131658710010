package roundtable.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Map;
import java.util.function.LongConsumer;
import org.springframework.dao.OptimisticLockingFailureException;
import roundtable.base.RuleViolationException;
import roundtable.base.ui.FieldErrors;
import roundtable.meetings.AgendaItemData;
import roundtable.meetings.AgendaItemSummary;
import roundtable.meetings.AgendaLimits;
import roundtable.meetings.AgendaService;

/**
 * Adds an agenda item or edits one. If someone else saved the item first, the form stays
 * open with the person's text in it and says so, so nothing typed is lost.
 */
class AgendaItemDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    public record Form(
            String title, String presenter, Integer minutesAllotted, String descriptionHtml, Boolean publicComment) {}

    AgendaItemDialog(AgendaService agenda, long meetingId, AgendaItemSummary existing, LongConsumer saved) {
        setHeaderTitle(
                existing == null
                        ? getTranslation("agenda.dialog.add")
                        : getTranslation("agenda.dialog.edit", existing.title()));
        setWidth("min(40rem, 96vw)");

        TextField title = new TextField(getTranslation("agenda.field.title"));
        title.setMaxLength(AgendaLimits.TITLE);
        title.setRequiredIndicatorVisible(true);
        title.setId("agenda-item-title");
        TextField presenter = new TextField(getTranslation("agenda.field.presenter"));
        presenter.setMaxLength(AgendaLimits.PRESENTER);
        presenter.setId("agenda-item-presenter");
        IntegerField minutes = new IntegerField(getTranslation("agenda.field.minutes"));
        minutes.setMin(0);
        minutes.setMax(AgendaLimits.MAX_MINUTES);
        minutes.setStep(5);
        minutes.setStepButtonsVisible(true);
        minutes.setHelperText(getTranslation("agenda.field.minutes.help"));
        minutes.setId("agenda-item-minutes");
        TextArea description = new TextArea(getTranslation("agenda.field.description"));
        description.setMaxLength(AgendaLimits.DESCRIPTION);
        description.setHelperText(getTranslation("agenda.field.description.help"));
        description.setMinHeight("8em");
        description.setId("agenda-item-description");
        Checkbox publicComment = new Checkbox(getTranslation("agenda.field.public-comment"));
        publicComment.setId("agenda-item-public-comment");

        Binder<Form> binder = new Binder<>(Form.class);
        binder.forField(title).asRequired(getTranslation("validation.required")).bind("title");
        binder.forField(presenter).bind("presenter");
        binder.forField(minutes)
                .withValidator(
                        m -> m == null || (m >= 0 && m <= AgendaLimits.MAX_MINUTES),
                        getTranslation("agenda.minutes.range", AgendaLimits.MAX_MINUTES))
                .bind("minutesAllotted");
        binder.forField(description).bind("descriptionHtml");
        binder.forField(publicComment).bind("publicComment");
        AgendaItemData start = existing == null ? new AgendaItemData("", "", 0, "", false) : existing.data();
        binder.readRecord(new Form(
                start.title(),
                start.presenter() == null ? "" : start.presenter(),
                start.minutesAllotted(),
                start.descriptionHtml() == null ? "" : start.descriptionHtml(),
                start.publicComment()));

        Paragraph conflict = new Paragraph(getTranslation("agenda.concurrent"));
        conflict.addClassName("notice");
        conflict.addClassName("notice-warning");
        conflict.getElement().setAttribute("role", "alert");
        conflict.setId("agenda-item-conflict");
        conflict.setVisible(false);

        FormLayout form = new FormLayout(title, presenter, minutes, publicComment, description);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        add(conflict, form);

        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                Form f = binder.writeRecord();
                AgendaItemData data = new AgendaItemData(
                        f.title(),
                        f.presenter(),
                        f.minutesAllotted() == null ? 0 : f.minutesAllotted(),
                        f.descriptionHtml(),
                        Boolean.TRUE.equals(f.publicComment()));
                long id = existing == null ? agenda.addAgendaItem(meetingId, data) : existing.id();
                if (existing != null) {
                    agenda.updateAgendaItem(existing.id(), existing.version(), data);
                }
                close();
                saved.accept(id);
            } catch (ValidationException invalid) {
                // Each message is already next to its field.
            } catch (RuleViolationException violation) {
                FieldErrors.show(
                        this,
                        violation,
                        Map.of(
                                "title",
                                title,
                                "presenter",
                                presenter,
                                "minutesAllotted",
                                minutes,
                                "descriptionHtml",
                                description));
            } catch (OptimisticLockingFailureException stale) {
                conflict.setVisible(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-agenda-item");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
