package bg.libpartners.account;

import bg.libpartners.platform.SqlInstants;
import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit trail of every change made through the domain model: who, when, which entity and what changed. It is
 * written in the same transaction as the change, so a change is never kept without its record nor the reverse.
 * Secrets are masked; bookkeeping fields that change on every read are left out.
 */
@Component
class AuditTrail implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private static final Pattern SECRET = Pattern.compile("(?i).*(password|hash|token|secret).*");
    /** Whether a property's name is a secret's, decided once per name (an import asks it for every field of every row). */
    private static final Map<String, Boolean> SECRET_NAMES = new ConcurrentHashMap<>();

    private static final Set<String> NOISE = Set.of("version", "lastUsedAt", "failedLogins");
    private static final int MAX_VALUE = 300;
    private static final int MAX_CHANGES = 19_000;

    private static final String INSERT =
            "insert into audit_entry (at, actor, action, entity, entity_id, changes) values (?, ?, ?, ?, ?, ?)";

    /** Each open session's entries not yet written (a session is used by one thread at a time). */
    private final Map<SharedSessionContractImplementor, List<Object[]>> pending = new ConcurrentHashMap<>();

    private final EntityManagerFactory entityManagerFactory;
    private final JdbcTemplate jdbc;
    private final SqlInstants instants;

    AuditTrail(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc, SqlInstants instants) {
        this.entityManagerFactory = entityManagerFactory;
        this.jdbc = jdbc;
        this.instants = instants;
    }

    @PostConstruct
    void register() {
        var registry = entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        var names = event.getPersister().getPropertyNames();
        var changes = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            append(changes, names[i], null, event.getState()[i], false);
        }
        write("CREATE", event.getPersister(), event.getId(), changes, event.getSession());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        var names = event.getPersister().getPropertyNames();
        var dirty = event.getDirtyProperties();
        if (dirty == null || event.getOldState() == null) {
            return;
        }
        var changes = new StringBuilder();
        for (int i : dirty) {
            append(changes, names[i], event.getOldState()[i], event.getState()[i], true);
        }
        if (!changes.isEmpty()) {
            write("UPDATE", event.getPersister(), event.getId(), changes, event.getSession());
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        write("DELETE", event.getPersister(), event.getId(), new StringBuilder(), event.getSession());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static void append(StringBuilder changes, String name, Object before, Object after, boolean update) {
        if (NOISE.contains(name) || (!update && after == null)) {
            return;
        }
        if (!changes.isEmpty()) {
            changes.append("; ");
        }
        changes.append(name).append(": ");
        if (update) {
            changes.append(show(name, before)).append(" → ");
        }
        changes.append(show(name, after));
    }

    private static String show(String name, Object value) {
        if (value == null) {
            return "∅";
        }
        if (SECRET_NAMES.computeIfAbsent(name, n -> SECRET.matcher(n).matches())) {
            return "***";
        }
        var text = String.valueOf(value);
        return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE) + "…" : text;
    }

    /**
     * Kept with the session until its transaction is about to commit (after its last flush), then written in one
     * batch on the same connection: an import of thousands of rows writes its trail in a few statements, not one
     * round trip per row. A transaction that rolls back drops them with its changes.
     */
    private void write(
            String action,
            EntityPersister persister,
            Object id,
            StringBuilder changes,
            SharedSessionContractImplementor session) {
        var entity = persister.getMappedClass().getSimpleName();
        var text = changes.length() > MAX_CHANGES ? changes.substring(0, MAX_CHANGES) + "…" : changes.toString();
        var row = new Object[] {
            instants.bind(Instant.now()), actor(), action, entity, id == null ? null : String.valueOf(id), text
        };
        var rows = pending.get(session);
        if (rows == null) {
            rows = new ArrayList<>();
            pending.put(session, rows);
            if (session instanceof EventSource source) {
                source.getActionQueue()
                        .registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) this::writePending);
                source.getActionQueue().registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback)
                        (success, s) -> pending.remove(s));
            } else {
                pending.remove(session);
                jdbc.batchUpdate(INSERT, List.<Object[]>of(row));
                return;
            }
        }
        rows.add(row);
    }

    /**
     * Entries for rows a module wrote with plain SQL (which this listener does not see), written now in one batch on
     * the current transaction's connection: the entry's text per row id.
     */
    void writeNow(String action, String entity, Map<?, String> changesById) {
        var at = instants.bind(Instant.now());
        var actor = actor();
        var rows = new ArrayList<Object[]>(changesById.size());
        changesById.forEach((id, changes) -> rows.add(new Object[] {
            at,
            actor,
            action,
            entity,
            String.valueOf(id),
            changes.length() > MAX_CHANGES ? changes.substring(0, MAX_CHANGES) + "…" : changes
        }));
        jdbc.batchUpdate(INSERT, rows);
    }

    /** Writes now what this transaction's session has recorded so far (before SQL that rewrites the trail). */
    void writePending(jakarta.persistence.EntityManager entityManager) {
        writePending(entityManager.unwrap(SharedSessionContractImplementor.class));
    }

    private void writePending(SharedSessionContractImplementor session) {
        var rows = pending.remove(session);
        if (rows != null && !rows.isEmpty()) {
            jdbc.batchUpdate(INSERT, rows);
        }
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return "system";
        }
        return auth.getPrincipal() instanceof CurrentUser user ? user.email() : auth.getName();
    }
}
