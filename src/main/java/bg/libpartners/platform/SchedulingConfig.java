package bg.libpartners.platform;

import java.time.Clock;
import java.time.ZoneId;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled work runs once per due time across nodes: each {@code @Scheduled} job also carries
 * {@code @SchedulerLock(name = "<module>.<job>")}, and the lock lives in the {@code shedlock} table with the database's
 * clock. What a job sends is still recorded by the job (a "sent" row per recipient and stage), so a job that runs
 * again after a crash does not send twice.
 *
 * <p>The one {@link Clock} of the application, in Bulgarian time, which a test can replace with a fixed one. It lives
 * here, with the platform every module uses, so that a module started alone in its test has it too.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT15M")
class SchedulingConfig {

    static final String ZONE = "Europe/Sofia";

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of(ZONE));
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
