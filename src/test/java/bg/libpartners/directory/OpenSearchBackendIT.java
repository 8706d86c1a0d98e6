package bg.libpartners.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import bg.libpartners.OpenSearchInitializer;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.practice.PracticeCard;
import bg.libpartners.practice.PracticeSearch;
import bg.libpartners.taxonomy.PartnerSubtype;
import bg.libpartners.taxonomy.PartnerType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application with its search on a real OpenSearch node ({@code libpartners.search.backend=opensearch}, the node
 * from Maven Central: {@link OpenSearchInitializer}): every question of {@link NameAndPlaceSearchIT} (the register's
 * chitalishta by name and settlement in either script, the examples, the pickers) asked again, plus a new
 * organisation found at once, good practices by word forms and in Latin, and the Bulgarian analysis as the cluster
 * holds it. Skipped, with the reason, when the node cannot start here.
 */
@ContextConfiguration(initializers = OpenSearchInitializer.class)
class OpenSearchBackendIT extends NameAndPlaceSearchIT {

    @Autowired
    DirectoryEditor editor;

    @Autowired
    UserDetailsService users;

    @Autowired
    PracticeSearch practices;

    @Autowired
    Environment environment;

    @Autowired
    JsonMapper json;

    @BeforeAll
    static void openSearch() {
        var node = OpenSearchInitializer.node();
        assumeTrue(
                node.running(),
                () -> "OpenSearch could not start, the OpenSearch backend is not tested: " + node.failure());
    }

    CurrentUser admin() {
        return (CurrentUser)
                users.loadUserByUsername(DemoAccounts.of(Role.ADMIN).email());
    }

    @Test
    void theSearchRunsOnOpenSearch() throws Exception {
        var indices = get("/_cat/indices?format=json");
        var prefix = environment.getProperty("libpartners.search.index-prefix");
        assertThat(indices.valueStream().map(i -> i.get("index").asString()).toList())
                .anySatisfy(name -> assertThat(name).startsWith(prefix).containsIgnoringCase("organisation"));
        var organisations = indices.valueStream()
                .filter(i -> i.get("index").asString().startsWith(prefix)
                        && i.get("index").asString().toLowerCase().contains("organisation"))
                .findFirst()
                .orElseThrow();
        assertThat(Long.parseLong(organisations.get("docs.count").asString())).isGreaterThan(3_600);
    }

    @Test
    void aNewOrganisationIsFoundAtOnceInEitherScriptAndWithItsSettlement() {
        long id = editor.create(
                admin(),
                new OrganisationInput(
                        OrganisationKind.PARTNER,
                        "Сдружение „Звездно небе над Щъркелово“",
                        null,
                        null,
                        null,
                        PartnerType.NGO,
                        PartnerSubtype.NGO_OTHER,
                        null,
                        null,
                        null,
                        "56784",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        null));
        for (var q : List.of(
                "Звездно небе Щъркелово",
                "Zvezdno nebe nad Shtarkelovo",
                "звездното небе Пловдив",
                "Zvezdno nebe Plovdiv",
                "Zvezdno nebe Shturkelovo")) {
            assertThat(api(q))
                    .as(q)
                    .isNotEmpty()
                    .first()
                    .extracting(OrganisationSummary::id)
                    .isEqualTo(id);
        }
        assertThat(directory.suggest("Звездн", 10))
                .extracting(OrganisationSummary::id)
                .contains(id);
        assertThat(directory.suggest("Zvezdn", 10))
                .extracting(OrganisationSummary::id)
                .contains(id);
    }

    @Test
    void practicesAreFoundByWordFormsAndInLatin() {
        var banya = "Хората с ментални увреждания като активни потребители на компютрите в Баня";
        assertThat(practices
                        .search(PracticeSearch.Criteria.words("библиотеки"), PageRequest.of(0, 50))
                        .page()
                        .getContent())
                .extracting(PracticeCard::title)
                .contains(banya);
        assertThat(practices
                        .search(PracticeSearch.Criteria.words("kompyutrite Banya"), PageRequest.of(0, 10))
                        .page()
                        .getContent())
                .extracting(PracticeCard::title)
                .contains(banya);
    }

    @Test
    void theClusterHoldsTheBulgarianAnalysis() throws Exception {
        var prefix = environment.getProperty("libpartners.search.index-prefix");
        var index = get("/_cat/indices?format=json")
                .valueStream()
                .map(i -> i.get("index").asString())
                .filter(name -> name.startsWith(prefix) && name.toLowerCase().contains("organisation"))
                .findFirst()
                .orElseThrow();
        // the index keeps a word also as its official Latin reads back, so that Latin finds it
        assertThat(analyze(index, "names", "Напредък"))
                .containsAll(analyze(index, "names_query", "Napredak"))
                .containsAll(analyze(index, "names_query", "Напредък"));
        assertThat(analyze(index, "places", "Братство")).containsAll(analyze(index, "places_query", "Bratstvo"));
        // words glued by dots or to numbers are split (н, й and г are stop words, as on Lucene)
        assertThat(analyze(index, "names_query", "Н.Й.Вапцаров-1897г.")).containsExactly("вапцаров", "1897");
        // a plural and its singular meet
        assertThat(analyze(index, "names_query", "библиотеки")).isEqualTo(analyze(index, "names_query", "библиотека"));
        // loose Latin keys merge the spellings people use
        assertThat(analyze(index, "names_loose", "Методий"))
                .isEqualTo(analyze(index, "names_loose", "Metodij"))
                .isEqualTo(analyze(index, "names_loose", "Metodii"))
                .containsExactly("metodi");
        assertThat(analyze(index, "autocomplete", "Вапцаров")).contains("ва", "вапц", "вапцаров");
    }

    List<String> analyze(String index, String analyzer, String text) throws Exception {
        var body = json.writeValueAsString(java.util.Map.of("analyzer", analyzer, "text", text));
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(OpenSearchInitializer.url() + "/" + index + "/_analyze"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body())
                .get("tokens")
                .valueStream()
                .map(t -> t.get("token").asString())
                .toList();
    }

    JsonNode get(String path) throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(OpenSearchInitializer.url() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
