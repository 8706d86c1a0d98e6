package bg.libpartners.funding;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of co-financing ({@code libpartners.funding.*}).
 *
 * @param answersKept how long a call's ranking or a library's portfolio is kept at most; any write forgets it at
 *     once, so this bounds only memory, not freshness ({@code 0}: not kept)
 * @param rankingsKept how many calls' rankings are kept at most ({@code 0}: none)
 * @param portfoliosKept how many portfolios (per library and reader's view) are kept at most ({@code 0}: none)
 */
@ConfigurationProperties("libpartners.funding")
public record FundingProperties(
        @DefaultValue("5m") Duration answersKept,
        @DefaultValue("1000") int rankingsKept,
        @DefaultValue("10000") int portfoliosKept) {}
