package roundtable.languageservices;

import java.util.List;
import roundtable.attendance.InterpretationMode;
import roundtable.attendance.MeetingFacts;
import roundtable.attendance.RequestKind;

/**
 * One line of the vendor export: a meeting, a language and a mode, how many people, and who is
 * assigned. No requester's name or details leave the district.
 */
public record VendorRow(
        MeetingFacts meeting,
        String joinLink,
        String dialIn,
        RequestKind kind,
        String languageTag,
        InterpretationMode mode,
        long people,
        long confirmed,
        List<String> interpreterNames) {}
