package roundtable.meetings;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where agenda attachments are kept and how large one may be (ATTACHMENTS_DIR,
 * ATTACHMENT_MAX_SIZE). The directory must survive restarts and deployments: back it up
 * with the database.
 */
@ConfigurationProperties("roundtable.storage")
record AttachmentStorageProperties(
        @DefaultValue("./data/attachments") Path attachmentsDir,
        @DefaultValue("20MB") DataSize attachmentMaxSize) {}
