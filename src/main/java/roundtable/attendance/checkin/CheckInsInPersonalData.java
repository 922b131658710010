package roundtable.attendance.checkin;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import roundtable.people.PersonalDataContributor;

/**
 * The meetings a person was checked in at, for their personal-data export. Nothing needs erasing
 * when they are anonymised: a check-in copies nothing about them (their name is read from their
 * profile, which is erased), and that a seat's holder was present stays in the record, as their
 * memberships do, so the quorum of past meetings does not change.
 */
@Component
@Transactional(readOnly = true)
class CheckInsInPersonalData implements PersonalDataContributor {

    record Attended(long meetingId, AttendanceMode mode, Instant checkedInAt) {}

    private final CheckInRepository checkIns;

    CheckInsInPersonalData(CheckInRepository checkIns) {
        this.checkIns = checkIns;
    }

    @Override
    public String section() {
        return "checkIns";
    }

    @Override
    public List<Attended> personalDataOf(long personId) {
        return checkIns.findByPersonIdOrderByCheckedInAt(personId).stream()
                .map(c -> new Attended(c.getMeetingId(), c.getMode(), c.getCheckedInAt()))
                .toList();
    }
}
