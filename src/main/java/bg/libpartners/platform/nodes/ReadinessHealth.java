package bg.libpartners.platform.nodes;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What readiness ({@code /actuator/health/readiness}) asks besides the database ({@code db}): the search backend
 * answers ({@code search}), the event publication registry does not hold publications that stay incomplete
 * ({@code eventPublications}), and, on several nodes, the node listens to the others ({@code nodeSignals}). A node
 * that is not ready gets no traffic from the load balancer; each check is asked again on the next probe, so a node
 * whose database came back is ready again by itself (the connection pool connects anew).
 */
@Configuration(proxyBeanMethods = false)
class ReadinessHealth {

    /** One query of the first indexed type: Lucene opens its index, OpenSearch answers over the network. */
    @Bean
    HealthIndicator searchHealthIndicator(EntityManagerFactory entityManagerFactory) {
        return new AbstractHealthIndicator("search backend not answering") {
            @Override
            protected void doHealthCheck(Health.Builder builder) {
                var types = Search.mapping(entityManagerFactory).allIndexedEntities();
                if (types.isEmpty()) {
                    builder.up();
                    return;
                }
                var type = types.iterator().next();
                try (var entityManager = entityManagerFactory.createEntityManager()) {
                    long documents = Search.session(entityManager)
                            .search(type.javaClass())
                            .where(f -> f.matchAll())
                            .fetchTotalHitCount();
                    builder.up().withDetail("index", type.jpaName()).withDetail("documents", documents);
                }
            }
        };
    }

    /**
     * Down when at least {@code libpartners.nodes.health.stuck-publications} (50) publications of module events are
     * still incomplete {@code libpartners.nodes.health.stuck-after} (30 minutes) after they were published: their
     * listeners keep failing (a mail server, a bug), which every node shares, so the threshold is high enough that one
     * failing notice does not take every node out of the balancer.
     */
    @Bean
    HealthIndicator eventPublicationsHealthIndicator(JdbcClient jdbc, NodesProperties properties) {
        int stuckLimit = properties.health().stuckPublications();
        Duration stuckAfter = properties.health().stuckAfter();
        return new AbstractHealthIndicator("event publication registry not readable") {
            @Override
            protected void doHealthCheck(Health.Builder builder) {
                long stuck = jdbc.sql("select count(*) from event_publication where completion_date is null"
                                + " and publication_date < ?")
                        .param(Instant.now().minus(stuckAfter).atOffset(ZoneOffset.UTC))
                        .query(Long.class)
                        .single();
                (stuck >= stuckLimit ? builder.down() : builder.up())
                        .withDetail("incompleteOlderThan", stuckAfter)
                        .withDetail("count", stuck)
                        .withDetail("limit", stuckLimit);
            }
        };
    }

    /** On several nodes: down while the node does not hold its listening connection. */
    @Bean
    HealthIndicator nodeSignalsHealthIndicator(NodeSignals signals) {
        return () -> {
            if (signals instanceof PostgresNodeSignals postgres) {
                var builder = postgres.connected() ? Health.up() : Health.down();
                return builder.withDetail("node", postgres.node())
                        .withDetail("received", postgres.received())
                        .build();
            }
            return Health.up().withDetail("several", false).build();
        };
    }
}
