package roundtable.base.security;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Bucket4j's buckets in the {@code rate_limit_bucket} table, in plain SQL that H2 and PostgreSQL
 * both run (Bucket4j's own JDBC managers are per database and have none for H2). Each attempt is a
 * short transaction on a connection of its own: lock the row (SELECT ... FOR UPDATE), let Bucket4j
 * change the state, write it back with the moment the bucket is full again. So an attempt counts
 * even when the work it guards fails, and two servers counting the same key wait for each other.
 * Time is the client's ({@link TimeMeter} over the application's Clock), so tests can move it.
 */
class DatabaseBuckets extends AbstractSelectForUpdateBasedProxyManager<String> {

    private static final String SELECT = "select state from rate_limit_bucket where bucket_key = ? for update";
    private static final String INSERT = "insert into rate_limit_bucket (bucket_key, expires_at) values (?, 0)";
    private static final String UPDATE = "update rate_limit_bucket set state = ?, expires_at = ? where bucket_key = ?";
    private static final String DELETE = "delete from rate_limit_bucket where bucket_key = ?";
    private static final String DELETE_EXPIRED = "delete from rate_limit_bucket where expires_at < ?";

    private final DataSource dataSource;
    private final TimeMeter time;

    DatabaseBuckets(DataSource dataSource, TimeMeter time) {
        super(ClientSideConfig.getDefault().withClientClock(time));
        this.dataSource = dataSource;
        this.time = time;
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeout) {
        try {
            return new RowTransaction(dataSource.getConnection(), key);
        } catch (SQLException e) {
            throw BucketExceptions.from(e);
        }
    }

    @Override
    public void removeProxy(String key) {
        update(DELETE, key);
    }

    /** Deletes the buckets that are full again: forgetting them changes nobody's limit. */
    int deleteExpired() {
        return update(DELETE_EXPIRED, nowMillis());
    }

    private long nowMillis() {
        return time.currentTimeNanos() / 1_000_000L;
    }

    private int update(String sql, Object parameter) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw BucketExceptions.from(e);
        }
    }

    private final class RowTransaction implements SelectForUpdateBasedTransaction {

        private final Connection connection;
        private final String key;
        private final boolean autoCommitBefore;

        RowTransaction(Connection connection, String key) throws SQLException {
            this.connection = connection;
            this.key = key;
            this.autoCommitBefore = connection.getAutoCommit();
        }

        @Override
        public void begin(Optional<Long> timeout) {
            run(() -> connection.setAutoCommit(false));
        }

        @Override
        public LockAndGetResult tryLockAndGet(Optional<Long> timeout) {
            try (PreparedStatement s = connection.prepareStatement(SELECT)) {
                applyTimeout(s, timeout);
                s.setString(1, key);
                try (ResultSet rows = s.executeQuery()) {
                    return rows.next() ? LockAndGetResult.locked(rows.getBytes(1)) : LockAndGetResult.notLocked();
                }
            } catch (SQLException e) {
                throw BucketExceptions.from(e);
            }
        }

        @Override
        public boolean tryInsertEmptyData(Optional<Long> timeout) {
            try (PreparedStatement s = connection.prepareStatement(INSERT)) {
                applyTimeout(s, timeout);
                s.setString(1, key);
                return s.executeUpdate() == 1;
            } catch (SQLException e) {
                // Another server created the row first (23xxx: integrity constraint). Bucket4j rolls
                // back and starts again, and this time finds the row to lock.
                if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                    return false;
                }
                throw BucketExceptions.from(e);
            }
        }

        @Override
        public void update(byte[] data, RemoteBucketState state, Optional<Long> timeout) {
            long now = time.currentTimeNanos();
            long fullAgainMillis = (now + state.calculateFullRefillingTime(now)) / 1_000_000L;
            try (PreparedStatement s = connection.prepareStatement(UPDATE)) {
                applyTimeout(s, timeout);
                s.setBytes(1, data);
                s.setLong(2, fullAgainMillis);
                s.setString(3, key);
                s.executeUpdate();
            } catch (SQLException e) {
                throw BucketExceptions.from(e);
            }
        }

        @Override
        public void commit(Optional<Long> timeout) {
            run(connection::commit);
        }

        @Override
        public void rollback() {
            run(connection::rollback);
        }

        @Override
        public void release() {
            try {
                connection.setAutoCommit(autoCommitBefore);
            } catch (SQLException e) {
                // The pool resets or discards a connection it cannot reset; closing is what matters.
            }
            run(connection::close);
        }

        private void run(SqlAction action) {
            try {
                action.run();
            } catch (SQLException e) {
                throw BucketExceptions.from(e);
            }
        }
    }

    @FunctionalInterface
    private interface SqlAction {
        void run() throws SQLException;
    }
}
