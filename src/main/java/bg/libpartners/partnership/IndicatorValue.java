package bg.libpartners.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One indicator of one partnership in one quarter; unique per (partnership, year, quarter, indicator). */
@Entity
@Table(name = "indicator_value")
class IndicatorValue {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_value_seq")
    @SequenceGenerator(name = "indicator_value_seq", sequenceName = "indicator_value_seq", allocationSize = 50)
    private Long id;

    private long partnershipId;
    private int periodYear;
    private int periodQuarter;

    @Enumerated(EnumType.STRING)
    @Column(name = "code")
    private Indicator indicator;

    private BigDecimal amount;

    protected IndicatorValue() {}

    IndicatorValue(long partnershipId, int year, int quarter, Indicator indicator, BigDecimal amount) {
        this.partnershipId = partnershipId;
        this.periodYear = year;
        this.periodQuarter = quarter;
        this.indicator = indicator;
        this.amount = amount;
    }

    void set(BigDecimal amount) {
        this.amount = amount;
    }

    int getPeriodYear() {
        return periodYear;
    }

    int getPeriodQuarter() {
        return periodQuarter;
    }

    Indicator getIndicator() {
        return indicator;
    }

    BigDecimal getAmount() {
        return amount;
    }
}
