package roundtable.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.OptimisticLock;
import roundtable.base.html.RichText;
import roundtable.base.persistence.VersionedEntity;

/** One item of a meeting's agenda. Its place in the order is the agenda's, not the item's own content. */
@Entity
@Table(name = "agenda_item")
class AgendaItem extends VersionedEntity {

    @Column(name = "meeting_id")
    private Long meetingId;

    // Reordering the agenda must not make an open edit of this item look stale.
    @OptimisticLock(excluded = true)
    private int position;

    private String title;

    private String presenter;

    @Column(name = "minutes_allotted")
    private int minutesAllotted;

    @Column(name = "description_html")
    private String descriptionHtml;

    @Column(name = "public_comment")
    private boolean publicComment;

    protected AgendaItem() {}

    AgendaItem(long meetingId, int position, AgendaItemData checked) {
        this.meetingId = meetingId;
        this.position = position;
        change(checked);
    }

    void change(AgendaItemData checked) {
        this.title = checked.title();
        this.presenter = checked.presenter();
        this.minutesAllotted = checked.minutesAllotted();
        this.descriptionHtml = checked.descriptionHtml();
        this.publicComment = checked.publicComment();
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    long getMeetingId() {
        return meetingId;
    }

    int getPosition() {
        return position;
    }

    String getTitle() {
        return title;
    }

    String getPresenter() {
        return presenter;
    }

    int getMinutesAllotted() {
        return minutesAllotted;
    }

    String getDescriptionHtml() {
        return RichText.sanitise(descriptionHtml);
    }

    boolean isPublicComment() {
        return publicComment;
    }
}
