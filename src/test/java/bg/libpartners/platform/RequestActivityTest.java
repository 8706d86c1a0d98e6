package bg.libpartners.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestActivityTest {

    private final RequestActivity activity = new RequestActivity();

    @Test
    void quietWhenNoRequestRunsAndNoneEndedLately() throws Exception {
        assertThat(activity.quiet(Duration.ZERO)).isTrue();
        assertThat(activity.awaitQuiet(Duration.ZERO, System.nanoTime())).isTrue();

        activity.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), (req, res) -> {
            assertThat(activity.quiet(Duration.ZERO)).isFalse();
        });

        assertThat(activity.quiet(Duration.ZERO)).isTrue();
        assertThat(activity.quiet(Duration.ofHours(1))).isFalse(); // one ended just now
        long started = System.nanoTime();
        assertThat(activity.awaitQuiet(
                        Duration.ofMillis(100), started + Duration.ofSeconds(10).toNanos()))
                .isTrue();
        assertThat(System.nanoTime() - started)
                .isGreaterThanOrEqualTo(Duration.ofMillis(90).toNanos());
    }

    @Test
    void waitingGivesUpAtTheDeadlineWhileARequestRuns() throws Exception {
        var runs = new CountDownLatch(1);
        var mayEnd = new CountDownLatch(1);
        var request = CompletableFuture.runAsync(() -> {
            try {
                activity.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), (req, res) -> {
                    runs.countDown();
                    try {
                        mayEnd.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(runs.await(5, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        assertThat(activity.awaitQuiet(
                        Duration.ZERO, started + Duration.ofMillis(200).toNanos()))
                .isFalse();
        assertThat(System.nanoTime() - started)
                .isGreaterThanOrEqualTo(Duration.ofMillis(200).toNanos());

        mayEnd.countDown();
        request.get(5, TimeUnit.SECONDS);
        assertThat(activity.awaitQuiet(
                        Duration.ZERO, System.nanoTime() + Duration.ofSeconds(5).toNanos()))
                .isTrue();
    }

    @Test
    void aFailingRequestStillEnds() {
        assertThatThrownBy(() ->
                        activity.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), (req, res) -> {
                            throw new IOException("broken pipe");
                        }))
                .isInstanceOf(IOException.class);
        assertThat(activity.quiet(Duration.ZERO)).isTrue();
    }
}
