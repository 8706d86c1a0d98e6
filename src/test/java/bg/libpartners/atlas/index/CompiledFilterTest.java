package bg.libpartners.atlas.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.partnership.PartnershipStatus;
import bg.libpartners.taxonomy.ActivityField;
import bg.libpartners.taxonomy.PartnerType;
import bg.libpartners.taxonomy.TargetGroup;
import org.junit.jupiter.api.Test;

/** The index's bitmasks hold every code of today's lists, and a list grown past its width is refused. */
class CompiledFilterTest {

    enum Seventeen {
        A,
        B,
        C,
        D,
        E,
        F,
        G,
        H,
        I,
        J,
        K,
        L,
        M,
        N,
        O,
        P,
        Q
    }

    @Test
    void everyCodeListTheMasksUseFitsItsWidth() {
        assertThat(CompiledFilter.WIDTHS)
                .containsOnlyKeys(
                        ActivityField.class,
                        TargetGroup.class,
                        PartnerType.class,
                        OrganisationKind.class,
                        PartnershipStatus.class);
        CompiledFilter.WIDTHS.forEach((codes, bits) -> assertThatCode(() -> CompiledFilter.checkWidth(codes, bits))
                .as(codes.getSimpleName())
                .doesNotThrowAnyException());
    }

    @Test
    void aCodeListGrownPastItsWidthIsRefused() {
        assertThatThrownBy(() -> CompiledFilter.checkWidth(Seventeen.class, Short.SIZE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Seventeen has 17 codes");
        assertThatCode(() -> CompiledFilter.checkWidth(Seventeen.class, Integer.SIZE))
                .doesNotThrowAnyException();
    }
}
