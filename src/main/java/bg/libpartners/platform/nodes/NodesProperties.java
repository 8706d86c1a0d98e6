package bg.libpartners.platform.nodes;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of running as several nodes ({@code libpartners.nodes.*}; README, "Run on several nodes").
 *
 * @param several several nodes over one PostgreSQL: sessions in the database, signals between nodes
 * @param name this node's name (its search index folder, its signals); empty: the host's name
 * @param search how the nodes' search indexes keep in step: {@code broadcast} (each node its own Lucene index) or
 *     {@code outbox-polling} (a shared backend)
 * @param health when the readiness check reports the event publication registry as stuck
 */
@ConfigurationProperties("libpartners.nodes")
public record NodesProperties(
        @DefaultValue("false") boolean several,
        @DefaultValue("") String name,
        @DefaultValue("broadcast") String search,
        @DefaultValue Health health) {

    /**
     * @param stuckPublications down when at least this many publications are still incomplete
     * @param stuckAfter this long after they were published
     */
    public record Health(
            @DefaultValue("50") int stuckPublications,
            @DefaultValue("30m") Duration stuckAfter) {}
}
