package bg.libpartners.partnership;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.taxonomy.ActivityField;
import bg.libpartners.taxonomy.Contribution;
import bg.libpartners.taxonomy.TargetGroup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** The demo people and a partnership of the demo librarian's library with the demo partner, for the ITs. */
@Component
public class PartnershipFixtures {

    private final UserDetailsService users;
    private final PartnershipService service;

    PartnershipFixtures(UserDetailsService users, PartnershipService service) {
        this.users = users;
        this.service = service;
    }

    public CurrentUser demo(Role role) {
        return (CurrentUser) users.loadUserByUsername(DemoAccounts.of(role).email());
    }

    public long library() {
        return Long.parseLong(
                demo(Role.LIBRARIAN).refs(ScopeKind.LIBRARY).iterator().next());
    }

    public long partnerOrg() {
        return Long.parseLong(
                demo(Role.PARTNER).refs(ScopeKind.ORGANISATION).iterator().next());
    }

    long create(String title, LocalDate start, LocalDate end) {
        return service.create(
                demo(Role.LIBRARIAN),
                new PartnershipInput(
                        title,
                        library(),
                        Set.of(TargetGroup.CHILDREN),
                        Set.of(ActivityField.READING),
                        "Нужда",
                        "Концепция",
                        "Цели",
                        "Имейл",
                        "Месечно",
                        "Отчет",
                        "Анкета",
                        null,
                        null,
                        start,
                        end,
                        List.of(new PartnershipInput.PartyInput(
                                partnerOrg(),
                                "Съорганизатор",
                                "Води учениците",
                                Set.of(Contribution.EXPERTISE),
                                new BigDecimal("100.00"),
                                null,
                                "Нови читатели",
                                "Директор")),
                        null),
                true);
    }

    public long create(String title) {
        return create(title, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
    }
}
