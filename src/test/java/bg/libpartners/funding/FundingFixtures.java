package bg.libpartners.funding;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.partnership.PartnershipFixtures;
import bg.libpartners.taxonomy.Benefit;
import bg.libpartners.taxonomy.TargetGroup;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Calls and applications of the demo librarian's library with the demo partner, for the funding tests. */
@Component
public class FundingFixtures {

    private final PartnershipFixtures people;
    private final CallService calls;
    private final ApplicationService applications;
    private final Clock clock;
    private Long partnership;

    FundingFixtures(PartnershipFixtures people, CallService calls, ApplicationService applications, Clock clock) {
        this.people = people;
        this.calls = calls;
        this.applications = applications;
        this.clock = clock;
    }

    public CurrentUser demo(Role role) {
        return people.demo(role);
    }

    public long library() {
        return people.library();
    }

    public long partnerOrg() {
        return people.partnerOrg();
    }

    /** A partnership of the demo library with the demo partner, made once per context. */
    public synchronized long partnership() {
        if (partnership == null) {
            partnership = people.create("Проект за съфинансиране");
        }
        return partnership;
    }

    public CallInput callInput(String title, String budget, List<String> required) {
        var now = LocalDateTime.now(clock.withZone(CallInput.SOFIA)).withNano(0);
        return new CallInput(
                title,
                "Подкрепа за партньорства на библиотеките",
                new BigDecimal(budget),
                new BigDecimal("1000.00"),
                new BigDecimal("10000.00"),
                new BigDecimal("20"),
                Set.of(),
                Set.of(),
                false,
                now.minusDays(1),
                now.plusDays(30),
                10,
                List.of(
                        new Call.Criterion("Значимост за общността", null, 60),
                        new Call.Criterion("Устойчивост на партньорството", null, 40)),
                List.of(),
                List.of("С какво проектът продължава след края си?"),
                required,
                null);
    }

    /** A published call with a budget, grants from 1,000 to 10,000 €, 20 % co-financing. */
    public long publishedCall(String title, String budget, List<String> required) {
        var admin = demo(Role.ADMIN);
        long id = calls.create(admin, callInput(title, budget, required));
        calls.publish(admin, id, calls.get(admin, id).version());
        return id;
    }

    /**
     * An eligible application input: 10,000 € budget (library staff 6,000, partner services 4,000), {@code requested}
     * asked and the rest co-financed by the library.
     */
    public ApplicationInput input(String title, String requested) {
        var req = new BigDecimal(requested);
        var total = new BigDecimal("10000.00");
        return new ApplicationInput(
                library(),
                partnership(),
                title,
                "Повече деца в библиотеката",
                Set.of(TargetGroup.CHILDREN),
                Set.of(Benefit.NEW_VISITORS, Benefit.FINANCIAL_RESOURCES),
                List.of(new Application.Activity(
                        "Лятно четене",
                        LocalDate.now(clock).minusDays(10),
                        LocalDate.now(clock).plusMonths(6))),
                List.of(new Application.IndicatorTarget("Нови читатели", "души", new BigDecimal("120"))),
                List.of(
                        new Application.BudgetLine(
                                library(), null, BudgetKind.STAFF, "Водещ", new BigDecimal("6000.00")),
                        new Application.BudgetLine(
                                partnerOrg(), null, BudgetKind.SERVICES, "Занимания", new BigDecimal("4000.00"))),
                req,
                List.of(new Application.Cofinancing(library(), null, total.subtract(req))),
                List.of("Продължава с доброволци."),
                null);
    }

    public long draft(long call, String title, String requested) {
        return applications.create(demo(Role.LIBRARIAN), call, input(title, requested));
    }

    public long submitted(long call, String title, String requested) {
        long id = draft(call, title, requested);
        var librarian = demo(Role.LIBRARIAN);
        applications.submit(librarian, id, applications.get(librarian, id).version());
        return id;
    }
}
