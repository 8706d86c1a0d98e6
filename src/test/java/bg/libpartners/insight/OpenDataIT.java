package bg.libpartners.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.Role;
import bg.libpartners.directory.DirectoryEditor;
import bg.libpartners.directory.OrganisationInput;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.partnership.PartnershipFixtures;
import bg.libpartners.partnership.PartnershipService;
import bg.libpartners.partnership.PartnershipStatus;
import bg.libpartners.taxonomy.PartnerType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open data is public, sessionless and clean: no file contains an e-mail, a phone, a person's name (an
 * individual partner, a chair or secretary, a representative) or a draft, while what must be there is.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(PartnershipFixtures.class)
class OpenDataIT {

    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    @Autowired
    MockMvc mvc;

    @Autowired
    PartnershipFixtures fx;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    DirectoryEditor editor;

    @Autowired
    OpenData openData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    bg.libpartners.platform.SqlInstants instants;

    static OrganisationInput partner(String name, PartnerType type, boolean consent) {
        return new OrganisationInput(
                OrganisationKind.PARTNER,
                name,
                null,
                null,
                null,
                type,
                null,
                null,
                "BG",
                "ул. Тестова 1",
                "56784",
                null,
                null,
                "tajna.pochta@example.org",
                "+359 88 765 4321",
                null,
                "Пишете на tajna.pochta@example.org",
                null,
                null,
                consent,
                null);
    }

