package roundtable.base;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs marked {@code @SchedulerLock} run on one server at a time (decision 0020): the
 * first to take the job's row in the {@code shedlock} table runs it, the others skip that turn.
 * Lock times are the database's own clock, so servers whose clocks differ still agree.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class ScheduledOnceConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource, @Value("${roundtable.instance-name:}") String instanceName) {
        var configuration = JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime();
        if (!instanceName.isBlank()) {
            // Shown in the shedlock table's locked_by; the host name otherwise.
            configuration.withLockedByValue(instanceName);
        }
        return new JdbcTemplateLockProvider(configuration.build());
    }
}
