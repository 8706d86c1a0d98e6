package bg.libpartners.directory;

import bg.libpartners.platform.LibPartnersProperties;
import bg.libpartners.platform.search.ContentVersion;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * On start: rebuilds the search index when it was lost (the database is the truth), and in demo mode fills an empty
 * directory with the real register and a few partners around the seed's examples, after the demo accounts exist.
 */
@Component
@Order(20)
class DirectoryBootstrap implements ApplicationRunner {

    static final String REGISTER = "directory/chitalishta-register.csv";
    private static final Logger log = LoggerFactory.getLogger(DirectoryBootstrap.class);

    private final LibPartnersProperties properties;
    private final Organisations organisations;
    private final RegisterImport registerImport;
    private final DirectoryDemoData demo;
    private final EntityManagerFactory entityManagerFactory;
    private final boolean demoRegister;

    DirectoryBootstrap(
            LibPartnersProperties properties,
            Organisations organisations,
            RegisterImport registerImport,
            DirectoryDemoData demo,
            EntityManagerFactory entityManagerFactory,
            DirectoryProperties directory) {
        this.properties = properties;
        this.organisations = organisations;
        this.registerImport = registerImport;
        this.demo = demo;
        this.entityManagerFactory = entityManagerFactory;
        this.demoRegister = directory.demoRegister();
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        reindexIfLost();
        if (!properties.demo() || !demoRegister) {
            return;
        }
        if (organisations.countByKind(OrganisationKind.CHITALISHTE) == 0) {
            long start = System.nanoTime();
            try (var in = new ClassPathResource(REGISTER).getInputStream()) {
                var report = registerImport.importAtStart(in.readAllBytes(), "chitalishta-register.csv");
                log.info(
                        "Demo: imported the chitalishta register ({} created, {} rejected) in {} ms",
                        report.created(),
                        report.rejected().size(),
                        (System.nanoTime() - start) / 1_000_000);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        demo.addPartners();
        demo.grantScopes();
        demo.addBoards();
    }

    /**
     * Rebuilds the index when it differs from the table by content version (count and newest change), so a change
     * that reached the database but not the index before a crash is found too.
     */
    void reindexIfLost() throws InterruptedException {
        var stored = new ContentVersion(organisations.count(), organisations.latestUpdate());
        if (stored.count() == 0) {
            return;
        }
        var em = entityManagerFactory.createEntityManager();
        try {
            var session = Search.session(em);
            var indexed = ContentVersion.indexed(session, Organisation.class);
            if (!indexed.equals(stored)) {
                log.info("Search index ({}) differs from the organisations ({}): rebuilding it", indexed, stored);
                // One segment at the end: every search then walks one leaf, and facets need no ordinal map
                // across segments (measured in BENCHMARKS.md); later writes add small segments as usual.
                session.massIndexer(Organisation.class)
                        .threadsToLoadObjects(2)
                        .batchSizeToLoadObjects(500)
                        .mergeSegmentsOnFinish(true)
                        .startAndWait();
                SearchCache.changed();
            }
        } finally {
            em.close();
        }
    }
}
