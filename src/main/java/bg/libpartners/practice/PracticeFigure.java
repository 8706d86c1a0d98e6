package bg.libpartners.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A result in numbers: "участници в обученията — 120". */
@Embeddable
public class PracticeFigure {

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private long amount;

    protected PracticeFigure() {}

    public PracticeFigure(String label, long amount) {
        this.label = label;
        this.amount = amount;
    }

    public String getLabel() {
        return label;
    }

    public long getAmount() {
        return amount;
    }
}
