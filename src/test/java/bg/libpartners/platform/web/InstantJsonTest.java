package bg.libpartners.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InstantJsonTest {

    @Test
    void writesWhatIsoInstantWrites() {
        var random = new SplittableRandom(42);
        for (int i = 0; i < 100_000; i++) {
            long seconds = random.nextLong(-5_000_000_000L, 300_000_000_000L);
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            var instant = Instant.ofEpochSecond(seconds, nano);
            assertThat(InstantJson.format(instant)).isEqualTo(DateTimeFormatter.ISO_INSTANT.format(instant));
        }
        for (var instant : new Instant[] {
            Instant.EPOCH,
            Instant.parse("2026-03-29T01:00:00Z"),
            Instant.parse("2026-11-30T23:59:59.999999999Z"),
            Instant.MIN,
            Instant.MAX
        }) {
            assertThat(InstantJson.format(instant)).isEqualTo(DateTimeFormatter.ISO_INSTANT.format(instant));
        }
    }
}
