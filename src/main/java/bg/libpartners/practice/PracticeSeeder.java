package bg.libpartners.practice;

import bg.libpartners.platform.search.ContentVersion;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the seed's eight examples into the catalogue when they are missing (in every mode: they are programme
 * content), corrects those that still hold an earlier seed text nobody has edited since (an existing database gets
 * the corrected texts; a practice an administrator has edited is left alone), and rebuilds the practice index when
 * it was lost while the database kept its rows.
 */
@Component
@Order(30)
class PracticeSeeder implements ApplicationRunner {

    static final String PROGRAMME = "Програма „Глобални библиотеки – България“";
    private static final Logger log = LoggerFactory.getLogger(PracticeSeeder.class);

    private final Practices practices;
    private final StoryRenderer renderer;
    private final TransactionTemplate transactions;
    private final EntityManagerFactory entityManagerFactory;
    private final ApplicationEventPublisher events;

    PracticeSeeder(
            Practices practices,
            StoryRenderer renderer,
            TransactionTemplate transactions,
            EntityManagerFactory entityManagerFactory,
            ApplicationEventPublisher events) {
        this.practices = practices;
        this.renderer = renderer;
        this.transactions = transactions;
        this.entityManagerFactory = entityManagerFactory;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        reindexIfLost();
        transactions.executeWithoutResult(status -> {
            int added = 0;
            int corrected = 0;
            for (var seed : SeedPractices.ALL) {
                var existing = practices.findBySlug(seed.slug());
                var now = Instant.now();
                if (existing.isEmpty()) {
                    var practice = new GoodPractice(seed.slug(), null, PROGRAMME, null, now);
                    practice.writeSeed(
                            seed.draft(), renderer.toSafeHtml(seed.draft().story()), seed.illustrative(), now);
                    practice.submit(now);
                    practice.publish(now);
                    practices.save(practice);
                    added++;
                } else if (untouchedEarlierText(seed, existing.get())) {
                    existing.get()
                            .writeSeed(
                                    seed.draft(),
                                    renderer.toSafeHtml(seed.draft().story()),
                                    seed.illustrative(),
                                    now);
                    corrected++;
                }
            }
            if (added > 0) {
                log.info("added {} good practices from the programme's examples", added);
            }
            if (corrected > 0) {
                log.info("corrected {} good practices to the programme's current text of its examples", corrected);
                events.publishEvent(new PracticeSearch.PracticesChanged());
            }
        });
    }

    /** Still the programme's, with an earlier seed text that nobody has edited since: safe to replace. */
    private static boolean untouchedEarlierText(SeedPractices.Seed seed, GoodPractice practice) {
        return practice.getAuthorId() == null
                && PROGRAMME.equals(practice.getAuthorName())
                && seed.superseded()
                        .contains(SeedPractices.fingerprint(
                                PracticeView.of(practice).toDraft()));
    }

    /** Rebuilds the index when it differs from the table by content version (count and newest change). */
    void reindexIfLost() throws InterruptedException {
        var stored = transactions.execute(status -> new ContentVersion(practices.count(), practices.latestUpdate()));
        if (stored.count() == 0) {
            return;
        }
        var entityManager = entityManagerFactory.createEntityManager();
        try {
            var session = Search.session(entityManager);
            var indexed = ContentVersion.indexed(session, GoodPractice.class);
            if (!indexed.equals(stored)) {
                log.info("practice index ({}) differs from the practices ({}): rebuilding", indexed, stored);
                session.massIndexer(GoodPractice.class)
                        .threadsToLoadObjects(2)
                        .mergeSegmentsOnFinish(true)
                        .startAndWait();
            }
        } finally {
            entityManager.close();
        }
    }
}
