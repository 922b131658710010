package roundtable.attendance;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingReminderRepository extends JpaRepository<MeetingReminder, Long> {

    boolean existsByMeetingIdAndOffsetMinutesAndSequence(long meetingId, long offsetMinutes, int sequence);
}