    @Test
    void noFileHoldsAnEmailAPhoneAPersonOrADraft() throws Exception {
        var admin = fx.demo(Role.ADMIN);
        editor.create(admin, partner("Иванка Тестова Петкова", PartnerType.INDIVIDUAL, true));
        editor.create(admin, partner("Сдружение Отворени Данни", PartnerType.NGO, false));
        long draft = fx.create("ЧЕРНОВА-НЕ-ЗА-ПУБЛИКУВАНЕ");
        long open = fx.create("Отворено партньорство за данните");
        var details = partnerships.get(fx.demo(Role.LIBRARIAN), open);
        partnerships.transition(fx.demo(Role.LIBRARIAN), open, PartnershipStatus.NEGOTIATION, null, details.version());
        assertThat(partnerships.get(admin, draft).status()).isEqualTo(PartnershipStatus.DRAFT);

        var forbidden = new ArrayList<String>(
                List.of("Иванка Тестова Петкова", "tajna.pochta", "765 4321", "ЧЕРНОВА-НЕ-ЗА-ПУБЛИКУВАНЕ", "Директор"));
        // every phone and e-mail the registry holds, every person of a board or staff, and every representative
        jdbc.sql("select phones, emails from organisation")
                .query((rs, n) -> {
                    for (int i = 1; i <= 2; i++) {
                        if (rs.getString(i) != null && rs.getString(i).length() > 3) {
                            forbidden.add(rs.getString(i));
                        }
                    }
                    return null;
                })
                .list();
        jdbc.sql("select name, email, phone from organisation_person")
                .query((rs, n) -> {
                    for (int i = 1; i <= 3; i++) {
                        if (rs.getString(i) != null && rs.getString(i).length() > 3) {
                            forbidden.add(rs.getString(i));
                        }
                    }
                    return null;
                })
                .list();
        jdbc.sql("select representative from partnership_party where representative is not null")
                .query((rs, n) -> forbidden.add(rs.getString(1)))
                .list();
        jdbc.sql("select name from organisation where partner_type = 'INDIVIDUAL'")
                .query((rs, n) -> forbidden.add(rs.getString(1)))
                .list();

        var all = new StringBuilder();
        for (var dataset : openData.datasets()) {
            for (var format : List.of("csv", "json")) {
                var result = mvc.perform(get("/api/v1/open-data/" + dataset.name() + "." + format))
                        .andExpect(status().isOk())
                        .andReturn();
                assertThat(result.getRequest().getSession(false))
                        .as("no session for " + dataset.name())
                        .isNull();
                assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
                var body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
                assertThat(EMAIL.matcher(body).find())
                        .as("an e-mail in " + dataset.name() + "." + format)
                        .isFalse();
                for (var secret : forbidden) {
                    assertThat(body).as(dataset.name() + "." + format).doesNotContain(secret);
                }
                all.append(body);
            }
        }
        assertThat(all)
                .contains("Сдружение Отворени Данни")
                .contains("Отворено партньорство за данните")
                .contains("org-")
                .contains("CC-BY-4.0")
                .contains("svc-" + open);

        // HSDS service: the partnership in negotiation is a (not yet started) service of its lead library; the
        // draft is not there; the organisation it names is in hsds_organization
        var service = mvc.perform(get("/api/v1/open-data/hsds_service.csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(service.lines().findFirst().orElseThrow())
                .startsWith("id,organization_id,name,alternate_name,description,status,eligibility_description");
        long lead = jdbc.sql("select lead_library_id from partnership where id = :id")
                .param("id", open)
                .query(Long.class)
                .single();
        var row = service.lines()
                .filter(l -> l.startsWith("svc-" + open + ","))
                .findFirst()
                .orElseThrow();
        assertThat(row)
                .startsWith("svc-" + open + ",org-" + lead + ",Отворено партньорство за данните,")
                .contains(",inactive,")
                .contains("Партньорство на библиотеката");
        assertThat(service).doesNotContain("svc-" + draft + ",");
        var organizations = mvc.perform(get("/api/v1/open-data/hsds_organization.csv"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(organizations).contains("\norg-" + lead + ",");
        long serviceRows = service.lines().count() - 1;
        assertThat(serviceRows)
                .isEqualTo(jdbc.sql("select count(*) from partnership where status <> 'DRAFT'")
                        .query(Long.class)
                        .single());
    }

    @Test
    void thePageAndTheCatalogueDescribeEveryDataset() throws Exception {
        var page = mvc.perform(get("/open-data")).andExpect(status().isOk()).andReturn();
        assertThat(page.getRequest().getSession(false)).isNull();
        var html = page.getResponse().getContentAsString();
        assertThat(html)
                .contains("CC BY 4.0")
                .contains("id=\"dataset-partnerships\"")
                .contains("id=\"dataset-hsds_organization\"")
                .contains("Речник на данните");
        var catalogue = new JsonMapper()
                .readTree(mvc.perform(get("/api/v1/open-data"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(catalogue.size()).isEqualTo(openData.datasets().size()).isGreaterThanOrEqualTo(8);
        for (var d : catalogue) {
            assertThat(d.get("licence").asString()).isEqualTo("CC-BY-4.0");
            for (var c : d.get("columns")) {
                assertThat(c.get("description").asString())
                        .as(d.get("name") + "." + c.get("name"))
                        .isNotBlank();
            }
        }
        var csv = mvc.perform(get("/api/v1/open-data/libraries.csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("id,kind,name,register_no,status,eik");
        mvc.perform(get("/api/v1/open-data/nothing.csv")).andExpect(status().isNotFound());
        var api = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(api).contains("/api/v1/open-data/{dataset}.csv").contains("/api/v1/insight/dashboard");
    }

    @Test
    void aTimeOfChangeIsTheDayInSofiaOfTheMomentHibernateKeeps() {
        long open = fx.create("Партньорство, променено след полунощ");
        partnerships.transition(
                fx.demo(Role.LIBRARIAN),
                open,
                PartnershipStatus.NEGOTIATION,
                null,
                partnerships.get(fx.demo(Role.LIBRARIAN), open).version());
        // 22:30 UTC on 1 June is 01:30 on 2 June in Sofia
        jdbc.sql("update partnership set updated_at = :at where id = :id")
                .param("at", instants.bind(java.time.Instant.parse("2020-06-01T22:30:00Z")))
                .param("id", open)
                .update();
        var day = java.time.LocalDate.of(2020, 6, 2);
        var rows = new ArrayList<List<Object>>();
        openData.dataset("partnerships").rows(rows::add);
        assertThat(rows)
                .filteredOn(r -> r.get(0).equals(open))
                .singleElement()
                .satisfies(r -> assertThat(r.get(13)).isEqualTo(day));
        rows.clear();
        openData.dataset("hsds_service").rows(rows::add);
        assertThat(rows)
                .filteredOn(r -> r.get(0).equals("svc-" + open))
                .singleElement()
                .satisfies(r -> assertThat(r.get(9)).isEqualTo(day));
    }
}
