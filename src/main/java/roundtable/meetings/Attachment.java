package roundtable.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import roundtable.base.persistence.VersionedEntity;

/** A file attached to an agenda item: what was checked on upload, and the key its bytes are stored under. */
@Entity
@Table(name = "attachment")
class Attachment extends VersionedEntity {

    @Column(name = "agenda_item_id")
    private Long agendaItemId;

    @Column(name = "original_name")
    private String originalName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    @Column(name = "storage_key")
    private String storageKey;

    private String sha256;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @Column(name = "uploaded_by")
    private Long uploadedBy;

    protected Attachment() {}

    Attachment(
            long agendaItemId,
            String originalName,
            String contentType,
            AttachmentStore.StoredFile file,
            Instant uploadedAt,
            Long uploadedBy) {
        this.agendaItemId = agendaItemId;
        this.originalName = originalName;
        this.contentType = contentType;
        this.sizeBytes = file.size();
        this.storageKey = file.key();
        this.sha256 = file.sha256();
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    long getAgendaItemId() {
        return agendaItemId;
    }

    String getOriginalName() {
        return originalName;
    }

    String getContentType() {
        return contentType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    String getStorageKey() {
        return storageKey;
    }

    String getSha256() {
        return sha256;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }
}
