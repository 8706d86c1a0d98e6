package bg.libpartners.platform.search;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the search indexes live: {@code libpartners.search.backend=lucene} (the default) keeps them with Lucene in
 * the data folder of each node; {@code opensearch} puts them on an OpenSearch cluster (Hibernate Search's Elasticsearch
 * backend, which speaks to OpenSearch), shared by every node, with {@link BulgarianOpenSearchAnalysis}. The Hibernate
 * Search settings of the other backend are dropped, so one set of properties serves both.
 */
@Configuration(proxyBeanMethods = false)
public class SearchBackend {

    static final String PREFIX = "hibernate.search.";

    /**
     * @param backend {@code lucene} or {@code opensearch}
     * @param url the cluster's address(es), comma-separated ({@code LIBPARTNERS_SEARCH_URL})
     * @param username basic-authentication user, none when blank ({@code LIBPARTNERS_SEARCH_USER})
     * @param password its password ({@code LIBPARTNERS_SEARCH_PASSWORD})
     * @param version the cluster's version ("opensearch:2.19"), when the cluster must not be asked at start (a managed
     *     service that refuses {@code GET /}); blank: asked
     * @param indexPrefix before every index and alias name, for several installations on one cluster; blank: none
     */
    @ConfigurationProperties("libpartners.search")
    public record Settings(
            @DefaultValue("lucene") Kind backend,
            @DefaultValue("http://localhost:9200") String url,
            String username,
            String password,
            String version,
            String indexPrefix) {}

    public enum Kind {
        LUCENE,
        OPENSEARCH
    }

    @Bean
    HibernatePropertiesCustomizer searchBackendProperties(Settings settings) {
        return properties -> apply(settings, properties);
    }

    /** Sets the Hibernate Search properties of the chosen backend and drops the other's. */
    static void apply(Settings settings, Map<String, Object> properties) {
        if (settings.backend() != Kind.OPENSEARCH) {
            properties.put(PREFIX + "backend.type", "lucene");
            return;
        }
        properties
                .keySet()
                .removeIf(key -> key.startsWith(PREFIX + "backend.directory.")
                        || key.equals(PREFIX + "backend.lucene_version")
                        || key.startsWith(PREFIX + "backend.query.caching.")
                        || key.startsWith(PREFIX + "backend.io."));
        properties.put(PREFIX + "backend.type", "elasticsearch");
        properties.put(PREFIX + "backend.uris", settings.url());
        if (settings.username() != null && !settings.username().isBlank()) {
            properties.put(PREFIX + "backend.username", settings.username());
            properties.put(PREFIX + "backend.password", settings.password() == null ? "" : settings.password());
        }
        if (settings.version() != null && !settings.version().isBlank()) {
            properties.put(PREFIX + "backend.version", settings.version());
            properties.put(PREFIX + "backend.version_check.enabled", "false");
        }
        if (settings.indexPrefix() != null && !settings.indexPrefix().isBlank()) {
            properties.put(PREFIX + "backend.layout.strategy", new PrefixedIndexLayout(settings.indexPrefix()));
        }
        properties.put(PREFIX + "backend.analysis.configurer", "class:" + BulgarianOpenSearchAnalysis.class.getName());
        // Read your writes, as on Lucene: a change is searchable when its transaction returns (OpenSearch would
        // otherwise show it only at its next refresh, within a second).
        properties.putIfAbsent(PREFIX + "indexing.plan.synchronization.strategy", "sync");
    }
}
