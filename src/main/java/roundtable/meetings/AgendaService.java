package roundtable.meetings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * A meeting's agenda: ordered items with their attachments. Anyone who may see the meeting
 * reads it; the body's chair, vice-chair and secretary (and administrators) change it, as each
 * method's rule says through {@link MeetingBodies}.
 * Nothing is ever half-saved: a file is only kept if its row commits, and a row is only
 * written once its file is complete on disk.
 */
@Service
@Transactional(readOnly = true)
public class AgendaService {

    private final AgendaItemRepository items;
    private final AttachmentRepository attachments;
    private final MeetingRepository meetingRows;
    private final MeetingService meetings;
    private final AttachmentStore store;
    private final AttachmentStorageProperties storage;
    private final AuditService audit;
    private final Clock clock;

    AgendaService(
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

    /** The agenda in order, for whoever may see the meeting; empty for everyone else. */
    @Open(reason = "the agenda of a meeting the reader may see; empty for everyone else")
    public List<AgendaItemSummary> agendaOf(long meetingId) {
        if (meetings.find(meetingId).isEmpty()) {
            return List.of();
        }
        List<AgendaItem> agenda = items.agendaOf(meetingId);
        Map<Long, List<AttachmentSummary>> files = agenda.isEmpty()
                ? Map.of()
                : attachments.ofItems(agenda.stream().map(AgendaItem::getId).toList()).stream()
                        .collect(Collectors.groupingBy(
                                Attachment::getAgendaItemId,
                                Collectors.mapping(a -> AttachmentSummary.of(a, meetingId), Collectors.toList())));
        List<AgendaItemSummary> result = new ArrayList<>(agenda.size());
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItem item = agenda.get(i);
            result.add(AgendaItemSummary.of(item, i + 1, files.getOrDefault(item.getId(), List.of())));
        }
        return result;
    }

