package roundtable.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;

/**
 * How a {@link MeetingPlace} is stored, in the columns of the row that has one: a meeting's, and a
 * poll's (whose meeting takes the place whole). The same column names in both tables, so a place
 * reads the same wherever it is kept. Languages are comma-separated tags: few, and read whole.
 */
@Embeddable
public class PlaceColumns {

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "format")
    private MeetingFormat format;

    @Size(max = MeetingLimits.LOCATION)
    @Column(name = "location")
    private String location;

    @Size(max = MeetingLimits.ROOM)
    @Column(name = "room")
    private String room;

    @Size(max = MeetingLimits.ACCESS_NOTES)
    @Column(name = "access_notes")
    private String accessNotes;

    @Size(max = MeetingLimits.URL)
    @Column(name = "online_url")
    private String onlineUrl;

    @Size(max = MeetingLimits.DIAL_IN)
    @Column(name = "dial_in")
    private String dialIn;

    @Column(name = "languages_offered")
    private String languagesOffered;

    protected PlaceColumns() {}

    public static PlaceColumns of(MeetingPlace place) {
        PlaceColumns columns = new PlaceColumns();
        columns.format = place.format();
        columns.location = place.location();
        columns.room = place.room();
        columns.accessNotes = place.accessNotes();
        columns.onlineUrl = place.onlineUrl();
        columns.dialIn = place.dialIn();
        columns.languagesOffered = String.join(",", place.languagesOffered());
        return columns;
    }

    public MeetingPlace place() {
        List<String> languages = languagesOffered == null || languagesOffered.isBlank()
                ? List.of()
                : Arrays.stream(languagesOffered.split(",")).map(String::strip).toList();
        return new MeetingPlace(format, location, room, accessNotes, onlineUrl, dialIn, languages);
    }
}
