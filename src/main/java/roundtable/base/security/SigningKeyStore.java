package roundtable.base.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The key personal links are signed with: the {@code roundtable.signing-key} setting when an
 * operator gives one (several servers must share it), otherwise a random key made on first
 * use and kept in the database, so links already emailed keep working after a restart.
 */
@Component
class SigningKeyStore {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyStore.class);
    private static final String NAME = "links";
    private static final int MIN_CONFIGURED_LENGTH = 32;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final String configured;
    private volatile byte[] key;

    SigningKeyStore(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${roundtable.signing-key:}") String configured) {
        this.jdbc = jdbc;
        // Its own transaction: the first link may be checked inside a caller's read-only one.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.configured = configured;
    }

    byte[] key() {
        byte[] current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = loadOrCreate();
                }
                current = key;
            }
        }
        return current;
    }

    private byte[] loadOrCreate() {
        try {
            return ownTransaction.execute(tx -> load());
        } catch (DuplicateKeyException e) {
            // Another server made one at the same moment; everyone uses the one that was stored.
            return ownTransaction.execute(tx -> load());
        }
    }

    private byte[] load() {
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < MIN_CONFIGURED_LENGTH) {
                log.warn(
                        "roundtable.signing-key is shorter than {} characters: personal links are easier to forge",
                        MIN_CONFIGURED_LENGTH);
            }
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        List<String> stored = jdbc.queryForList("select secret from signing_key where name = ?", String.class, NAME);
        if (!stored.isEmpty()) {
            return Base64.getDecoder().decode(stored.getFirst());
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        jdbc.update(
                "insert into signing_key (name, secret, created_at) values (?, ?, ?)",
                NAME,
                Base64.getEncoder().encodeToString(fresh),
                Timestamp.from(clock.instant()));
        return fresh;
    }
}
