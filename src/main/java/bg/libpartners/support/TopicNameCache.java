package bg.libpartners.support;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The topics' codes and names as lists, filters and figures show them, read from the database at most once every
 * {@code libpartners.support.topics-cache-seconds}: a dozen rows that every list request used to read again. A topic
 * saved on this node is seen at once (the copy is dropped when the change commits); one saved on another node, within
 * those seconds.
 */
@Component
class TopicNameCache {

    /** A topic's id, code and names, a copy that outlives the transaction it was read in. */
    record Topic(long id, String code, String nameBg, String nameEn) {

        String name(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameBg;
        }
    }

    private record Copy(Map<Long, Topic> byId, Map<String, Long> idByCode, long readAt) {}

    private final SupportTopics topics;
    private final long freshNanos;
    private volatile Copy copy;
    /** Raised at every forgetting, so that a copy read while a change committed is not kept. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    /** What the other nodes are told when the topics changed here (several nodes). */
    static final String CHANGED_TOPIC = "support.topics";

    private final bg.libpartners.platform.nodes.NodeSignals signals;

    TopicNameCache(
            SupportTopics topics, SupportProperties properties, bg.libpartners.platform.nodes.NodeSignals signals) {
        this.topics = topics;
        this.freshNanos = properties.topicsCacheSeconds() * 1_000_000_000L;
        this.signals = signals;
        signals.subscribe(CHANGED_TOPIC, this::forget);
    }

    /** Every topic by id, in the admin's order. */
    Map<Long, Topic> byId() {
        return current().byId();
    }

    /** Topic id → {code, name in the given language}, in the admin's order. */
    Map<Long, String[]> names(Locale locale) {
        var names = new LinkedHashMap<Long, String[]>();
        byId().values().forEach(t -> names.put(t.id(), new String[] {t.code(), t.name(locale)}));
        return names;
    }

    /** The id of the topic with this code (read again once when unknown: it may be new on another node). */
    Optional<Long> idOf(String code) {
        var id = current().idByCode().get(code);
        if (id == null) {
            forget();
            id = current().idByCode().get(code);
        }
        return Optional.ofNullable(id);
    }

    /**
     * Read the topics again once the current transaction commits (a topic was added or changed in it), here and on
     * the other nodes.
     */
    void forgetAfterCommit() {
        signals.publish(CHANGED_TOPIC);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget();
                }
            });
        } else {
            forget();
        }
    }

    private synchronized void forget() {
        generation.incrementAndGet();
        copy = null;
    }

    private Copy current() {
        var c = copy;
        long now = System.nanoTime();
        if (c != null && now - c.readAt() < freshNanos) {
            return c;
        }
        long asOf = generation.get();
        var byId = new LinkedHashMap<Long, Topic>();
        var idByCode = new LinkedHashMap<String, Long>();
        for (var t : topics.findAllByOrderByPosition()) {
            byId.put(t.getId(), new Topic(t.getId(), t.getCode(), t.getNameBg(), t.getNameEn()));
            idByCode.put(t.getCode(), t.getId());
        }
        c = new Copy(Collections.unmodifiableMap(byId), Collections.unmodifiableMap(idByCode), now);
        synchronized (this) {
            if (generation.get() == asOf) {
                copy = c;
            }
        }
        return c;
    }
}
