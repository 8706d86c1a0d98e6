package bg.libpartners.platform.nodes;

import bg.libpartners.platform.Commits;
import bg.libpartners.platform.LibPartnersProperties;
import bg.libpartners.platform.web.PublicPageCache;
import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.DispatcherType;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Several nodes behind a load balancer over one PostgreSQL ({@code libpartners.nodes.several=true}; see README "Run
 * several nodes"). Off by default: one node keeps its sessions in memory and needs none of this.
 *
 * <ul>
 *   <li>Sessions in the database (Spring Session JDBC, tables from Flyway V35): a person signed in through one node
 *       is signed in on all. The cookie keeps the servlet container's name ({@link PublicPageCache#SESSION_COOKIE}),
 *       which the public page cache looks for; a visitor still gets no session. What a session holds (the signed-in
 *       person, flash attributes) must be serializable.</li>
 *   <li>{@link NodeSignals} over PostgreSQL {@code LISTEN/NOTIFY}: after each write this node tells the others, which
 *       forget their kept public pages and search answers; modules send their own topics (API tokens).</li>
 *   <li>Search: each node keeps its own Lucene index, so a change indexed here is sent to the others, which index the
 *       same entities again ({@link SearchBroadcast}); with a search backend that all nodes share,
 *       {@code libpartners.nodes.search=outbox-polling} switches to Hibernate Search's outbox coordination instead.</li>
 *   <li>Event publications left incomplete are resubmitted by one node at a time once they are old enough
 *       ({@link PublicationResubmission}), not by every node as it starts.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "libpartners.nodes.several", havingValue = "true")
@EnableJdbcHttpSession
class SeveralNodesConfig {

    @Bean
    PostgresNodeSignals nodeSignals(DataSource dataSource, NodesProperties properties) {
        requirePostgres(dataSource);
        // unique even when two nodes were given one name: a node ignores only its own signals
        var node = (name(properties.name()) + "-" + UUID.randomUUID().toString().substring(0, 6)).replace('|', '-');
        var signals = new PostgresNodeSignals(dataSource, node);
        // another node wrote: kept public pages and search answers are out of date
        signals.subscribe(NodeSignals.COMMITTED, () -> {
            Commits.committedElsewhere();
        });
        return signals;
    }

    /**
     * Spring Session's filter first of all, for error and async dispatches too (an error page still sees the
     * session, and never makes a container session).
     */
    @Bean
    FilterRegistrationBean<SessionRepositoryFilter<?>> sessionRepositoryFilterRegistration(
            SessionRepositoryFilter<?> filter) {
        var registration = new FilterRegistrationBean<SessionRepositoryFilter<?>>(filter);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER);
        return registration;
    }

    /** The session cookie under the container's name, HttpOnly, SameSite=Lax, Secure when the request is. */
    @Bean
    CookieSerializer sessionCookie() {
        var cookie = new DefaultCookieSerializer();
        cookie.setCookieName(PublicPageCache.SESSION_COOKIE);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setUseBase64Encoding(false);
        return cookie;
    }

    /** Sessions end after {@code server.servlet.session.timeout} without a request (30 minutes), as on one node. */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
            @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        return repository -> repository.setDefaultMaxInactiveInterval(timeout);
    }

    /** Attributes written with {@code insert … on conflict do update}: two requests of one session at once. */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessions() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /** Incomplete event publications resubmitted by one node at a time, once they are old enough. */
    @Bean
    PublicationResubmission publicationResubmission(
            IncompleteEventPublications publications, Clock clock, ResubmitProperties resubmit) {
        return new PublicationResubmission(publications, clock, resubmit.resubmitAfter());
    }

    @Bean
    @ConditionalOnProperty(name = "libpartners.nodes.search", havingValue = "outbox-polling")
    HibernatePropertiesCustomizer outboxPolling() {
        return properties -> properties.put("hibernate.search.coordination.strategy", "outbox-polling");
    }

    @Bean
    @ConditionalOnProperty(name = "libpartners.nodes.search", havingValue = "outbox-polling")
    OutboxWatch outboxWatch(JdbcClient jdbc) {
        return new OutboxWatch(jdbc);
    }

    /**
     * Each node's own Lucene index in a folder of its own, {@code <data folder>/index-nodes/<node name>}: the data
     * folder is shared, and Lucene lets one writer at a time into a folder. The name is
     * {@code libpartners.nodes.name}, else the host's name, so a node finds its index again after a restart.
     */
    @Bean
    @ConditionalOnProperty(name = "libpartners.nodes.search", havingValue = "broadcast", matchIfMissing = true)
    HibernatePropertiesCustomizer indexPerNode(LibPartnersProperties properties, NodesProperties nodes) {
        var folder = properties
                .dataPath()
                .resolve("index-nodes")
                .resolve(name(nodes.name()).replaceAll("[^\\w.-]", "_"));
        return hibernate -> hibernate.put("hibernate.search.backend.directory.root", folder.toString());
    }

    @Bean
    @ConditionalOnProperty(name = "libpartners.nodes.search", havingValue = "broadcast", matchIfMissing = true)
    SearchBroadcast searchBroadcast(
            EntityManagerFactory entityManagerFactory,
            PostgresNodeSignals signals,
            PlatformTransactionManager transactions) {
        return new SearchBroadcast(entityManagerFactory, signals, transactions);
    }

    private static void requirePostgres(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            var product = connection.getMetaData().getDatabaseProductName();
            if (!"PostgreSQL".equalsIgnoreCase(product)) {
                throw new IllegalStateException("libpartners.nodes.several=true needs PostgreSQL (the nodes share"
                        + " it and talk through it), not " + product);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot reach the database", e);
        }
    }

    private static String name(String configured) {
        return configured == null || configured.isBlank() ? host() : configured.trim();
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "node";
        }
    }
}
