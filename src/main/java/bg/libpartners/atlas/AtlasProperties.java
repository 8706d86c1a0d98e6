package bg.libpartners.atlas;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The atlas's settings ({@code libpartners.atlas.*}).
 *
 * @param tileUrl a tile server's URL template for the map's background; empty: the map draws only Bulgaria's outline
 * @param index the in-memory index that serves the map and its counts
 */
@ConfigurationProperties("libpartners.atlas")
public record AtlasProperties(
        @DefaultValue("") String tileUrl, @DefaultValue Index index) {

    /**
     * @param enabled the map and its counts served from the in-memory index instead of asking the modules each time
     * @param checkInterval how often a node compares its index with the tables ({@code 0}: on every question)
     * @param maxAge the index is rebuilt at least this often
     * @param staleFor how long the previous index may answer while a rebuild after a change runs
     * @param pause the least time between two rebuilds after changes (a burst of changes costs one rebuild)
     */
    public record Index(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("2s") Duration checkInterval,
            @DefaultValue("10m") Duration maxAge,
            @DefaultValue("5m") Duration staleFor,
            @DefaultValue("15s") Duration pause) {}
}
