package bg.libpartners.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * A call as the editor and the API send it. Times are wall-clock times in Bulgaria (Europe/Sofia); the share is per
 * cent; money is euro with at most two decimals; documents are ids of materials.
 */
public record CallInput(
        String title,
        String purpose,
        BigDecimal budget,
        BigDecimal minGrant,
        BigDecimal maxGrant,
        BigDecimal cofinancingShare,
        Set<String> libraryKinds,
        Set<String> oblasts,
        Boolean agreementRequired,
        LocalDateTime opensAt,
        LocalDateTime closesAt,
        Integer scaleMax,
        List<Call.Criterion> criteria,
        List<Long> documents,
        List<String> questions,
        List<String> requiredAttachments,
        Long version) {

    public static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");

    static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(SOFIA).toInstant();
    }

    static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, SOFIA);
    }

    public CallInput withVersion(Long v) {
        return new CallInput(
                title,
                purpose,
                budget,
                minGrant,
                maxGrant,
                cofinancingShare,
                libraryKinds,
                oblasts,
                agreementRequired,
                opensAt,
                closesAt,
                scaleMax,
                criteria,
                documents,
                questions,
                requiredAttachments,
                v);
    }
}
