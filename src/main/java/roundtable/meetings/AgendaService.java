package roundtable.meetings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import roundtable.audit.AuditEntry;
import roundtable.audit.AuditService;
import roundtable.base.RuleViolationException;
import roundtable.base.security.Open;

/**
 * A meeting's agenda: ordered items with their attachments. Anyone who may see the meeting
 * reads it; the body's chair, vice-chair and secretary (and administrators) change it, as each
 * method's rule says through {@link MeetingBodies}. The files themselves are uploaded, removed
 * and opened through {@link AttachmentService}; removing an item here takes its files with it.
 */
@Service
@Transactional(readOnly = true)
public class AgendaService {

    private final AgendaItemRepository items;
    private final AttachmentRepository attachments;
    private final MeetingRepository meetingRows;
    private final MeetingService meetings;
    private final AttachmentStore store;
    private final AuditService audit;

    AgendaService(
            AgendaItemRepository items,
            AttachmentRepository attachments,
            MeetingRepository meetingRows,
            MeetingService meetings,
            AttachmentStore store,
            AuditService audit) {
        this.items = items;
        this.attachments = attachments;
        this.meetingRows = meetingRows;
        this.meetings = meetings;
        this.store = store;
        this.audit = audit;
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

    private static String describe(AgendaItem item) {
        return "title: " + item.getTitle() + "; presenter: " + (item.getPresenter() == null ? "" : item.getPresenter())
                + "; minutes: " + item.getMinutesAllotted() + "; public comment: "
                + (item.isPublicComment() ? "yes" : "no");
    }
}
