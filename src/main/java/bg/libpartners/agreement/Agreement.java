package bg.libpartners.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The agreement of one partnership; its number counter, guarded by a version so two new versions cannot clash. */
@Entity
@Table(name = "agreement")
class Agreement {

    @Id
    private Long partnershipId;

    private int latestNumber;
    private Instant createdAt;

    @Version
    private long version;

    protected Agreement() {}

    Agreement(long partnershipId, Instant now) {
        this.partnershipId = partnershipId;
        this.createdAt = now;
    }

    int nextNumber() {
        return ++latestNumber;
    }

    Long getPartnershipId() {
        return partnershipId;
    }

    int getLatestNumber() {
        return latestNumber;
    }
}
