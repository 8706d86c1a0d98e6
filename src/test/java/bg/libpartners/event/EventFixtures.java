package bg.libpartners.event;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.account.Scope;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.account.TestPeople;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Users and inputs the event tests share. */
final class EventFixtures {

    static final String PLOVDIV = "56784";
    static final String VRATSA = "12259";

    private EventFixtures() {}

    static CurrentUser demo(UserDetailsService users, Role role) {
        return (CurrentUser) users.loadUserByUsername(DemoAccounts.of(role).email());
    }

    /**
     * A coordinator of another oblast (Враца), a librarian of a library that is not the demo's: a new person in the
     * database, scoped to a real oblast or library.
     */
    static CurrentUser stranger(TestPeople people, Role role) {
        var scope = role == Role.COORDINATOR
                ? Scope.of(ScopeKind.OBLAST, "VRC")
                : people.another(
                        role.scopeKind(),
                        Long.parseLong(people.demo(role)
                                .refs(role.scopeKind())
                                .iterator()
                                .next()));
        return people.create(role, scope);
    }

    static EventInput meeting(String title, LocalDateTime start, Integer capacity) {
        return new EventInput(
                EventKind.REGIONAL_MEETING,
                title,
                "Среща с библиотекари и общността",
                start,
                start.plusHours(3),
                PLOVDIV,
                "Регионална библиотека „Иван Вазов“",
                null,
                capacity,
                null,
                null,
                Set.of("PDV"),
                Set.of(),
                null,
                null,
                false,
                List.of(new AgendaItem("10:00", "Откриване", "Координатор")),
                null);
    }

    static EventInput publicMeeting(String title, LocalDateTime start, Integer capacity) {
        var in = meeting(title, start, capacity);
        return new EventInput(
                in.kind(),
                in.title(),
                in.description(),
                in.start(),
                in.end(),
                in.ekatte(),
                in.address(),
                null,
                capacity,
                null,
                null,
                Set.of("PDV"),
                Set.of(),
                null,
                null,
                true,
                in.agenda(),
                null);
    }

    static LocalDateTime inDays(int days) {
        return LocalDate.now(EventTimes.ZONE).plusDays(days).atTime(LocalTime.of(10, 0));
    }
}
