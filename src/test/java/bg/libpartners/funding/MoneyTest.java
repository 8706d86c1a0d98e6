package bg.libpartners.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void convertsLevaAtTheFixedRateRoundingHalfUpToTheCent() {
        assertThat(Money.fromLeva(new BigDecimal("1.95583"))).isEqualByComparingTo("1.00");
        assertThat(Money.fromLeva(new BigDecimal("100.00"))).isEqualTo(new BigDecimal("51.13"));
        assertThat(Money.fromLeva(new BigDecimal("1.00"))).isEqualTo(new BigDecimal("0.51"));
        // 0.01 лв. = 0.005113 € → rounds up to 0.01 €; 0.009779 € is exactly where half up matters
        assertThat(Money.fromLeva(new BigDecimal("0.01"))).isEqualTo(new BigDecimal("0.01"));
        assertThat(Money.fromLeva(new BigDecimal("195583.00"))).isEqualTo(new BigDecimal("100000.00"));
    }

    @Test
    void formatsTheBulgarianWay() {
        assertThat(Money.format(new BigDecimal("12345.6"))).isEqualTo("12 345,60 €");
        assertThat(Money.format(null)).isEqualTo("0,00 €");
    }

    @Test
    void refusesFractionsOfACent() {
        assertThat(Money.inCents(new BigDecimal("10.10"))).isTrue();
        assertThat(Money.inCents(new BigDecimal("10.100"))).isTrue();
        assertThat(Money.inCents(new BigDecimal("10.101"))).isFalse();
    }

    @Test
    void aCallIsOpenUntilItsClosingSecondAndNotOneSecondLater() {
        var call = new Call(java.time.Instant.EPOCH, false);
        var now = java.time.LocalDateTime.of(2026, 3, 31, 17, 0);
        var in = new CallInput(
                "Т",
                null,
                new BigDecimal("100"),
                new BigDecimal("10"),
                new BigDecimal("50"),
                BigDecimal.TEN,
                null,
                null,
                false,
                now.minusDays(30),
                now,
                5,
                java.util.List.of(new Call.Criterion("К", null, 100)),
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(),
                null);
        call.describe(in, java.util.List.of(), java.time.Instant.EPOCH);
        call.publish(java.time.Instant.EPOCH);
        var closes = CallInput.instant(now);
        assertThat(call.openAt(closes)).isTrue();
        assertThat(call.openAt(closes.plusSeconds(1))).isFalse();
        // 17:00 in Sofia on 31 March 2026 (summer time, UTC+3) is 14:00 UTC
        assertThat(closes.toString()).isEqualTo("2026-03-31T14:00:00Z");
    }

    @Test
    void weighsScoresOnTheScaleOutOfOneHundred() {
        var review = new Review(1, 1, 1, "Е", java.time.Instant.EPOCH);
        review.declare(false, null, java.time.Instant.EPOCH);
        review.score(
                java.util.List.of(new Review.Score(0, 8, null), new Review.Score(1, 6, null)),
                null,
                java.util.List.of(new Call.Criterion("А", null, 60), new Call.Criterion("Б", null, 40)),
                10,
                java.time.Instant.EPOCH);
        assertThat(review.getTotal()).isEqualByComparingTo("72.00");
    }
}
