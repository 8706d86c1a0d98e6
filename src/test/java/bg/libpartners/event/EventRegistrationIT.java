package bg.libpartners.event;

import static bg.libpartners.event.EventFixtures.demo;
import static bg.libpartners.event.EventFixtures.inDays;
import static bg.libpartners.event.EventFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Registration under concurrency: the event's row lock keeps the places exact and the waiting list in order. */
@IntegrationTest
class EventRegistrationIT {

    @Autowired
    EventService events;

    @Autowired
    RegistrationService registrations;

    @Autowired
    UserDetailsService users;

    @Test
    void fortyConcurrentRegistrationsForTenPlacesGiveTenRegisteredAndThirtyWaitingInOrder() throws Exception {
        var coordinator = demo(users, Role.COORDINATOR);
        long id = events.create(coordinator, meeting("Регионална среща за 10 души", inDays(20), 10));
        int n = 40;
        var barrier = new CyclicBarrier(n);
        var pool = Executors.newFixedThreadPool(n);
        var futures = new ArrayList<Future<RegistrationView>>();
        for (int i = 0; i < n; i++) {
            int k = i;
            futures.add(pool.submit(() -> {
                barrier.await(30, TimeUnit.SECONDS);
                return registrations.register(
                        coordinator,
                        id,
                        new RegistrationService.RegistrationRequest(
                                "Участник " + k, "participant" + k + "@example.org"));
            }));
        }
        var answers = new ArrayList<RegistrationView>();
        for (var f : futures) {
            answers.add(f.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(answers.stream().filter(a -> a.status() == RegistrationStatus.REGISTERED))
                .hasSize(10);
        assertThat(answers.stream().filter(a -> a.status() == RegistrationStatus.WAITLISTED))
                .hasSize(30);
        var stored = registrations.list(coordinator, id);
        assertThat(stored).hasSize(40);
        // positions 1..40 without gaps; the first ten hold the places, the rest wait in that order
        assertThat(stored.stream().map(RegistrationView::position))
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, 40).boxed().toList());
        assertThat(stored.subList(0, 10)).allMatch(r -> r.status() == RegistrationStatus.REGISTERED);
        assertThat(stored.subList(10, 40)).allMatch(r -> r.status() == RegistrationStatus.WAITLISTED);
        // each answer told its caller the status the database holds
        for (var a : answers) {
            assertThat(stored.stream()
                            .filter(r -> r.id() == a.id())
                            .findFirst()
                            .orElseThrow()
                            .status())
                    .isEqualTo(a.status());
        }

        // cancelling a place promotes the first waiting (position 11), and only them
        var firstWaiting = stored.get(10);
        registrations.cancel(coordinator, id, stored.get(3).id());
        var after = registrations.list(coordinator, id);
        assertThat(after.stream().filter(r -> r.status() == RegistrationStatus.REGISTERED))
                .hasSize(10);
        assertThat(after.stream()
                        .filter(r -> r.id() == firstWaiting.id())
                        .findFirst()
                        .orElseThrow()
                        .status())
                .isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(after.stream()
                        .filter(r -> r.status() == RegistrationStatus.WAITLISTED)
                        .min(Comparator.comparingInt(RegistrationView::position))
                        .orElseThrow()
                        .position())
                .isEqualTo(12);
    }
}
