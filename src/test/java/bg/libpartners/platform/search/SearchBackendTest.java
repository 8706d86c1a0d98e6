package bg.libpartners.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchBackendTest {

    static Map<String, Object> lucene() {
        var properties = new HashMap<String, Object>();
        properties.put("hibernate.search.backend.directory.root", "./data/index");
        properties.put("hibernate.search.backend.directory.type", "local-heap");
        properties.put("hibernate.search.backend.lucene_version", "LATEST");
        properties.put("hibernate.search.backend.query.caching.configurer", "class:" + FilterCaching.class.getName());
        properties.put("hibernate.search.backend.analysis.configurer", "class:" + BulgarianAnalysis.class.getName());
        properties.put("hibernate.jdbc.batch_size", 100);
        return properties;
    }

    @Test
    void luceneIsTheDefaultAndKeepsItsSettings() {
        var properties = lucene();
        SearchBackend.apply(
                new SearchBackend.Settings(SearchBackend.Kind.LUCENE, "http://localhost:9200", null, null, null, null),
                properties);
        assertThat(properties)
                .containsEntry("hibernate.search.backend.type", "lucene")
                .containsEntry("hibernate.search.backend.directory.root", "./data/index")
                .containsEntry(
                        "hibernate.search.backend.analysis.configurer", "class:" + BulgarianAnalysis.class.getName());
    }

    @Test
    void openSearchTakesTheClusterTheBulgarianIndexSettingsAndDropsLucenesOwn() {
        var properties = lucene();
        SearchBackend.apply(
                new SearchBackend.Settings(
                        SearchBackend.Kind.OPENSEARCH,
                        "https://search-1:9200,https://search-2:9200",
                        "libpartners",
                        "secret",
                        "",
                        "Test-"),
                properties);
        assertThat(properties)
                .containsEntry("hibernate.search.backend.type", "elasticsearch")
                .containsEntry("hibernate.search.backend.uris", "https://search-1:9200,https://search-2:9200")
                .containsEntry("hibernate.search.backend.username", "libpartners")
                .containsEntry("hibernate.search.backend.password", "secret")
                .containsEntry(
                        "hibernate.search.backend.analysis.configurer",
                        "class:" + BulgarianOpenSearchAnalysis.class.getName())
                .containsEntry("hibernate.search.indexing.plan.synchronization.strategy", "sync")
                .containsEntry("hibernate.jdbc.batch_size", 100)
                .hasEntrySatisfying("hibernate.search.backend.layout.strategy", layout -> {
                    var prefixed = (PrefixedIndexLayout) layout;
                    assertThat(prefixed.createWriteAlias("organisation")).isEqualTo("test-organisation-write");
                    assertThat(prefixed.extractUniqueKeyFromElasticsearchIndexName(
                                    prefixed.createInitialElasticsearchIndexName("organisation")))
                            .isEqualTo(prefixed.extractUniqueKeyFromHibernateSearchIndexName("organisation"));
                })
                .doesNotContainKeys(
                        "hibernate.search.backend.directory.root",
                        "hibernate.search.backend.directory.type",
                        "hibernate.search.backend.lucene_version",
                        "hibernate.search.backend.query.caching.configurer",
                        "hibernate.search.backend.version");
    }

    @Test
    void aGivenVersionIsNotAskedOfTheCluster() {
        var properties = lucene();
        SearchBackend.apply(
                new SearchBackend.Settings(
                        SearchBackend.Kind.OPENSEARCH, "http://localhost:9200", "", null, "opensearch:2.19", null),
                properties);
        assertThat(properties)
                .containsEntry("hibernate.search.backend.version", "opensearch:2.19")
                .containsEntry("hibernate.search.backend.version_check.enabled", "false")
                .doesNotContainKey("hibernate.search.backend.username");
    }
}
