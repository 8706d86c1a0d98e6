package bg.libpartners.directory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search index of a bulk write (the register import) in one step after its commit, instead of a document per
 * entity built while the transaction flushes: the import's own session leaves organisations out of its indexing
 * plan ({@link #leaveOutOfThisSession}), and once the database has the rows they are read again in chunks and
 * indexed together. Either the caller waits for it (a small import: searchable when it answers, as an edit is), or it
 * runs in the background (a large import answers once the database has it), or, for the import at first start, in
 * the background before the application says it has started (see {@link When}). Should the
 * node stop before the index has caught up, {@link DirectoryBootstrap#reindexIfLost} finds the difference at the next
 * start. Other nodes hear of the changes as of any other: the platform's search broadcast sees the commit of rows
 * written through Hibernate, and is told of those inserted with plain SQL ({@link OrganisationInserts}).
 */
@Component
class BulkIndexing {

    static final int CHUNK = 1000;
    private static final Logger log = LoggerFactory.getLogger(BulkIndexing.class);

    @PersistenceContext
    private EntityManager entityManager;

    private final Queue<CompletableFuture<Void>> atStart = new ConcurrentLinkedQueue<>();
    private final TransactionTemplate readOnly;
    private final TaskExecutor executor;

    BulkIndexing(PlatformTransactionManager transactions, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        // called right after the import's commit, while its session (which leaves organisations out) is still bound
        this.readOnly.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.executor = executor;
    }

    /**
     * The current transaction's session does not index organisations as it flushes them. Not with Hibernate Search's
     * outbox-polling coordination (several nodes, {@code libpartners.nodes.search=outbox-polling}): there a session
     * only writes outbox rows, indexed later by the nodes' agents, and it refuses a filter that leaves out some types.
     */
    void leaveOutOfThisSession() {
        if (!outboxPolling()) {
            Search.session(entityManager).indexingPlanFilter(ctx -> ctx.exclude(Organisation.class));
        }
    }

    /** Whether Hibernate Search coordinates through its outbox (then the outbox indexes the import's rows). */
    private boolean outboxPolling() {
        return "outbox-polling"
                .equals(entityManager
                        .getEntityManagerFactory()
                        .getProperties()
                        .get("hibernate.search.coordination.strategy"));
    }

    /** When the index of a bulk write is written, relative to the caller. */
    enum When {
        /** Before the caller goes on: searchable when it answers (a small import). */
        NOW,
        /** In the background (a large import through the API answers once the database has it). */
        BACKGROUND,
        /**
         * In the background while the application goes on starting, and before it says it has started
         * ({@link DirectorySearchable} waits for it): the import at first start overlaps the other modules' start.
         */
        BEFORE_STARTED
    }

    /**
     * Indexes these organisations once the current transaction has committed (nothing when it rolls back). With the
     * outbox, they join this transaction's indexing plan instead, and Hibernate Search writes them to the outbox as
     * the transaction commits, also the rows inserted with plain SQL, which it would not see otherwise.
     */
    void afterCommit(Collection<Long> ids, When when) {
        if (ids.isEmpty()) {
            return;
        }
        if (outboxPolling()) {
            var plan = Search.session(entityManager).indexingPlan();
            for (var chunk : Directory.chunks(sorted(ids), CHUNK)) {
                load(chunk).forEach(plan::addOrUpdate);
            }
            return;
        }
        var copy = List.copyOf(ids);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                switch (when) {
                    case NOW -> index(copy);
                    case BACKGROUND -> executor.execute(() -> index(copy));
                    case BEFORE_STARTED -> atStart.add(CompletableFuture.runAsync(() -> index(copy), executor));
                }
            }
        });
    }

    /** Waits until every index step started {@link When#BEFORE_STARTED} has ended; whether there was one. */
    boolean awaitStartIndexing() {
        boolean any = false;
        CompletableFuture<?> next;
        while ((next = atStart.poll()) != null) {
            next.join();
            any = true;
        }
        return any;
    }

    private static List<Long> sorted(Collection<Long> ids) {
        var sorted = new ArrayList<>(ids);
        sorted.sort(null);
        return sorted;
    }

    /** These organisations (sorted ids), read by a range of the primary key. */
    private List<Organisation> load(List<Long> chunk) {
        // a range, not an "in" list of a thousand ids (which H2 tests row by row)
        var wanted = new HashSet<>(chunk);
        return entityManager
                .createQuery("select o from Organisation o where o.id between :first and :last", Organisation.class)
                .setParameter("first", chunk.get(0))
                .setParameter("last", chunk.get(chunk.size() - 1))
                .getResultList()
                .stream()
                .filter(o -> wanted.contains(o.getId()))
                .toList();
    }

    /**
     * Reads the organisations in chunks of neighbouring ids and indexes them; the directory's kept answers are dropped.
     * Every chunk but the last is handed to the index without waiting (the next chunk is read while the index takes
     * the previous one), and the last waits until the index has committed them all: one commit, not one per chunk.
     */
    void index(List<Long> ids) {
        long start = System.nanoTime();
        try {
            var chunks = Directory.chunks(sorted(ids), CHUNK);
            for (int i = 0; i < chunks.size(); i++) {
                var chunk = chunks.get(i);
                boolean last = i == chunks.size() - 1;
                readOnly.executeWithoutResult(tx -> {
                    var session = Search.session(entityManager);
                    session.indexingPlanSynchronizationStrategy(
                            last
                                    ? IndexingPlanSynchronizationStrategy.writeSync()
                                    : IndexingPlanSynchronizationStrategy.async());
                    var plan = session.indexingPlan();
                    load(chunk).forEach(plan::addOrUpdate);
                    plan.execute();
                    entityManager.clear();
                });
            }
            log.info("Indexed {} organisations in {} ms", ids.size(), (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("Indexing {} organisations failed; the index is rebuilt at the next start", ids.size(), e);
        } finally {
            SearchCache.changed();
        }
    }
}
