package bg.libpartners.agreement;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the scheduled jobs (reminders before a partnership ends) and gives them a clock in Bulgarian time that a
 * test can replace with a fixed one.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AgreementScheduling {

    static final String ZONE = "Europe/Sofia";

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of(ZONE));
    }
}
