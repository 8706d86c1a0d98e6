package bg.libpartners.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureFormatTest {

    @Test
    void writesNumbersTheBulgarianWay() {
        assertThat(FigureFormat.number(1234567L, Figure.Unit.COUNT)).isEqualTo("1\u00a0234\u00a0567");
        assertThat(FigureFormat.number(new BigDecimal("1234.5"), Figure.Unit.EUR))
                .isEqualTo("1\u00a0234,50\u00a0€");
        assertThat(FigureFormat.number(2.5d, Figure.Unit.COUNT)).isEqualTo("2,5");
        assertThat(FigureFormat.number(null, Figure.Unit.COUNT)).isEmpty();
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(DashboardService.median(List.of(5d, 1d, 3d))).isEqualTo(3d);
        assertThat(DashboardService.median(List.of(4d, 1d, 3d, 10d))).isEqualTo(3.5d);
        assertThat(DashboardService.median(List.of())).isZero();
    }

    @Test
    void aScopeOfTheFirstContractHasNoFurtherFilters() {
        var scope = new InsightScope("PDV", null, 2025);
        assertThat(scope.municipality()).isNull();
        assertThat(scope.partnerType()).isNull();
        assertThat(InsightScope.national().isNational()).isTrue();
        assertThat(scope.allYears().year()).isNull();
    }
}
