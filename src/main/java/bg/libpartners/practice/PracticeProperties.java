package bg.libpartners.practice;

import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The good practices' settings ({@code libpartners.practice.*}).
 *
 * @param searchCacheSize how many search answers are kept
 * @param searchCacheSeconds how long a search answer is kept; {@code 0} turns the cache off
 */
@Validated
@ConfigurationProperties("libpartners.practice")
record PracticeProperties(
        @DefaultValue("5000") @PositiveOrZero int searchCacheSize,
        @DefaultValue("300") @PositiveOrZero long searchCacheSeconds) {}
