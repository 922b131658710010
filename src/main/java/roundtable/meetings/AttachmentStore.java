package roundtable.meetings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Attachment bytes on disk, one file per attachment named by a random key (never by the
 * uploader's file name). A file appears under its key only once it is complete and synced:
 * it is written to a temporary file in the same directory and then moved in one step.
 */
@Component
class AttachmentStore {

    private static final Logger log = LoggerFactory.getLogger(AttachmentStore.class);
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;

    AttachmentStore(AttachmentStorageProperties properties) throws IOException {
        this.directory = properties.attachmentsDir().toAbsolutePath().normalize();
        Files.createDirectories(directory);
    }

    /** A file received completely but not yet given its key. */
    record Received(Path temporary, long size, String sha256) {}

    /** A file stored under its key. */
    record StoredFile(String key, long size, String sha256) {}

    /** Thrown while receiving, as soon as more than the limit has arrived; nothing is left on disk. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Copies the upload to a temporary file, counting and hashing as it goes; stops past {@code maxBytes}. */
    Received receive(InputStream content, long maxBytes) throws IOException {
        Path temporary = Files.createTempFile(directory, ".upload-", ".tmp");
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), sha256)) {
                size = copy(content, out, maxBytes);
                out.flush();
                channel.force(true);
            }
            return new Received(temporary, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        } catch (NoSuchAlgorithmException e) {
            Files.deleteIfExists(temporary);
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Gives a received file its random key, in one atomic move. */
    StoredFile keep(Received received) throws IOException {
        String key = HexFormat.of().formatHex(randomBytes());
        Files.move(received.temporary(), path(key), StandardCopyOption.ATOMIC_MOVE);
        return new StoredFile(key, received.size(), received.sha256());
    }

    void discard(Received received) {
        delete(received.temporary());
    }

    InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    /** Deletes a stored file; a failure is logged, since the row that pointed to it is already gone. */
    void delete(String key) {
        delete(path(key));
    }

    /**
     * Deletes the file once the transaction that removed its row commits, so a rolled-back removal
     * leaves every link working.
     */
    void deleteAfterCommit(String key) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                delete(key);
            }
        });
    }

    private void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete attachment file {}: {}", file.getFileName(), e.toString());
        }
    }

    private Path path(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a storage key");
        }
        return directory.resolve(key);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static long copy(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read; (read = in.read(buffer)) != -1; ) {
            total += read;
            if (total > maxBytes) {
                throw new TooLargeException();
            }
            out.write(buffer, 0, read);
        }
        return total;
    }
}
