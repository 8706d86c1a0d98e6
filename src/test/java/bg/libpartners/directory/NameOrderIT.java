package bg.libpartners.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import bg.libpartners.IntegrationTest;
import bg.libpartners.geography.Geography;
import bg.libpartners.geography.OblastRef;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The list's order by name from the names held in memory ({@link NameOrder}) is Lucene's own order, page by page, for
 * every oblast of the demo register, also once later writes have added segments of their own.
 */
@IntegrationTest
class NameOrderIT {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    Organisations organisations;

    @Autowired
    Geography geography;

    @Test
    void listsInLucenesOwnOrderAlsoAcrossSegments() {
        everyPageAsLuceneSortsIt();
        assertThat(NameOrder.segmentsHeld()).as("the names come from memory").isPositive();

        // names that fall before, among and after the register's, each written (and indexed) on its own
        List<Organisation> added = new ArrayList<>();
        try {
            for (var name : List.of("Аа читалище", "Христо Ботев", "Христо Ботев – 1900", "Яя сдружение", "Ботев")) {
                var o = new Organisation(OrganisationKind.PARTNER, name);
                o.settle("56784", "Пловдив", "PDV22", "PDV", 42.15, 24.75);
                added.add(organisations.save(o));
            }
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> ids("PDV", 0, 10_000, false)
                            .containsAll(added.stream().map(Organisation::getId).toList()));
            everyPageAsLuceneSortsIt();
            for (int offset = 0; offset < 400; offset += 20) {
                assertThat(ids("PDV", offset, 20, true)).isEqualTo(ids("PDV", offset, 20, false));
            }
        } finally {
            organisations.deleteAll(added);
        }
    }

    private void everyPageAsLuceneSortsIt() {
        for (OblastRef oblast : geography.oblasts()) {
            for (int page = 0; page < 4; page++) {
                assertThat(ids(oblast.code(), page * 20, 20, true))
                        .as("%s, page %d", oblast.code(), page)
                        .isEqualTo(ids(oblast.code(), page * 20, 20, false));
            }
        }
    }

    private List<Long> ids(String oblast, int offset, int limit, boolean fromMemory) {
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            var query = Search.session(entityManager)
                    .search(Organisation.class)
                    .select(f -> f.id(Long.class))
                    .where(f -> f.match().field("oblast").matching(oblast));
            return (fromMemory
                            ? query.sort(f -> NameOrder.sort(f))
                            : query.sort(f -> f.field(NameOrder.FIELD).then().field("id_sort")))
                    .fetchHits(offset, limit);
        }
    }
}
