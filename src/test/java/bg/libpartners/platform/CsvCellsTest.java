package bg.libpartners.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tcmd", "\rcmd"})
    void prefixesWhatASpreadsheetWouldEvaluate(String cell) {
        assertThat(CsvCells.neutralise(cell)).isEqualTo("'" + cell);
    }

    @Test
    void leavesOrdinaryCellsAndTurnsNullIntoEmpty() {
        assertThat(CsvCells.neutralise("Читалище „Христо Ботев“ = 1")).isEqualTo("Читалище „Христо Ботев“ = 1");
        assertThat(CsvCells.neutralise(null)).isEmpty();
    }
}
