package bg.libpartners.funding;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.Role;
import bg.libpartners.platform.ConflictException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Admins deciding at once never award more than the call's budget: the call's row is locked for each approval. */
@IntegrationTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc // shares the funding ITs' context
class FundingConcurrencyIT {

    @Autowired
    FundingFixtures fx;

    @Autowired
    ApplicationService applications;

    @Autowired
    DecisionService decisions;

    @Autowired
    CallService calls;

    @Autowired
    FundingReads reads;

    @Test
    void tenParallelApprovalsAgainstABudgetThatHoldsThreeLetExactlyThreeThrough() throws Exception {
        long call = fx.publishedCall("Покана за едновременни решения", "24000.00", List.of());
        var admin = fx.demo(Role.ADMIN);
        var ids = new ArrayList<Long>();
        for (int i = 0; i < 10; i++) {
            ids.add(fx.submitted(call, "Едновременно " + i, "8000.00"));
        }
        var versions =
                ids.stream().map(id -> applications.get(admin, id).version()).toList();
        var barrier = new CyclicBarrier(10);
        var pool = Executors.newFixedThreadPool(10);
        try {
            var outcomes = new ArrayList<Future<String>>();
            for (int i = 0; i < 10; i++) {
                long id = ids.get(i);
                long version = versions.get(i);
                outcomes.add(pool.submit(() -> {
                    barrier.await(30, TimeUnit.SECONDS);
                    try {
                        decisions.decide(
                                admin,
                                id,
                                new DecisionService.DecisionInput(
                                        DecisionService.Outcome.APPROVE,
                                        new BigDecimal("8000.00"),
                                        null,
                                        null,
                                        version));
                        return "approved";
                    } catch (ConflictException e) {
                        return e.getMessageKey();
                    }
                }));
            }
            var results = new ArrayList<String>();
            for (var f : outcomes) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            assertThat(results).filteredOn("approved"::equals).hasSize(3);
            assertThat(results).filteredOn("funding.error.overBudget"::equals).hasSize(7);
        } finally {
            pool.shutdownNow();
        }
        assertThat(calls.get(admin, call).awarded()).isEqualByComparingTo("24000.00");
        assertThat(calls.get(admin, call).remaining()).isEqualByComparingTo("0.00");
        var statuses =
                ids.stream().map(id -> applications.get(admin, id).status()).toList();
        assertThat(statuses).filteredOn(s -> s == ApplicationStatus.APPROVED).hasSize(3);
        assertThat(statuses).filteredOn(s -> s == ApplicationStatus.SUBMITTED).hasSize(7);
        assertThat(reads.totals(admin, java.util.Map.of()).byCall()).anySatisfy(r -> {
            assertThat(r.key()).isEqualTo(String.valueOf(call));
            assertThat(r.grants()).isEqualTo(3);
            assertThat(r.awarded()).isEqualByComparingTo("24000.00");
        });
    }
}