    /** Whether the signed-in person keeps this meeting's agenda: its body's chair, vice-chair or secretary. */
    @Open(reason = "a question about the person asking: whether to show the agenda's editing actions")
    public boolean mayEdit(long meetingId) {
        return meetings.canManage(meetingId);
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

    @Transactional
    @PreAuthorize("@committeeAccess.canRecord(@meetingBodies.ofMeeting(#meetingId))")
    public long addAgendaItem(long meetingId, AgendaItemData data) {
        AgendaItemData checked = data.checked();
        long bodyId = lockForEditing(meetingId);
        AgendaItem item =
                items.save(new AgendaItem(meetingId, items.agendaOf(meetingId).size() + 1, checked));
        audit.record(new AuditEntry(
                "agenda.item-added",
                "agenda-item",
                item.getId(),
                bodyId,
                "Agenda item added: " + item.getTitle(),
                null,
                describe(item)));
        return item.getId();
    }

    @Transactional
    @PreAuthorize("@committeeAccess.canRecord(@meetingBodies.ofAgendaItem(#itemId))")
    public void updateAgendaItem(long itemId, long expectedVersion, AgendaItemData data) {
        AgendaItemData checked = data.checked();
        AgendaItem item = items.findById(itemId).orElseThrow(() -> gone(itemId));
        long bodyId = bodyOf(item.getMeetingId());
        checkVersion(item, expectedVersion);
        String before = describe(item);
        item.change(checked);
        audit.record(new AuditEntry(
                "agenda.item-changed",
                "agenda-item",
                itemId,
                bodyId,
                "Agenda item changed: " + item.getTitle(),
                before,
                describe(item)));
    }

    /** Removes an item with its attachments; their files go once the removal has committed. */
    @Transactional
    @PreAuthorize("@committeeAccess.canRecord(@meetingBodies.ofAgendaItem(#itemId))")
    public void removeAgendaItem(long itemId, long expectedVersion) {
        AgendaItem item = items.findById(itemId).orElseThrow(() -> gone(itemId));
        long meetingId = item.getMeetingId();
        long bodyId = lockForEditing(meetingId);
        checkVersion(item, expectedVersion);
        List<Attachment> files = attachments.ofItem(itemId);
        attachments.deleteAll(files);
        items.delete(item);
        renumber(items.agendaOf(meetingId).stream()
                .filter(i -> !i.getId().equals(itemId))
                .toList());
        files.forEach(f -> store.deleteAfterCommit(f.getStorageKey()));
        audit.record(new AuditEntry(
                "agenda.item-removed",
                "agenda-item",
                itemId,
                bodyId,
                "Agenda item removed: " + item.getTitle(),
                describe(item),
                null));
    }

    /** Puts one item at a place in the order, counted from 1; the others close up around it. */
    @Transactional
    @PreAuthorize("@committeeAccess.canRecord(@meetingBodies.ofAgendaItem(#itemId))")
    public void moveAgendaItem(long itemId, int newPosition) {
        AgendaItem item = items.findById(itemId).orElseThrow(() -> gone(itemId));
        long bodyId = lockForEditing(item.getMeetingId());
        List<AgendaItem> order = new ArrayList<>(items.agendaOf(item.getMeetingId()));
        if (newPosition < 1 || newPosition > order.size()) {
            throw new RuleViolationException("position", "agenda.position.range", order.size());
        }
        order.removeIf(i -> i.getId().equals(itemId));
        order.add(newPosition - 1, item);
        renumber(order);
        audit.record(new AuditEntry(
                "agenda.reordered",
                "meeting",
                item.getMeetingId(),
                bodyId,
                "Agenda item moved to place " + newPosition + ": " + item.getTitle(),
                null,
                null));
    }

    /** Sets the whole order at once; refused if the agenda gained or lost items since the caller read it. */
    @Transactional
    @PreAuthorize("@committeeAccess.canRecord(@meetingBodies.ofMeeting(#meetingId))")
    public void reorderAgenda(long meetingId, List<Long> orderedIds) {
        long bodyId = lockForEditing(meetingId);
        Map<Long, AgendaItem> byId =
                items.agendaOf(meetingId).stream().collect(Collectors.toMap(AgendaItem::getId, Function.identity()));
        if (orderedIds.size() != byId.size() || !byId.keySet().equals(new HashSet<>(orderedIds))) {
            throw new OptimisticLockingFailureException(
                    "Agenda of meeting " + meetingId + " changed since it was read");
        }
        renumber(orderedIds.stream().map(byId::get).toList());
        audit.record(new AuditEntry("agenda.reordered", "meeting", meetingId, bodyId, "Agenda reordered", null, null));
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

    /** Refuses a change made from an outdated copy of the item. */
    private static void checkVersion(AgendaItem item, long expectedVersion) {
        if (item.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Agenda item " + item.getId() + " changed since it was read");
        }
    }

    private static OptimisticLockingFailureException gone(long itemId) {
        return new OptimisticLockingFailureException("Agenda item " + itemId + " was removed");
    }

    /** The meeting's body, for the audit trail. */
    private long bodyOf(long meetingId) {
        return meetingRows.bodyOfMeeting(meetingId).orElseThrow(() -> noMeeting(meetingId));
    }

    /** As {@link #bodyOf}, holding the meeting's row until commit so order changes take turns. */
    private long lockForEditing(long meetingId) {
        return items.lockMeeting(meetingId).map(Meeting::getBodyId).orElseThrow(() -> noMeeting(meetingId));
    }

    private static AccessDeniedException noMeeting(long meetingId) {
        return new AccessDeniedException("No meeting " + meetingId);
    }

    private static void renumber(List<AgendaItem> order) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).getPosition() != i + 1) {
                order.get(i).moveTo(i + 1);
            }
        }
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

    private static String describe(AgendaItem item) {
        return "title: " + item.getTitle() + "; presenter: " + (item.getPresenter() == null ? "" : item.getPresenter())
                + "; minutes: " + item.getMinutesAllotted() + "; public comment: "
                + (item.isPublicComment() ? "yes" : "no");
    }
}
