package bg.libpartners;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules of ARCHITECTURE.md talk only through each other's public API, without cycles. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(LibPartnersApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
