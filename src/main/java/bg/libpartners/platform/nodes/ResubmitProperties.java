package bg.libpartners.platform.nodes;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When incomplete event publications are resubmitted with several nodes ({@code libpartners.events.*}; README,
 * "Run several nodes").
 *
 * @param resubmitAfter a publication is resubmitted once it is this old
 * @param resubmitEvery how often one node looks for them (read by {@link PublicationResubmission}'s schedule)
 */
@ConfigurationProperties("libpartners.events")
public record ResubmitProperties(
        @DefaultValue("10m") Duration resubmitAfter,
        @DefaultValue("1m") Duration resubmitEvery) {}
