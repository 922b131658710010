package roundtable.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import roundtable.base.i18n.Dates;

/** Times are written with the zone as it is on that day, in both languages. */
class DatesTest {

    private static ZonedDateTime denver(int month, int day) {
        return LocalDateTime.of(2026, month, day, 19, 0).atZone(ZoneId.of("America/Denver"));
    }

    @Test
    void summerMeetingsSayMountainDaylightTimeInEnglishAndSpanish() {
        assertThat(Dates.time(denver(7, 14), Locale.ENGLISH)).isEqualTo("7:00\u202fPM MDT");
        assertThat(Dates.time(denver(7, 14), Locale.forLanguageTag("es"))).isEqualTo("19:00 MDT");
    }

    @Test
    void winterMeetingsSayMountainStandardTime() {
        assertThat(Dates.time(denver(12, 1), Locale.ENGLISH)).endsWith("MST");
        assertThat(Dates.time(denver(12, 1), Locale.forLanguageTag("es"))).isEqualTo("19:00 MST");
    }

    @Test
    void spanishDatesAreWrittenTheSpanishWay() {
        assertThat(Dates.dateTime(denver(12, 1), Locale.forLanguageTag("es")))
                .isEqualTo("martes, 1 de diciembre de 2026, 19:00 MST");
    }

    @Test
    void aMeetingSpanEndsInTheZoneItEndsIn() {
        // 00:30 to 02:30 on 1 Nov 2026 in Denver: the clocks go back during the meeting.
        var start = ZonedDateTime.of(2026, 11, 1, 0, 30, 0, 0, ZoneId.of("America/Denver"));
        assertThat(Dates.span(start, 120, Locale.forLanguageTag("es")))
                .isEqualTo("domingo, 1 de noviembre de 2026, 0:30 MDT – 1:30 MST");
    }

    @Test
    void monthsAreNamedAsEachLanguageNamesThemAndStartWithACapital() {
        assertThat(Dates.month(YearMonth.of(2026, 11), Locale.ENGLISH)).isEqualTo("November 2026");
        assertThat(Dates.month(YearMonth.of(2026, 11), Locale.forLanguageTag("es")))
                .isEqualTo("Noviembre de 2026");
    }
}
