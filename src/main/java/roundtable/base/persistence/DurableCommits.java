package roundtable.base.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * A commit H2 has acknowledged survives the server being killed. By default H2 writes committed
 * changes to its file in the background up to half a second later (WRITE_DELAY 500 ms), so a
 * server killed outright forgot its last half second: emails handed to the SMTP server and
 * recorded as sent were sent again after the restart. With WRITE_DELAY=0 on the address H2 is
 * opened with, each commit is in the file when it returns (about 2 ms more per commit here). It
 * must be on the address: {@code SET WRITE_DELAY} is forgotten when the database closes and opens
 * again. PostgreSQL commits are durable already, and an in-memory H2 has no file to lose.
 */
@Component
class DurableCommits implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
            apply(pool);
        }
        return bean;
    }

    /** Returns whether the pool's database is an H2 file that now writes each commit at once; a WRITE_DELAY given is kept. */
    static boolean apply(HikariDataSource pool) {
        String url = pool.getJdbcUrl();
        if (!isH2File(url) || url.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=")) {
            return false;
        }
        pool.setJdbcUrl(url + ";WRITE_DELAY=0");
        return true;
    }

    static boolean isH2File(String url) {
        return url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
    }
}
