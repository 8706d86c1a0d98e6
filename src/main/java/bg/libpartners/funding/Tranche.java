package bg.libpartners.funding;

import bg.libpartners.platform.ConflictException;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One payment of a grant: its share, amount and due date; {@code afterFinal} tranches are paid only once the final
 * report is accepted.
 */
@Entity
@Table(name = "funding_tranche")
class Tranche {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long grantId;
    private int seq;
    private BigDecimal share;
    private BigDecimal amount;
    private LocalDate dueOn;
    private boolean afterFinal;
    private LocalDate paidOn;

    @Version
    private long version;

    protected Tranche() {}

    Tranche(long grantId, int seq, BigDecimal share, BigDecimal amount, LocalDate dueOn, boolean afterFinal) {
        this.grantId = grantId;
        this.seq = seq;
        this.share = share;
        this.amount = amount;
        this.dueOn = dueOn;
        this.afterFinal = afterFinal;
    }

    void paid(LocalDate on, boolean finalAccepted) {
        if (paidOn != null) {
            throw new ConflictException("funding.error.alreadyPaid");
        }
        if (afterFinal && !finalAccepted) {
            throw new ConflictException("funding.error.finalReportFirst");
        }
        paidOn = on;
    }

    Long getId() {
        return id;
    }

    long getGrantId() {
        return grantId;
    }

    int getSeq() {
        return seq;
    }

    BigDecimal getShare() {
        return share;
    }

    BigDecimal getAmount() {
        return amount;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    boolean isAfterFinal() {
        return afterFinal;
    }

    LocalDate getPaidOn() {
        return paidOn;
    }

    long getVersion() {
        return version;
    }
}
