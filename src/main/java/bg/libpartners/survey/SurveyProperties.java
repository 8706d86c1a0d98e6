package bg.libpartners.survey;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code libpartners.survey.*}: how fast invitations are mailed in the background (mails per second, batch per run,
 * pause between runs) and how long progress and results are cached while a campaign runs.
 */
@Validated
@ConfigurationProperties("libpartners.survey")
public record SurveyProperties(
        @Min(1) Integer mailsPerSecond,
        @Min(1) Integer mailBatch,
        Duration mailPause,
        Duration resultsFresh,
        Duration progressFresh) {

    public SurveyProperties {
        mailsPerSecond = mailsPerSecond == null ? 20 : mailsPerSecond;
        mailBatch = mailBatch == null ? 500 : mailBatch;
        mailPause = mailPause == null ? Duration.ofSeconds(5) : mailPause;
        resultsFresh = resultsFresh == null ? Duration.ofSeconds(30) : resultsFresh;
        progressFresh = progressFresh == null ? Duration.ofSeconds(2) : progressFresh;
    }
}
