package bg.libpartners.platform.nodes;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * One node (the default): sessions in memory, search indexed in the writing thread, signals go nowhere, and the event
 * publications left incomplete by the previous run resubmitted at start ({@link PublicationResubmission}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "libpartners.nodes.several", havingValue = "false", matchIfMissing = true)
class SingleNodeConfig {

    @Bean
    NodeSignals nodeSignals() {
        return new LocalNodeSignals();
    }

    /** After every bean is made, as Spring Modulith's own republish-on-restart did. */
    @Bean
    SmartInitializingSingleton resubmitPublicationsAtStart(ObjectProvider<IncompleteEventPublications> publications) {
        return () -> publications.ifAvailable(
                p -> new PublicationResubmission(p, Clock.systemUTC(), Duration.ZERO).atStart());
    }
}
