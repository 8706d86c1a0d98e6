package bg.libpartners.partnership;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Indicators of a partnership (quarters oldest first) or a roll-up of many: totals per indicator. */
public record IndicatorReport(List<Quarter> quarters, Map<Indicator, BigDecimal> totals, int partnerships) {

    public record Quarter(int year, int quarter, Map<Indicator, BigDecimal> values) {}

    /** What the form and the API send for one quarter; missing values are left as they were. */
    public record QuarterRequest(Integer year, Integer quarter, Map<String, BigDecimal> values) {}
}
