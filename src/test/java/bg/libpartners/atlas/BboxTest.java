package bg.libpartners.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bg.libpartners.platform.BadRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BboxTest {

    @Test
    void readsWestSouthEastNorth() {
        assertThat(Bbox.parse("22.3,41.2,28.7,44.3")).isEqualTo(new Bbox(22.3, 41.2, 28.7, 44.3));
        assertThat(Bbox.parse(null)).isEqualTo(Bbox.WORLD);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"1,2,3", "a,b,c,d", "0,0,NaN,1", "-181,0,1,1", "0,-91,1,1", "0,0,1,91", "5,0,1,1", "0,5,1,1"})
    void rejectsMalformedOutOfRangeOrInvertedBoxesNamingBbox(String value) {
        assertThatThrownBy(() -> Bbox.parse(value))
                .isInstanceOf(BadRequestException.class)
                .extracting(e -> ((BadRequestException) e).getParameter())
                .isEqualTo("bbox");
    }

    @Test
    void cellsShrinkByHalfPerZoomLevel() {
        assertThat(AtlasMap.cellSize(6)).isEqualTo(AtlasMap.cellSize(7) * 2);
        assertThat(AtlasMap.cellSize(0)).isEqualTo(60.0 * 360 / 256);
    }
}
