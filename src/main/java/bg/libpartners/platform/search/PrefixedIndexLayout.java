package bg.libpartners.platform.search;

import java.util.Locale;
import java.util.regex.Pattern;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * Hibernate Search's simple layout (index {@code <name>-000001}, aliases {@code <name>-write} and {@code <name>-read})
 * with a prefix before every name, so that several installations (a test and a production, two programmes) can share
 * one OpenSearch cluster ({@code libpartners.search.index-prefix}).
 */
final class PrefixedIndexLayout implements IndexLayoutStrategy {

    private static final Pattern SUFFIX = Pattern.compile("-\\d{6}$");

    private final String prefix;

    PrefixedIndexLayout(String prefix) {
        this.prefix = prefix.toLowerCase(Locale.ROOT);
    }

    @Override
    public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-000001";
    }

    @Override
    public String createWriteAlias(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-write";
    }

    @Override
    public String createReadAlias(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-read";
    }

    @Override
    public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName;
    }

    @Override
    public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
        var matcher = SUFFIX.matcher(elasticsearchIndexName);
        if (!matcher.find()) {
            throw new IllegalArgumentException("not an index of this layout: " + elasticsearchIndexName);
        }
        return elasticsearchIndexName.substring(0, matcher.start());
    }
}
