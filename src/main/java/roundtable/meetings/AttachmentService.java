package roundtable.meetings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import roundtable.audit.AuditEntry;
import roundtable.audit.AuditService;
import roundtable.base.RuleViolationException;
import roundtable.base.security.CurrentUser;
import roundtable.base.security.Open;

/**
 * The papers of an agenda's items: uploading them within the size and type limits, removing them,
 * and opening them for whoever may see the meeting. Kept apart from {@link AgendaService} because
 * files bring their own concerns (the store on disk, content checks, limits) that the item list has not.
 * Nothing is ever half-saved: a file is only kept if its row commits, and a row is only
 * written once its file is complete on disk.
 */
@Service
@Transactional(readOnly = true)
public class AttachmentService {

    private final AgendaItemRepository items;
    private final AttachmentRepository attachments;
    private final MeetingRepository meetingRows;
    private final MeetingService meetings;
    private final AttachmentStore store;
    private final AttachmentStorageProperties storage;
    private final AuditService audit;
    private final Clock clock;

    AttachmentService(
            AgendaItemRepository items,
            AttachmentRepository attachments,
            MeetingRepository meetingRows,
            MeetingService meetings,
            AttachmentStore store,
            AttachmentStorageProperties storage,
            AuditService audit,
            Clock clock) {
        this.items = items;
        this.attachments = attachments;
        this.meetingRows = meetingRows;
        this.meetings = meetings;
        this.store = store;
        this.storage = storage;
        this.audit = audit;
        this.clock = clock;
    }

    @Open(reason = "a setting the upload form states to everyone")
    public long maxAttachmentBytes() {
        return storage.attachmentMaxSize().toBytes();
    }

    /** The file name endings an attachment may have, with their dots: ".pdf", ".docx", … */
    @Open(reason = "a setting the upload form states to everyone")
    public List<String> acceptedExtensions() {
        return List.of(AttachmentTypes.extensions());
    }

    /**
     * Stores a file for an item. The name's extension must be an accepted kind and the
     * file's own bytes must agree; the browser's stated type is not trusted, so it is not asked for.
     */
    @Transactional
    @PreAuthorize("@committeeAccess.canRecord(@meetingBodies.ofAgendaItem(#itemId))")
    public AttachmentSummary attach(long itemId, String fileName, InputStream content, long size) {
        AgendaItem item = items.findById(itemId).orElseThrow(() -> gone(itemId));
        long bodyId = bodyOf(item.getMeetingId());
        String name = AttachmentNames.clean(fileName);
        AttachmentTypes.Kind kind = AttachmentTypes.claimedBy(name)
                .orElseThrow(() -> new RuleViolationException(
                        "file", "agenda.attachment.type-refused", String.join(", ", AttachmentTypes.extensions())));
        long max = maxAttachmentBytes();
        if (size > max) {
            throw tooLarge(max);
        }
        AttachmentStore.StoredFile stored = storeChecked(content, kind, max);
        deleteFileUnlessCommitted(stored.key());
        Attachment saved = attachments.save(new Attachment(
                itemId,
                name,
                kind.contentType(),
                stored,
                clock.instant(),
                CurrentUser.personId().orElse(null)));
        audit.record(new AuditEntry(
                "agenda.attachment-added",
                "attachment",
                saved.getId(),
                bodyId,
                "Attachment added to " + item.getTitle() + ": " + name,
                null,
                name + " (" + kind.contentType() + ", " + stored.size() + " bytes, sha-256 " + stored.sha256() + ")"));
        return AttachmentSummary.of(saved, item.getMeetingId());
    }

    @Transactional
    @PreAuthorize("@committeeAccess.canRecord(@meetingBodies.ofAttachment(#attachmentId))")
    public void removeAttachment(long attachmentId) {
        Attachment attachment = attachments
                .findById(attachmentId)
                .orElseThrow(() -> new OptimisticLockingFailureException("Attachment " + attachmentId + " is gone"));
        AgendaItem item =
                items.findById(attachment.getAgendaItemId()).orElseThrow(() -> gone(attachment.getAgendaItemId()));
        long bodyId = bodyOf(item.getMeetingId());
        attachments.delete(attachment);
        store.deleteAfterCommit(attachment.getStorageKey());
        audit.record(new AuditEntry(
                "agenda.attachment-removed",
                "attachment",
                attachmentId,
                bodyId,
                "Attachment removed from " + item.getTitle() + ": " + attachment.getOriginalName(),
                attachment.getOriginalName(),
                null));
    }

    /** An attachment for someone who may see its meeting; for anyone else it does not exist. */
    @Open(reason = "an attachment of a meeting the reader may see; nothing for everyone else")
    public Optional<AttachmentContent> openAttachment(long attachmentId) {
        return attachments
                .findById(attachmentId)
                .flatMap(a -> items.findById(a.getAgendaItemId())
                        .filter(item -> meetings.find(item.getMeetingId()).isPresent())
                        .map(item -> new AttachmentContent(
                                AttachmentSummary.of(a, item.getMeetingId()), () -> store.open(a.getStorageKey()))));
    }

    private AttachmentStore.StoredFile storeChecked(InputStream content, AttachmentTypes.Kind kind, long max) {
        AttachmentStore.Received received;
        try {
            received = store.receive(content, max);
        } catch (AttachmentStore.TooLargeException e) {
            throw tooLarge(max);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an attachment", e);
        }
        try {
            if (received.size() == 0) {
                throw new RuleViolationException("file", "agenda.attachment.empty");
            }
            if (!AttachmentTypes.confirms(kind, received.temporary())) {
                throw new RuleViolationException("file", "agenda.attachment.content-refused");
            }
            return store.keep(received);
        } catch (IOException e) {
            store.discard(received);
            throw new UncheckedIOException("Could not store an attachment", e);
        } catch (RuntimeException e) {
            store.discard(received);
            throw e;
        }
    }

    private static RuleViolationException tooLarge(long max) {
        return new RuleViolationException("file", "agenda.attachment.too-large", max / (1024 * 1024));
    }

    private static OptimisticLockingFailureException gone(long itemId) {
        return new OptimisticLockingFailureException("Agenda item " + itemId + " was removed");
    }

    /** The meeting's body, for the audit trail. */
    private long bodyOf(long meetingId) {
        return meetingRows
                .bodyOfMeeting(meetingId)
                .orElseThrow(() -> new AccessDeniedException("No meeting " + meetingId));
    }

    private void deleteFileUnlessCommitted(String key) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    store.delete(key);
                }
            }
        });
    }
}
