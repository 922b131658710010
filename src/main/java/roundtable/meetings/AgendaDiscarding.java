package roundtable.meetings;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Removes a discarded draft's agenda and papers; the files go once the discard commits. */
@Component
class AgendaDiscarding {

    private final AgendaItemRepository items;
    private final AttachmentRepository attachments;
    private final AttachmentStore store;

    AgendaDiscarding(AgendaItemRepository items, AttachmentRepository attachments, AttachmentStore store) {
        this.items = items;
        this.attachments = attachments;
        this.store = store;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void discardAgendaOf(long meetingId) {
        List<AgendaItem> agenda = items.agendaOf(meetingId);
        List<Attachment> files =
                attachments.ofItems(agenda.stream().map(AgendaItem::getId).toList());
        attachments.deleteAll(files);
        items.deleteAll(agenda);
        files.forEach(f -> store.deleteAfterCommit(f.getStorageKey()));
    }
}
