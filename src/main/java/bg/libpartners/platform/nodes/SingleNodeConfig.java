package bg.libpartners.platform.nodes;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One node (the default): sessions in memory, search indexed in the writing thread, signals go nowhere. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "libpartners.nodes.several", havingValue = "false", matchIfMissing = true)
class SingleNodeConfig {

    @Bean
    NodeSignals nodeSignals() {
        return new LocalNodeSignals();
    }
}
