package roundtable.committees.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import roundtable.base.RuleViolationException;
import roundtable.base.ui.DatePickers;
import roundtable.base.ui.FieldErrors;
import roundtable.committees.Position;
import roundtable.committees.RosterMember;
import roundtable.committees.RosterService;

/** One member's seat: change their position, renew their term, or end it (with a reason). */
class MembershipDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    MembershipDialog(RosterService roster, long bodyId, RosterMember member, LocalDate today, Runnable saved) {
        setHeaderTitle(member.name() + " — " + member.seatGroup());
        setWidth("min(34rem, 96vw)");

        Select<Position> position = new Select<>();
        position.setLabel(getTranslation("roster.position"));
        position.setItems(Position.values());
        position.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        position.setValue(member.position());
        position.setId("member-position");
        Button savePosition = new Button(
                getTranslation("roster.position.save"),
                e -> run(
                        () -> roster.changePosition(
                                bodyId, member.membershipId(), member.version(), position.getValue()),
                        Map.of("position", position),
                        saved));
        savePosition.setId("save-position");

        DatePicker renewUntil = DatePickers.localised(getTranslation("roster.renew.until"));
        renewUntil.setLocale(getLocale());
        renewUntil.setValue(
                member.termEnd() == null ? today.plusYears(1) : member.termEnd().plusYears(1));
        Button renew = new Button(
                getTranslation("roster.renew"),
                e -> run(
                        () -> roster.renewTerm(bodyId, member.membershipId(), member.version(), renewUntil.getValue()),
                        Map.of("termEnd", renewUntil),
                        saved));
        renew.setId("renew-term");

        DatePicker lastDay = DatePickers.localised(getTranslation("roster.end.last-day"));
        lastDay.setLocale(getLocale());
        lastDay.setValue(today);
        lastDay.setId("end-last-day");
        TextField reason = new TextField(getTranslation("roster.end.reason"));
        reason.setMaxLength(300);
        reason.setWidthFull();
        reason.setId("end-reason");
        Button end = new Button(
                getTranslation("roster.end"),
                e -> run(
                        () -> roster.endTerm(
                                bodyId, member.membershipId(), member.version(), lastDay.getValue(), reason.getValue()),
                        Map.of("termEnd", lastDay, "position", position),
                        saved));
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        end.setId("end-term");

        add(
                new H3(getTranslation("roster.position")),
                row(position, savePosition),
                new H3(getTranslation("roster.renew")),
                row(renewUntil, renew),
                new H3(getTranslation("roster.end")),
                new Paragraph(getTranslation("roster.end.help")),
                row(lastDay, end),
                reason);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
    }

    private static HorizontalLayout row(Component field, Button action) {
        HorizontalLayout row = new HorizontalLayout(field, action);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private void run(Runnable change, Map<String, ? extends HasValidation> fields, Runnable saved) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            change.run();
            close();
            saved.run();
        } catch (RuleViolationException violation) {
            FieldErrors.show(this, violation, fields);
        }
    }
}
