package roundtable.meetings;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    @Query("select a from Attachment a where a.agendaItemId in :itemIds order by a.uploadedAt, a.id")
    List<Attachment> ofItems(Collection<Long> itemIds);

    @Query("select a from Attachment a where a.agendaItemId = :itemId order by a.uploadedAt, a.id")
    List<Attachment> ofItem(long itemId);
}
