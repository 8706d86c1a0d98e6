package bg.libpartners.platform.nodes;

import bg.libpartners.platform.Commits;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCommitDeleteEventListener;
import org.hibernate.event.spi.PostCommitInsertEventListener;
import org.hibernate.event.spi.PostCommitUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps every node's own Lucene index in step on several nodes. Hibernate Search indexes a change in the node that
 * wrote it (as on one node); once the transaction has committed, the ids of the indexed entities it inserted,
 * updated or deleted go to the other nodes ({@value #TOPIC}, one signal per transaction, split when long), and each
 * of them loads those entities and indexes them again in its own index, then forgets its kept pages and answers.
 *
 * <p>Why not Hibernate Search's outbox-polling coordination with Lucene: its event processors share the outbox
 * between nodes (each event is processed by one node only), which is right for an index all nodes share
 * (OpenSearch), but leaves each local Lucene index with only part of the changes. A node that missed signals (it was
 * stopped) rebuilds what its index lacks at start, as every module's bootstrap compares the index with its table.
 * Changes made with plain SQL are sent when the module that made them says so ({@link SqlWrites}, as the register
 * import does); a mass re-indexing on another node is not sent.
 */
final class SearchBroadcast implements SmartInitializingSingleton, SqlWrites {

    static final String TOPIC = "search.index";

    private static final Logger log = LoggerFactory.getLogger(SearchBroadcast.class);
    private static final int MAX_DETAIL = 7000;

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final NodeSignals signals;
    private final TransactionTemplate readOnly;
    /** Indexed entity types by entity name. */
    private final Map<String, Class<?>> indexed = new LinkedHashMap<>();

    private final Object resourceKey = new Object();

    SearchBroadcast(
            EntityManagerFactory entityManagerFactory, NodeSignals signals, PlatformTransactionManager transactions) {
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory);
        this.signals = signals;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @Override
    public void afterSingletonsInstantiated() {
        Search.mapping(entityManagerFactory)
                .allIndexedEntities()
                .forEach(entity -> indexed.put(entity.jpaName(), entity.javaClass()));
        var sessionFactory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
        var registry = sessionFactory.getServiceRegistry().requireService(EventListenerRegistry.class);
        var listener = new Listener();
        registry.appendListeners(EventType.POST_COMMIT_INSERT, listener);
        registry.appendListeners(EventType.POST_COMMIT_UPDATE, listener);
        registry.appendListeners(EventType.POST_COMMIT_DELETE, listener);
        signals.subscribe(TOPIC, this::reindex);
        log.info("Search on several nodes: changes of {} are sent to the other nodes' indexes", indexed.keySet());
    }

    @Override
    public void written(Class<?> type, Collection<?> ids) {
        indexed.forEach((name, javaClass) -> {
            if (javaClass.equals(type)) {
                ids.forEach(id -> changed(name, id));
            }
        });
    }

    /** Notes an indexed entity that a committed transaction changed; sent after that transaction. */
    private void changed(EntityPersister persister, Object id) {
        changed(persister.getJpaEntityName(), id);
    }

    private void changed(String name, Object id) {
        if (!indexed.containsKey(name) || id == null) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            send(Map.of(name, Set.of(id.toString())));
            return;
        }
        @SuppressWarnings("unchecked")
        var changes = (Map<String, Set<String>>) TransactionSynchronizationManager.getResource(resourceKey);
        if (changes == null) {
            var collected = new LinkedHashMap<String, Set<String>>();
            TransactionSynchronizationManager.bindResource(resourceKey, collected);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(resourceKey);
                    send(collected);
                }
            });
            changes = collected;
        }
        changes.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(id.toString());
    }

    /** {@code Name:1,2,3;Other:4}, split into signals that PostgreSQL takes. */
    private void send(Map<String, Set<String>> changes) {
        var detail = new StringBuilder();
        for (var entry : changes.entrySet()) {
            var part = new StringBuilder(entry.getKey()).append(':');
            for (var id : entry.getValue()) {
                if (detail.length() + part.length() + id.length() > MAX_DETAIL) {
                    flush(detail, part, entry.getKey());
                }
                part.append(id).append(',');
            }
            append(detail, part);
        }
        if (!detail.isEmpty()) {
            signals.send(TOPIC, detail.toString());
        }
    }

    private void flush(StringBuilder detail, StringBuilder part, String name) {
        append(detail, part);
        if (!detail.isEmpty()) {
            signals.send(TOPIC, detail.toString());
        }
        detail.setLength(0);
        part.setLength(0);
        part.append(name).append(':');
    }

    private static void append(StringBuilder detail, StringBuilder part) {
        if (part.charAt(part.length() - 1) == ',') {
            if (!detail.isEmpty()) {
                detail.append(';');
            }
            detail.append(part, 0, part.length() - 1);
        }
    }

    /** Another node changed these entities: index them again here (or remove them), then forget kept answers. */
    private void reindex(String detail) {
        if (detail.isBlank()) {
            return;
        }
        readOnly.executeWithoutResult(tx -> {
            var plan = Search.session(entityManager).indexingPlan();
            for (var group : detail.split(";")) {
                var colon = group.indexOf(':');
                var type = indexed.get(group.substring(0, colon));
                if (type == null) {
                    continue;
                }
                var idType = entityManagerFactory
                        .getMetamodel()
                        .entity(type)
                        .getIdType()
                        .getJavaType();
                for (var raw : group.substring(colon + 1).split(",")) {
                    var id = id(idType, raw);
                    var entity = entityManager.find(type, id);
                    if (entity != null) {
                        plan.addOrUpdate(entity);
                    } else {
                        plan.purge(type, id, null);
                    }
                }
            }
            plan.execute();
        });
        Commits.committedElsewhere();
    }

    private static Object id(Class<?> type, String raw) {
        if (type == Long.class || type == long.class) {
            return Long.valueOf(raw);
        }
        if (type == Integer.class || type == int.class) {
            return Integer.valueOf(raw);
        }
        if (type == UUID.class) {
            return UUID.fromString(raw);
        }
        return raw;
    }

    private final class Listener
            implements PostCommitInsertEventListener,
                    PostCommitUpdateEventListener,
                    PostCommitDeleteEventListener,
                    Serializable {

        @Override
        public void onPostInsert(PostInsertEvent event) {
            changed(event.getPersister(), event.getId());
        }

        @Override
        public void onPostUpdate(PostUpdateEvent event) {
            changed(event.getPersister(), event.getId());
        }

        @Override
        public void onPostDelete(PostDeleteEvent event) {
            changed(event.getPersister(), event.getId());
        }

        @Override
        public void onPostInsertCommitFailed(PostInsertEvent event) {
            // not committed: nothing to send
        }

        @Override
        public void onPostUpdateCommitFailed(PostUpdateEvent event) {
            // not committed: nothing to send
        }

        @Override
        public void onPostDeleteCommitFailed(PostDeleteEvent event) {
            // not committed: nothing to send
        }

        @Override
        public boolean requiresPostCommitHandling(EntityPersister persister) {
            return indexed.containsKey(persister.getJpaEntityName());
        }
    }
}
