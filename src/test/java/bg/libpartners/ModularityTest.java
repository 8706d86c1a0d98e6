package bg.libpartners;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules of ARCHITECTURE.md talk only through each other's public API, without cycles; the module
 * documentation (C4 component diagrams in PlantUML: all modules, and one per module) is written to
 * {@code docs/modules/} and committed, so a change of a module's dependencies shows in review.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(LibPartnersApplication.class);
    static final Path DOCS = Path.of("docs", "modules");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();

        assertThat(DOCS.resolve("components.puml")).exists();
        MODULES.forEach(module -> {
            var diagram = DOCS.resolve("module-" + module.getIdentifier() + ".puml");
            assertThat(diagram).as("diagram of %s", module.getDisplayName()).exists();
            assertThat(contentOf(diagram)).contains(module.getDisplayName());
        });
    }

    private static String contentOf(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
