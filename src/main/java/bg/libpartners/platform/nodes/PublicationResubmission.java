package bg.libpartners.platform.nodes;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Event publications that did not complete (a node stopped in the middle, a listener failed) are resubmitted here,
 * never by Spring Modulith's republish-on-restart, which would run on every node as it starts and hand a publication
 * another node is still handling to a second listener.
 *
 * <ul>
 *   <li>One node ({@link #atStart()}): everything incomplete when the application starts, as Modulith's own option
 *       did; nothing else can be handling it.</li>
 *   <li>Several nodes ({@link #resubmitStale()}): every {@code libpartners.events.resubmit-every} (1 minute), on
 *       one node at a time (ShedLock, {@value #LOCK}), the incomplete publications published more than
 *       {@code libpartners.events.resubmit-after} ago (10 minutes: far longer than any listener takes, so one that
 *       is still running on another node is left alone). Modulith marks a resubmitted publication in the same
 *       statement that checks it was not resubmitted already, so even two runs at once hand it over once.</li>
 * </ul>
 * The age is measured with the application's clock, the one the registry dates publications with.
 */
public class PublicationResubmission {

    static final String LOCK = "platform.resubmit-publications";

    private static final Logger log = LoggerFactory.getLogger(PublicationResubmission.class);

    private final IncompleteEventPublications publications;
    private final Clock clock;
    private final Duration age;

    PublicationResubmission(IncompleteEventPublications publications, Clock clock, Duration age) {
        this.publications = publications;
        this.clock = clock;
        this.age = age;
    }

    /** One node: whatever is incomplete at start was left by this node's previous run. */
    void atStart() {
        publications.resubmitIncompletePublications(publication -> true);
    }

    /** Several nodes: the publications older than the age, by the one node that holds the lock. */
    @Scheduled(
            fixedDelayString = "${libpartners.events.resubmit-every:1m}",
            initialDelayString = "${libpartners.events.resubmit-every:1m}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
    public void resubmitStale() {
        var before = clock.instant().minus(age);
        log.debug("Resubmitting the incomplete event publications published before {}", before);
        publications.resubmitIncompletePublications((EventPublication publication) ->
                publication.getPublicationDate().isBefore(before));
    }
}
