package bg.libpartners.directory;

import static bg.libpartners.directory.DirectoryTestUsers.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded database as a new user meets it: the full register previewed and committed again and again on an H2
 * <b>file</b> database (the default run's), with the search index on disk. H2 2.5.252's MVStore threw
 * {@code EOFException} while committing within 4 to 12 such rounds (issue 17); every round must answer 200. Its own
 * context and data folder; on the PostgreSQL run it has nothing to test and is skipped.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@DisabledIfSystemProperty(named = "libpartners.test.db", matches = "(?i)postgres")
class RegisterReimportSoakIT {

    static final int ROUNDS = 15;

    @Autowired
    MockMvc mvc;

    @Autowired
    Organisations organisations;

    @Autowired
    JsonMapper json;

    @DynamicPropertySource
    static void fileDatabase(DynamicPropertyRegistry registry) {
        Path dir;
        try {
            dir = Files.createTempDirectory("lp-soak");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("libpartners.data-dir", dir::toString);
        registry.add(
                "spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("db/libpartners") + ";AUTO_SERVER=FALSE");
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.jpa.properties.hibernate.search.backend.directory.type", () -> "local-filesystem");
        registry.add("libpartners.directory.demo-register", () -> "false");
    }

    @Test
    void theFullRegisterCommitsAgainAndAgainOnTheFileDatabase() throws Exception {
        byte[] file = Files.readAllBytes(RegisterImportIT.REGISTER);
        for (int round = 1; round <= ROUNDS; round++) {
            var preview = mvc.perform(multipart(RegisterImportIT.URL)
                            .file(new MockMultipartFile("file", "register.csv", "text/csv", file))
                            .param("commit", "false")
                            .header("Accept-Language", "bg")
                            .with(user(admin()))
                            .with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(3718))
                    .andReturn();
            var batchId = json.readTree(preview.getResponse().getContentAsString())
                    .get("batchId")
                    .asText();
            mvc.perform(post("/api/v1/imports/" + batchId + "/commit")
                            .with(user(admin()))
                            .with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.committed").value(true))
                    .andExpect(jsonPath("$.created").value(round == 1 ? 3717 : 0))
                    .andExpect(jsonPath("$.unchanged").value(round == 1 ? 0 : 3717));
        }
        assertThat(organisations.countByKind(OrganisationKind.CHITALISHTE)).isEqualTo(3717);
    }
}
