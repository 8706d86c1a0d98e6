package bg.libpartners.directory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
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
 * indexed together. Either the caller waits for it (the import at first start, a small import: searchable when it
 * answers, as an edit is) or it runs in the background (a large import answers once the database has it). Should the
 * node stop before the index has caught up, {@link DirectoryBootstrap#reindexIfLost} finds the difference at the next
 * start. Other nodes hear of the changes as of any other (the platform's search broadcast sees the commit).
 */
@Component
class BulkIndexing {

    static final int CHUNK = 1000;
    private static final Logger log = LoggerFactory.getLogger(BulkIndexing.class);

    @PersistenceContext
    private EntityManager entityManager;

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

    /**
     * Indexes these organisations once the current transaction has committed (nothing when it rolls back), waiting
     * for it unless {@code background}.
     */
    void afterCommit(Collection<Long> ids, boolean background) {
        if (ids.isEmpty() || outboxPolling()) {
            return;
        }
        var copy = List.copyOf(ids);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                if (background) {
                    executor.execute(() -> index(copy));
                } else {
                    index(copy);
                }
            }
        });
    }

    /** Reads the organisations in chunks and indexes each chunk at once; the directory's kept answers are dropped. */
    void index(List<Long> ids) {
        long start = System.nanoTime();
        try {
            for (var chunk : Directory.chunks(new ArrayList<>(ids), CHUNK)) {
                readOnly.executeWithoutResult(tx -> {
                    var plan = Search.session(entityManager).indexingPlan();
                    entityManager
                            .createQuery("select o from Organisation o where o.id in :ids", Organisation.class)
                            .setParameter("ids", chunk)
                            .getResultList()
                            .forEach(plan::addOrUpdate);
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
