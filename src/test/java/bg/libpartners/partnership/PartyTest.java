package bg.libpartners.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.taxonomy.Contribution;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A partner's confirmation covers what was written for them: changing what they bring withdraws it. */
class PartyTest {

    static Party confirmed() {
        var party = new Party(null, 7L, "Училище", "SCHOOL");
        party.describe(
                "Съорганизатор",
                "Води учениците",
                Set.of(Contribution.EXPERTISE),
                new BigDecimal("250.00"),
                "два часа седмично",
                "Нови читатели",
                "Директор");
        party.confirm(42L, Instant.parse("2026-05-01T10:00:00Z"));
        return party;
    }

    static void describe(Party party, Set<Contribution> contributions, BigDecimal money, String note) {
        party.describe("Съорганизатор", "Води учениците", contributions, money, note, "Нови читатели", "Директор");
    }

    @Test
    void aChangedContributionWithdrawsTheConfirmation() {
        var party = confirmed();
        describe(
                party,
                Set.of(Contribution.EXPERTISE, Contribution.VOLUNTEERS),
                new BigDecimal("250.00"),
                "два часа седмично");
        assertThat(party.getConfirmedAt()).isNull();
        assertThat(party.getConfirmedBy()).isNull();
    }

    @Test
    void changedMoneyWithdrawsTheConfirmation() {
        var party = confirmed();
        describe(party, Set.of(Contribution.EXPERTISE), new BigDecimal("2500.00"), "два часа седмично");
        assertThat(party.getConfirmedAt()).isNull();

        var withdrawn = confirmed();
        describe(withdrawn, Set.of(Contribution.EXPERTISE), null, "два часа седмично");
        assertThat(withdrawn.getConfirmedAt()).as("money taken away").isNull();
    }

    @Test
    void aChangedContributionNoteWithdrawsTheConfirmation() {
        var party = confirmed();
        describe(party, Set.of(Contribution.EXPERTISE), new BigDecimal("250.00"), "един час месечно");
        assertThat(party.getConfirmedAt()).isNull();
    }

    @Test
    void theSameContributionAndAmountKeepTheConfirmation() {
        var party = confirmed();
        describe(party, Set.of(Contribution.EXPERTISE), new BigDecimal("250"), "два часа седмично");
        assertThat(party.getConfirmedAt()).isEqualTo(Instant.parse("2026-05-01T10:00:00Z"));
        assertThat(party.getConfirmedBy()).isEqualTo(42L);
    }
}
