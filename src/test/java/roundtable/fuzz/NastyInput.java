package roundtable.fuzz;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * What people (and scripts) type into forms when nobody expects it: nothing, blanks, a novel,
 * other scripts, invisible and control characters, half an emoji, SQL, markup, format strings and
 * paths; plus numbers and dates at and past every edge. Shared by every bad-input property, so a
 * new nasty case reaches every form at once.
 */
public final class NastyInput {

    static final String[] FRAGMENTS = {
        "",
        " ",
        "   ",
        "\t",
        "\n",
        "\r\n",
        "\u00a0",
        "\u2003",
        "\u3000",
        "' OR 1=1 --",
        "'; DROP TABLE person; --",
        "\" OR \"\"=\"",
        "1; SELECT * FROM person",
        "%' --",
        "\\",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "\"><svg onload=alert(1)>",
        "javascript:alert(1)",
        "</textarea>",
        "&lt;b&gt;",
        "<!--",
        "]]>",
        "{0}",
        "{0,choice,0#x}",
        "%s",
        "%n",
        "%d%d%d",
        "${7*7}",
        "#{7*7}",
        "{{7*7}}",
        "../../etc/passwd",
        "..\\..\\windows\\win.ini",
        "/dev/null",
        "C:\\CON",
        "file:///etc/passwd",
        "=cmd|' /C calc'!A0",
        "+1",
        "-1",
        "@SUM(1)",
        "\u202eevil\u202c",
        "\u200f\u05e9\u05dc\u05d5\u05dd",
        "مرحبا",
        "e\u0301\u0301\u0301",
        "Z\u0351\u0352\u0353\u0354\u0355",
        "\ud83d\ude00",
        "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67",
        "\ud83c\uddf2\ud83c\uddfd",
        "\ud83d",
        "\ude00",
        "\u200b",
        "\u200d",
        "\ufeff",
        "\u0000",
        "\u0007",
        "\u001b[31m",
        "\u007f",
        "\u0085",
        "\u009b",
        "\ufffe",
        "\uffff",
        "José Núñez",
        "Nguyễn Thị",
        "王小明",
        "Ｆｕｌｌ",
        "Ⅻ",
        "ß",
        "İ"
    };

    private NastyInput() {}

    /** Any text a form field might receive, from nothing to 100,000 characters. */
    public static Gen<String> text() {
        return Gen.weighted(3, Gen.of(FRAGMENTS), 4, mixed(), 1, huge(), 1, Gen.anyChars(40), 2, plausible());
    }

    /**
     * For forms of several fields: mostly what a careful person types, sometimes the worst, so that
     * each nasty value meets a form that is otherwise fine and its own check has to catch it.
     */
    public static Gen<String> field() {
        return Gen.weighted(3, plausible(), 2, text());
    }

    /** Ordinary words and the odd character around a nasty fragment, so a check that only looks at the whole value is passed by. */
    static Gen<String> mixed() {
        Gen<String> fragment = Gen.of(FRAGMENTS);
        return random ->
                plausible().next(random) + fragment.next(random) + plausible().next(random);
    }

    /** What a careful person would type: must be accepted by every free-text field. */
    public static Gen<String> plausible() {
        return Gen.of(
                "Budget",
                "Ana María",
                "Room 101",
                "O'Brien",
                "Sitzung über Haushalt",
                "Reunión del DAC",
                "Q&A",
                "2026-27 plan",
                "\ud83d\ude42 welcome",
                "Nguyễn Thị Minh");
    }

    /** 10,000 to 100,000 characters, in one script or several. */
    static Gen<String> huge() {
        Gen<String> unit = Gen.of("a", "é", "\ud83d\ude00", "<b>x</b>", " ", "&");
        Gen<Integer> length = Gen.between(10_000, 100_000);
        return random -> {
            String u = unit.next(random);
            return u.repeat(Math.max(1, length.next(random) / u.length()));
        };
    }

    /** Something that looks like an email address, often with a nasty fragment inside it. */
    public static Gen<String> email() {
        Gen<String> fragment = Gen.of(FRAGMENTS);
        return Gen.weighted(
                3,
                text(),
                2,
                Gen.of("fuzz@example.org", "  Fuzz.Person@Example.ORG ", "n\u00fa\u00f1ez@ejemplo.es"),
                3,
                fragment.map(f -> "fuzz" + f + "@example.org"),
                1,
                fragment.map(f -> "fuzz@exa" + f + "mple.org"),
                1,
                Gen.between(300, 400).map(n -> "a".repeat(n) + "@example.org"));
    }

    /** Whole numbers at the edges: negative, zero, the usual and the absurd. */
    public static Gen<Integer> count() {
        return Gen.oneOf(
                Gen.of(Integer.MIN_VALUE, -1, 0, 1, 2, 99, 1000, Integer.MAX_VALUE), random -> random.nextInt());
    }

    /** Days from long before the district to far beyond any meeting. */
    public static Gen<LocalDate> date() {
        return Gen.oneOf(
                Gen.of(
                        LocalDate.of(1, 1, 1),
                        LocalDate.of(1900, 1, 1),
                        LocalDate.of(1970, 1, 1),
                        LocalDate.of(2026, 3, 8),
                        LocalDate.of(2026, 11, 1),
                        LocalDate.of(9999, 12, 31),
                        LocalDate.of(-5000, 1, 1),
                        LocalDate.of(100_000, 1, 1)),
                Gen.between(-400, 4000).map(days -> LocalDate.of(2026, 11, 23).plusDays(days)));
    }

    /**
     * Local start times for a meeting in America/Denver, including those the clocks skip (the
     * spring-forward gap, 02:00–03:00 on 14 March 2027) and repeat (01:00–02:00 on 1 November 2026 and 7 November 2027).
     */
    public static Gen<LocalDateTime> meetingStart() {
        Gen<LocalDate> day = date();
        Gen<Integer> minute = Gen.between(0, 24 * 60 - 1);
        return Gen.oneOf(
                Gen.of(
                        LocalDateTime.of(2027, 3, 14, 2, 30),
                        LocalDateTime.of(2027, 3, 14, 2, 0),
                        LocalDateTime.of(2026, 11, 1, 1, 30),
                        LocalDateTime.of(2027, 11, 7, 1, 59)),
                random -> day.next(random).atTime(LocalTime.MIN.plusMinutes(minute.next(random))));
    }
}
