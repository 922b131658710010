package roundtable.meetings;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Removes a discarded draft's agenda and papers. The files go only once the database has let go
 * of them, so a rolled-back discard leaves every link working.
 */
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
        List<Attachment> files = attachments.ofItems(agenda.stream().map(AgendaItem::getId).toList());
        attachments.deleteAll(files);
        items.deleteAll(agenda);
        List<String> keys = files.stream().map(Attachment::getStorageKey).toList();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                keys.forEach(store::delete);
            }
        });
    }
}
