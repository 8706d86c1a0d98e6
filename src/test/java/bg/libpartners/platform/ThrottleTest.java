package bg.libpartners.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    @Test
    void allowsCapacityUsesPerKeyThenRefusesWithATimeToWait() {
        var throttle = new Throttle(3, Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.tryTake("a")).isTrue();
        }
        assertThat(throttle.tryTake("a")).isFalse();
        assertThat(throttle.waitFor("a"))
                .isGreaterThan(Duration.ofMinutes(10))
                .isLessThanOrEqualTo(Duration.ofMinutes(20));
        assertThat(throttle.tryTake("b"))
                .as("another key has its own allowance")
                .isTrue();
        assertThat(throttle.waitFor("b")).isZero();
    }

    @Test
    void aUseGivenBackCanBeTakenAgainButNeverBeyondCapacity() {
        var throttle = new Throttle(2, Duration.ofHours(1));
        assertThat(throttle.tryTake("a")).isTrue();
        assertThat(throttle.tryTake("a")).isTrue();
        throttle.giveBack("a");
        assertThat(throttle.tryTake("a")).isTrue();
        assertThat(throttle.tryTake("a")).isFalse();

        throttle.giveBack("fresh");
        throttle.giveBack("fresh");
        assertThat(throttle.tryTake("fresh")).isTrue();
        assertThat(throttle.tryTake("fresh")).isTrue();
        assertThat(throttle.tryTake("fresh")).isFalse();
    }

    @Test
    void minutesToTellArePositiveWholeMinutesRoundedUp() {
        assertThat(ThrottleService.minutes(Duration.ofSeconds(1))).isEqualTo(1);
        assertThat(ThrottleService.minutes(Duration.ofSeconds(61))).isEqualTo(2);
        assertThat(ThrottleService.minutes(Duration.ZERO)).isEqualTo(1);
    }
}
