package roundtable.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.text.DateFormatSymbols;
import java.time.DayOfWeek;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Date pickers whose calendar speaks the reader's language: month and day names, Today, Cancel. */
public final class DatePickers {

    private DatePickers() {}

    public static DatePicker localised(String label) {
        DatePicker picker = new DatePicker(label);
        Locale locale = picker.getLocale();
        picker.setLocale(locale);
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setMonthNames(capitalised(Arrays.asList(symbols.getMonths()).subList(0, 12), locale))
                .setWeekdays(capitalised(Arrays.asList(symbols.getWeekdays()).subList(1, 8), locale))
                .setWeekdaysShort(
                        capitalised(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8), locale))
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek() == DayOfWeek.MONDAY ? 1 : 0)
                .setToday(picker.getTranslation("common.today"))
                .setCancel(picker.getTranslation("common.cancel"));
        picker.setI18n(i18n);
        return picker;
    }

    private static List<String> capitalised(List<String> names, Locale locale) {
        return names.stream()
                .map(n -> n.isEmpty() ? n : n.substring(0, 1).toUpperCase(locale) + n.substring(1))
                .toList();
    }
}
