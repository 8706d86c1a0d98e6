package bg.libpartners.platform;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Whether the node is answering requests right now, so that work done in the background only to save later visitors
 * a wait (the insight figures computed ahead) yields to the people waiting now. On two cores such a pass took the
 * second core from the first requests after a start: the register import's preview was 0.3 s slower with it
 * (BENCHMARKS.md, session 17). Java's thread priorities do nothing on Linux, so the background work asks
 * {@link #awaitQuiet} between its steps.
 *
 * <p>A request counts while a thread runs it through the filters (an asynchronous answer counts until its thread
 * returns, not while it streams later).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestActivity implements Filter {

    private final AtomicInteger running = new AtomicInteger();
    private volatile long lastEnded = System.nanoTime();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        running.incrementAndGet();
        try {
            chain.doFilter(request, response);
        } finally {
            lastEnded = System.nanoTime();
            running.decrementAndGet();
        }
    }

    /** True when no request runs now and none ended in the last {@code quietFor}. */
    public boolean quiet(Duration quietFor) {
        return running.get() == 0 && System.nanoTime() - lastEnded >= quietFor.toNanos();
    }

    /**
     * Waits until the node has been {@link #quiet} for {@code quietFor}, or until {@code deadline} (a
     * {@link System#nanoTime()} value) has passed, whichever comes first; true when it is quiet. Returns at once when
     * the thread is interrupted, with its interrupt flag set.
     */
    public boolean awaitQuiet(Duration quietFor, long deadline) {
        while (!quiet(quietFor)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                Thread.sleep(Math.max(1, Math.min(Duration.ofNanos(left).toMillis(), 50)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
