package bg.libpartners.insight;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dashboards' settings.
 *
 * @param freshness how old cached figures may get before they are recomputed in the background (the old ones are
 *     shown meanwhile)
 * @param changeDelay a module's {@link FiguresChanged} marks its section changed; its cached figures are recomputed
 *     once at the end of each such period, however many changes came in it (a survey submitting thousands of
 *     partnerships costs one recomputation, not thousands)
 * @param maxAge after this a cached figure is dropped and the next visitor waits for a new one
 * @param monthlyCron when the monthly reports go to their subscribers (Europe/Sofia)
 * @param warmUp whether the unfiltered figures of the programme and of every oblast (all years) are computed in the
 *     background once the application is ready, again after an admin's "recompute now", and once per {@code maxAge}
 *     for those dropped meanwhile ({@link FigureWarmUp}); off in the tests, which compute what they ask
 */
@ConfigurationProperties("libpartners.insight")
public record InsightProperties(
        @DefaultValue("5m") Duration freshness,
        @DefaultValue("30s") Duration changeDelay,
        @DefaultValue("2h") Duration maxAge,
        @DefaultValue("0 0 7 1 * *") String monthlyCron,
        @DefaultValue("true") boolean warmUp) {}
