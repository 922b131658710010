package roundtable.meetings;

import java.util.List;

/** The series created and its meetings, first to last. */
public record SeriesScheduled(long seriesId, List<Long> meetingIds) {}
