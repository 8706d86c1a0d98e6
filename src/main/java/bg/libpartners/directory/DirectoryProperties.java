package bg.libpartners.directory;

import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The directory's settings ({@code libpartners.directory.*}).
 *
 * @param demoRegister with demo data on, the register of libraries shipped with the application is imported at first
 *     start (off in tests that import their own register)
 * @param searchCacheSize how many search answers (pages, and facet counts per question) are kept; {@code 0} turns the
 *     cache off
 * @param searchCacheSeconds how long a search answer is kept
 * @param detailsKept how many organisations' records are kept as read for the detail page and API until the next
 *     write ({@code 0} reads each time)
 * @param searchConcurrency how many questions (searches with words) run over the index at once ({@link SearchGate});
 *     the others wait their turn; {@code 0} means as many as the machine has cores
 */
@Validated
@ConfigurationProperties("libpartners.directory")
record DirectoryProperties(
        @DefaultValue("true") boolean demoRegister,
        @DefaultValue("1000") @PositiveOrZero int searchCacheSize,
        @DefaultValue("300") @PositiveOrZero long searchCacheSeconds,
        @DefaultValue("10000") @PositiveOrZero int detailsKept,
        @DefaultValue("0") @PositiveOrZero int searchConcurrency) {}
