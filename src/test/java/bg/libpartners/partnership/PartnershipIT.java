package bg.libpartners.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.taxonomy.ActivityField;
import bg.libpartners.taxonomy.Contribution;
import bg.libpartners.taxonomy.TargetGroup;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class PartnershipIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PartnershipService service;

    @Autowired
    Directory directory;

    @Autowired
    bg.libpartners.directory.DirectoryEditor editor;

    @Autowired
    bg.libpartners.directory.DuplicateService duplicates;

    @Autowired
    bg.libpartners.account.TestPeople people;

    CurrentUser demo(Role role) {
        return (CurrentUser) users.loadUserByUsername(DemoAccounts.of(role).email());
    }

    long library() {
        return Long.parseLong(
                demo(Role.LIBRARIAN).refs(ScopeKind.LIBRARY).iterator().next());
    }

    long partnerOrg() {
        return Long.parseLong(
                demo(Role.PARTNER).refs(ScopeKind.ORGANISATION).iterator().next());
    }

    long otherPartner() {
        return directory.list(OrganisationKind.PARTNER, null, null, PageRequest.of(0, 20)).stream()
                .filter(o -> o.id() != partnerOrg())
                .findFirst()
                .orElseThrow()
                .id();
    }

    PartnershipInput input(long lead, String role, BigDecimal money, LocalDate start, LocalDate end, Long version) {
        return new PartnershipInput(
                "Четем заедно",
                lead,
                Set.of(TargetGroup.CHILDREN),
                Set.of(ActivityField.READING),
                "Децата четат все по-малко",
                "Седмични четения",
                "Повече деца в библиотеката",
                "Имейл, Viber",
                "Веднъж месечно",
                "Тримесечен отчет",
                "Анкета",
                "Поделяме разходите за ток",
                "Залата на училището",
                start,
                end,
                List.of(new PartnershipInput.PartyInput(
                        partnerOrg(),
                        role,
                        "Води учениците",
                        Set.of(Contribution.EXPERTISE, Contribution.MONEY),
                        money,
                        null,
                        "Нови читатели",
                        "Директор")),
                version);
    }

    long created() {
        return service.create(
                demo(Role.LIBRARIAN),
                input(
                        library(),
                        "Съорганизатор",
                        new BigDecimal("500.00"),
                        LocalDate.of(2026, 3, 1),
                        LocalDate.of(2027, 2, 28),
                        null),
                true);
    }

    String json(Object o) {
        return new tools.jackson.databind.json.JsonMapper().writeValueAsString(o);
    }

    @Test
    void refusesAgreedWithoutApprovedSignedAgreementAndNothingChanges() throws Exception {
        long id = created();
        var librarian = demo(Role.LIBRARIAN);
        service.transition(
                librarian,
                id,
                PartnershipStatus.NEGOTIATION,
                "начало",
                service.get(librarian, id).version());
        mvc.perform(post("/api/v1/partnerships/" + id + "/transitions")
                        .with(user(librarian))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"AGREED\",\"version\":"
                                + service.get(librarian, id).version() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("status"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("договорено")));
        assertThat(service.get(librarian, id).status()).isEqualTo(PartnershipStatus.NEGOTIATION);
    }

    @Test
    void refusesTransitionOutOfOrder() throws Exception {
        long id = created();
        mvc.perform(post("/api/v1/partnerships/" + id + "/transitions")
                        .with(user(demo(Role.LIBRARIAN)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(
                                "If-Match",
                                "\"" + service.get(demo(Role.LIBRARIAN), id).version() + "\"")
                        .content("{\"status\":\"COMPLETED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("status"));
        assertThat(service.timeline(id)).hasSize(1);
    }

    @Test
    void namesTheFieldOfBadInputInBulgarian() throws Exception {
        var librarian = demo(Role.LIBRARIAN);
        mvc.perform(post("/api/v1/partnerships")
                        .with(user(librarian))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(
                                input(library(), "", null, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), null))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("parties[0].role"))
                .andExpect(jsonPath("$.detail").value("Страна 1: полето „Роля“ е задължително."));
        mvc.perform(post("/api/v1/partnerships")
                        .with(user(librarian))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(input(
                                library(), "Роля", null, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 1, 1), null))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("endDate"));
        mvc.perform(post("/api/v1/partnerships")
                        .with(user(librarian))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(input(
                                library(),
                                "Роля",
                                new BigDecimal("-1"),
                                LocalDate.of(2026, 1, 1),
                                LocalDate.of(2027, 1, 1),
                                null))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("parties[0].moneyEur"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("отрицателно")));
    }

    @Test
    void staleVersionIsAConflict() throws Exception {
        long id = created();
        var librarian = demo(Role.LIBRARIAN);
        var first = service.get(librarian, id);
        service.update(librarian, id, first.toInput(), true);
        mvc.perform(put("/api/v1/partnerships/" + id)
                        .with(user(librarian))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(first.toInput())))
                .andExpect(status().isConflict());
    }

    @Test
    void aFormOpenedBeforeAMergeCannotSaveTheRemovedOrganisationBack() throws Exception {
        var admin = demo(Role.ADMIN);
        var tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        long kept = editor.create(admin, partner("Сдружение Сливане " + tag));
        long removed = editor.create(admin, partner("Сдружение „Сливане“ " + tag));
        var librarian = demo(Role.LIBRARIAN);
        long id = service.create(
                librarian,
                new PartnershipInput(
                        "Сливане " + tag,
                        library(),
                        Set.of(),
                        Set.of(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(new PartnershipInput.PartyInput(
                                removed, "Съорганизатор", null, Set.of(), null, null, null, null)),
                        null),
                true);
        var form = page("/partnerships/" + id + "/edit", librarian);
        var matcher = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(form);
        assertThat(matcher.find()).isTrue();
        String seen = matcher.group(1);
        var before = service.get(librarian, id);
        assertThat(before.parties())
                .extracting(PartnershipDetails.PartyView::organisationId)
                .containsExactly(removed);

        duplicates.merge(kept, removed);

        var merged = service.get(librarian, id);
        assertThat(merged.version()).isGreaterThan(Long.parseLong(seen));
        assertThat(merged.updatedAt()).isAfter(before.updatedAt());
        assertThat(merged.parties())
                .extracting(
                        PartnershipDetails.PartyView::organisationId, PartnershipDetails.PartyView::organisationName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(kept, "Сдружение Сливане " + tag));
        // the form as it was opened, saved after the merge: a conflict, the removed organisation is not written back
        var saved = mvc.perform(post("/partnerships/" + id + "/edit")
                        .with(user(librarian))
                        .with(csrf())
                        .param("title", "Сливане " + tag + " (късно)")
                        .param("version", seen)
                        .param("parties[0].organisationId", String.valueOf(removed))
                        .param("parties[0].role", "Съорганизатор"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(saved).contains("Докато редактирахте, някой друг запази този запис.");
        var stale = before.toInput();
        mvc.perform(put("/api/v1/partnerships/" + id)
                        .with(user(librarian))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(stale)))
                .andExpect(status().isConflict());
        var after = service.get(librarian, id);
        assertThat(after.title()).isEqualTo("Сливане " + tag);
        assertThat(after.version()).isEqualTo(merged.version());
        assertThat(after.parties())
                .extracting(PartnershipDetails.PartyView::organisationId)
                .containsExactly(kept);
    }

    static bg.libpartners.directory.OrganisationInput partner(String name) {
        return new bg.libpartners.directory.OrganisationInput(
                OrganisationKind.PARTNER,
                name,
                null,
                null,
                null,
                bg.libpartners.taxonomy.PartnerType.NGO,
                bg.libpartners.taxonomy.PartnerSubtype.NGO_OTHER,
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
                null);
    }

    @Test
    void anUpdateWithoutTheVersionReadIsRefusedWith428AndNothingChanges() throws Exception {
        long id = created();
        var librarian = demo(Role.LIBRARIAN);
        var before = service.get(librarian, id);
        var input = before.toInput();
        var blind = new PartnershipInput(
                "Без версия",
                input.leadLibraryId(),
                input.targetGroups(),
                input.fields(),
                input.need(),
                input.concept(),
                input.goals(),
                input.channels(),
                input.meetingRhythm(),
                input.reporting(),
                input.evaluation(),
                input.sharedCosts(),
                input.sharedPremises(),
                input.startDate(),
                input.endDate(),
                input.parties(),
                null);
        mvc.perform(put("/api/v1/partnerships/" + id)
                        .with(user(librarian))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(blind)))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("version"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("\"version\" is missing")));
        mvc.perform(post("/api/v1/partnerships/" + id + "/transitions")
                        .with(user(librarian))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"NEGOTIATION\"}"))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.parameter").value("version"));
        assertThat(service.get(librarian, id).title()).isEqualTo(before.title());
        assertThat(service.get(librarian, id).status()).isEqualTo(PartnershipStatus.DRAFT);
        // the version as If-Match is enough
        mvc.perform(put("/api/v1/partnerships/" + id)
                        .with(user(librarian))
                        .with(csrf())
                        .header("If-Match", "W/\"" + before.version() + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(blind)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Без версия"));
    }

    @Test
    void librarianCannotTouchAnotherLibrarysPartnershipAndPartnerSeesOnlyTheirs() throws Exception {
        long id = created();
        var stranger = people.create(Role.LIBRARIAN, people.another(ScopeKind.LIBRARY, library()));
        mvc.perform(get("/api/v1/partnerships/" + id).with(user(stranger))).andExpect(status().isForbidden());
        mvc.perform(get("/partnerships/" + id).with(user(stranger))).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/partnerships/" + id)
                        .with(user(stranger))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(service.get(demo(Role.LIBRARIAN), id).toInput())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/partnerships").with(user(stranger)))
                .andExpect(jsonPath("$.content[?(@.id == " + id + ")]").isEmpty());
        mvc.perform(get("/api/v1/partnerships/" + id).with(user(demo(Role.PARTNER))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/partnerships").with(user(demo(Role.PARTNER))))
                .andExpect(jsonPath("$.content[?(@.id == " + id + ")]").isNotEmpty());
        // a partnership the partner's organisation is not party to stays hidden
        var other = service.create(
                demo(Role.LIBRARIAN),
                new PartnershipInput(
                        "Друго",
                        library(),
                        Set.of(),
                        Set.of(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(new PartnershipInput.PartyInput(
                                otherPartner(), "Роля", null, Set.of(), null, null, null, null)),
                        null),
                true);
        mvc.perform(get("/api/v1/partnerships/" + other).with(user(demo(Role.PARTNER))))
                .andExpect(status().isForbidden());
    }

    @Test
    void agreementIsGeneratedVersionedApprovedSignedAndThenAgreed() throws Exception {
        long id = created();
        var librarian = demo(Role.LIBRARIAN);
        service.transition(
                librarian,
                id,
                PartnershipStatus.NEGOTIATION,
                null,
                service.get(librarian, id).version());
        var pdf = mvc.perform(
                        get("/api/v1/partnerships/" + id + "/agreement.pdf").with(user(librarian)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text;
        try (var doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        var school = directory.find(partnerOrg());
        assertThat(text)
                .contains("СПОРАЗУМЕНИЕ ЗА СЪТРУДНИЧЕСТВО")
                .contains(school.name())
                .contains("Четем заедно");
        // The lead's chitalishte signs with its BULSTAT from the register (demo partners have none).
        var holder = directory.holderOf(library()).orElseThrow();
        assertThat(text).contains(holder.name()).contains(holder.eik());
        var docx = mvc.perform(
                        get("/api/v1/partnerships/" + id + "/agreement.docx").with(user(librarian)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText())
                    .contains("СПОРАЗУМЕНИЕ ЗА СЪТРУДНИЧЕСТВО")
                    .contains(school.name());
        }
        // reading stores nothing; submitting stores version 1, a later change to the record makes version 2, and
        // version 1 stays readable
        mvc.perform(post("/partnerships/" + id + "/agreement/submit")
                        .with(user(librarian))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        var current = service.get(librarian, id);
        var changed = current.toInput();
        changed = new PartnershipInput(
                "Четем заедно 2",
                changed.leadLibraryId(),
                changed.targetGroups(),
                changed.fields(),
                changed.need(),
                changed.concept(),
                changed.goals(),
                changed.channels(),
                changed.meetingRhythm(),
                changed.reporting(),
                changed.evaluation(),
                changed.sharedCosts(),
                changed.sharedPremises(),
                changed.startDate(),
                changed.endDate(),
                changed.parties(),
                changed.version());
        service.update(librarian, id, changed, true);
        mvc.perform(get("/partnerships/" + id + "/agreement").with(user(librarian)))
                .andExpect(status().isOk());
        var old = mvc.perform(get("/partnerships/" + id + "/agreement/v1.pdf").with(user(librarian)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var doc = Loader.loadPDF(old)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Версия 1").doesNotContain("Четем заедно 2");
        }
        // submit, approve as the board, refuse a non-PDF signed copy, accept a PDF, then agreed
        mvc.perform(post("/partnerships/" + id + "/agreement/submit")
                        .with(user(librarian))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        var board = demo(Role.BOARD_MEMBER);
        mvc.perform(post("/partnerships/" + id + "/agreement/decision")
                        .with(user(board))
                        .with(csrf())
                        .param("number", "2")
                        .param("decision", "approve"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/partnerships/" + id + "/agreement/signed")
                        .file(new MockMultipartFile(
                                "file", "signed.pdf", "application/pdf", "not really a pdf".getBytes()))
                        .param("number", "2")
                        .with(user(librarian))
                        .with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("errorField", "file"));
        assertThat(service.agreementSigned(id)).isFalse();
        mvc.perform(multipart("/partnerships/" + id + "/agreement/signed")
                        .file(new MockMultipartFile("file", "signed.pdf", "application/pdf", pdf))
                        .param("number", "2")
                        .with(user(librarian))
                        .with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("notice", "agreement.notice.signed"));
        assertThat(service.transition(
                                librarian,
                                id,
                                PartnershipStatus.AGREED,
                                "подписано",
                                service.get(librarian, id).version())
                        .status())
                .isEqualTo(PartnershipStatus.AGREED);
        assertThat(service.timeline(id))
                .extracting(Transition::getToStatus)
                .containsExactly(PartnershipStatus.DRAFT, PartnershipStatus.NEGOTIATION, PartnershipStatus.AGREED);
    }

    @Test
    void pagesRender() throws Exception {
        long id = created();
        var librarian = demo(Role.LIBRARIAN);
        var lead = escaped(directory.find(library()).name());
        var partner = escaped(directory.find(partnerOrg()).name());

        assertThat(page("/partnerships", librarian))
                .contains("<title>Партньорства · ")
                .contains("href=\"/partnerships/" + id + "\"")
                .contains("Четем заедно")
                .contains(lead);
        assertThat(page("/partnerships/" + id, librarian))
                .contains("<title>Четем заедно · ")
                .contains("<span class=\"status\" id=\"status\">Чернова</span>")
                .contains("Децата четат все по-малко")
                .contains("Седмични четения")
                .contains("Имейл, Viber")
                .contains(lead)
                .contains(partner)
                .contains("Съорганизатор")
                .contains("500,00")
                .contains("Нови читатели");
        assertThat(page("/partnerships/" + id + "/edit", librarian))
                .contains("<h1>Редактиране на партньорството</h1>")
                .contains("value=\"Четем заедно\"")
                .containsPattern("name=\"version\" value=\"\\d+\"")
                .contains("Децата четат все по-малко");

        // each builder step names itself and shows what the record already holds for it ("~": a pattern)
        var steps = List.of(
                List.of("1. Целева група", "~value=\"CHILDREN\"[^>]*checked", "~value=\"READING\"[^>]*checked"),
                List.of("2. Концепция според нуждите на общността", "Седмични четения", "Повече деца в библиотеката"),
                List.of("3. Потенциални партньори", partner),
                List.of("4. Подход за комуникация", "Имейл, Viber", "Веднъж месечно"),
                List.of("5. Роли и отговорности", "value=\"Съорганизатор\"", "Води учениците", "value=\"2026-03-01\""),
                List.of("6. Ползи за всеки партньор", "Нови читатели"),
                List.of("Споразумение", "Страни: 1; целеви групи: 1.", "href=\"/partnerships/" + id + "/agreement\""));
        for (int step = 1; step <= 7; step++) {
            var html = page("/partnerships/" + id + "/builder/" + step, librarian);
            var expected = steps.get(step - 1);
            assertThat(html)
                    .as("step %d", step)
                    .contains("<title>Изграждане на партньорство · ")
                    .contains("<h2 id=\"step-title\">" + expected.get(0) + "</h2>")
                    .contains("Четем заедно");
            for (var text : expected.subList(1, expected.size())) {
                if (text.startsWith("~")) {
                    assertThat(html).as("step %d", step).containsPattern(text.substring(1));
                } else {
                    assertThat(html).as("step %d", step).contains(text);
                }
            }
        }
        assertThat(page("/partnerships/new", librarian))
                .contains("<title>Ново партньорство · ")
                .contains("name=\"title\"")
                .contains("name=\"leadLibraryId\"");
    }

    /** The page as the user sees it, after checking it answered 200. */
    String page(String url, CurrentUser who) throws Exception {
        return mvc.perform(get(url).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Text as Thymeleaf writes it into the page. */
    static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
