package bg.libpartners.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A partnership follows a merge of duplicates in the directory: every reference moves, no party is doubled. */
class PartnershipMergeTest {

    static final Instant CREATED = Instant.parse("2026-01-01T10:00:00Z");
    static final Instant MERGED = Instant.parse("2026-06-01T10:00:00Z");

    static Partnership partnership(long lead, Long holder) {
        return new Partnership("Сливане", lead, "Библиотека", holder, "PDV", "PDV22", null, CREATED);
    }

    @Test
    void theLeadTheHolderAndAPartyNameTheKeptRecordAndTheTimeOfChangeMoves() {
        var p = partnership(1, 2L);
        p.addParty(3, "Сдружение „Сливане“", "NGO");
        p.followMerge(10, "Библиотека Сливане", 1, MERGED);
        p.followMerge(20, "Читалище Сливане", 2, MERGED);
        p.followMerge(30, "Сдружение Сливане", 3, MERGED);
        assertThat(p.getLeadLibraryId()).isEqualTo(10);
        assertThat(p.getLeadLibraryName()).isEqualTo("Библиотека Сливане");
        assertThat(p.getHolderId()).isEqualTo(20L);
        assertThat(p.getParties())
                .extracting(Party::getOrganisationId, Party::getOrganisationName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(30L, "Сдружение Сливане"));
        assertThat(p.getUpdatedAt()).isEqualTo(MERGED);
    }

    @Test
    void aPartyOfTheRemovedRecordGoesWhenTheKeptOneIsAlreadyAParty() {
        var p = partnership(1, null);
        p.addParty(3, "Сдружение „Сливане“", "NGO");
        p.addParty(4, "Училище", "SCHOOL");
        p.addParty(30, "Сдружение Сливане", "NGO");
        p.followMerge(30, "Сдружение Сливане", 3, MERGED);
        assertThat(p.getParties()).extracting(Party::getOrganisationId).containsExactly(4L, 30L);
        assertThat(p.getParties()).extracting(Party::getSortOrder).containsExactly(0, 1);
        assertThat(p.getPartnerTypes()).isEqualTo("NGO,SCHOOL");
    }

    @Test
    void aPartnershipThatDoesNotNameTheRemovedRecordKeepsItsReferences() {
        var p = partnership(1, 2L);
        p.addParty(3, "Сдружение", "NGO");
        p.followMerge(30, "Друго", 99, MERGED);
        assertThat(p.getLeadLibraryId()).isEqualTo(1);
        assertThat(p.getHolderId()).isEqualTo(2L);
        assertThat(p.getParties()).extracting(Party::getOrganisationId).containsExactly(3L);
    }
}
