package roundtable.meetings;

import java.util.List;

/** One agenda item with its attachments, numbered from 1 in the agenda's order. */
public record AgendaItemSummary(
        long id,
        long version,
        long meetingId,
        int number,
        String title,
        String presenter,
        int minutesAllotted,
        String descriptionHtml,
        boolean publicComment,
        List<AttachmentSummary> attachments) {

    static AgendaItemSummary of(AgendaItem item, int number, List<AttachmentSummary> attachments) {
        return new AgendaItemSummary(
                item.getId(),
                item.getVersion(),
                item.getMeetingId(),
                number,
                item.getTitle(),
                item.getPresenter(),
                item.getMinutesAllotted(),
                item.getDescriptionHtml(),
                item.isPublicComment(),
                List.copyOf(attachments));
    }

    /** What the editor's form starts from. */
    public AgendaItemData data() {
        return new AgendaItemData(title, presenter, minutesAllotted, descriptionHtml, publicComment);
    }
}
