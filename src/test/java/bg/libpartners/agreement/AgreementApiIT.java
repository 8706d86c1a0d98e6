package bg.libpartners.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.StreamedOnlyFile;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import com.jayway.jsonpath.JsonPath;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The agreement's submission, board decision and signed copy over the JSON API only, with the pages' rules. */
@IntegrationTest
@AutoConfigureMockMvc
class AgreementApiIT {

    private static final String API = "/api/v1/partnerships/";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AgreementService agreements;

    @Autowired
    AgreementVersions versions;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    bg.libpartners.account.TestPeople people;

    CurrentUser demo(Role role) {
        return (CurrentUser) users.loadUserByUsername(DemoAccounts.of(role).email());
    }

    long ref(Role role, ScopeKind kind) {
        return Long.parseLong(demo(role).refs(kind).iterator().next());
    }

    /**
     * A librarian of another library, a board member of another chitalishte: a person in the database (signed in as
     * the application loads them), scoped to a real organisation of that kind that is not the demo person's.
     */
    CurrentUser stranger(Role role, ScopeKind kind) {
        return people.create(role, people.another(kind, ref(role, kind)));
    }

    /** A partnership created and moved to negotiation through the API, by the demo librarian. */
    long createdThroughApi() throws Exception {
        var body = """
                {"title":"Лятно четене","leadLibraryId":%d,"targetGroups":["CHILDREN"],"fields":["READING"],
                 "need":"Децата четат все по-малко","goals":"Повече деца в библиотеката",
                 "startDate":"2026-06-01","endDate":"2027-05-31",
                 "parties":[{"organisationId":%d,"role":"Съорганизатор","responsibilities":"Води учениците",
                   "contributions":["EXPERTISE"],"moneyEur":250.00,"benefits":"Нови читатели",
                   "representative":"Директор"}]}
                """.formatted(ref(Role.LIBRARIAN, ScopeKind.LIBRARY), ref(Role.PARTNER, ScopeKind.ORGANISATION));
        var created = mvc.perform(post("/api/v1/partnerships")
                        .with(user(demo(Role.LIBRARIAN)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(transition(id, "{\"status\":\"NEGOTIATION\"}")).andExpect(status().isOk());
        return id;
    }

    /** A transition by the demo librarian, based on the partnership's current version. */
    MockHttpServletRequestBuilder transition(long id, String json) throws Exception {
        var detail = mvc.perform(get(API + id).with(user(demo(Role.LIBRARIAN))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long version = ((Number) JsonPath.read(detail, "$.partnership.version")).longValue();
        return post(API + id + "/transitions")
                .with(user(demo(Role.LIBRARIAN)))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.replaceFirst("\\}$", ",\"version\":" + version + "}"));
    }

    MockHttpServletRequestBuilder decision(long id, CurrentUser who, String json) {
        return post(API + id + "/agreement/decision")
                .with(user(who))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }

    MockMultipartHttpServletRequestBuilder signedCopy(long id, CurrentUser who, byte[] content) {
        var request = multipart(API + id + "/agreement/signed-copy")
                .file(new MockMultipartFile("file", "signed.pdf", "application/pdf", content));
        request.with(user(who)).with(csrf());
        return request;
    }

    byte[] pdf(long id) throws Exception {
        return mvc.perform(get(API + id + "/agreement.pdf").with(user(demo(Role.LIBRARIAN))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    @Test
    void theLibraryIsAPartyAndItsChitalishteSignsForItInBothDocuments() throws Exception {
        long id = createdThroughApi();
        var detail = mvc.perform(get(API + id).with(user(demo(Role.LIBRARIAN))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long version = ((Number) JsonPath.read(detail, "$.partnership.version")).longValue();
        var body = """
                {"title":"Лятно четене","leadLibraryId":%d,"targetGroups":["CHILDREN"],"fields":["READING"],
                 "need":"Децата четат все по-малко","goals":"Повече деца в библиотеката",
                 "startDate":"2026-06-01","endDate":"2027-05-31","version":%d,
                 "lead":{"role":"Водещ организатор","responsibilities":"Осигурява залата и книгите",
                   "contributions":["PREMISES","EXPERTISE"],"moneyEur":100.00,"benefits":"Нови читатели сред децата",
                   "representative":"Мария Петрова, председател на настоятелството"},
                 "parties":[{"organisationId":%d,"role":"Съорганизатор","responsibilities":"Води учениците",
                   "contributions":["EXPERTISE"],"moneyEur":250.00,"benefits":"Нови читатели",
                   "representative":"Директор"}]}
                """.formatted(
                        ref(Role.LIBRARIAN, ScopeKind.LIBRARY), version, ref(Role.PARTNER, ScopeKind.ORGANISATION));
        assertThat((Object) JsonPath.read(detail, "$.partnership.lead"))
                .as("the lead's part is in the record")
                .isNotNull();
        var updated = mvc.perform(put(API + id)
                        .with(user(demo(Role.LIBRARIAN)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((String) JsonPath.read(updated, "$.lead.role")).isEqualTo("Водещ организатор");

        String pdfText;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf(id))) {
            pdfText = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        var docx = mvc.perform(get("/partnerships/" + id + "/agreement/v1.docx").with(user(demo(Role.LIBRARIAN))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String docxText;
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            docxText = extractor.getText().replaceAll("\\s+", " ");
        }
        for (var text : java.util.List.of(pdfText, docxText)) {
            assertThat(text)
                    .as("the chitalishte signs in its legal form, for its library as its unit")
                    .contains("1. Народно читалище „")
                    .contains("от името на своето звено Библиотека")
                    .contains("представлявано от Мария Петрова, председател на настоятелството");
            assertThat(text)
                    .as("the library's own obligations, contribution and money")
                    .contains("Водещ организатор")
                    .contains("Осигурява залата и книгите")
                    .contains("Сгради и помещения")
                    .contains("Нови читатели сред децата")
                    .contains("осигурява 100,00 евро")
                    .contains("Общо финансов принос: 350,00 евро");
        }
    }

    @Test
    void fullPathSubmissionApprovalSignedCopyAndAgreedThroughTheApiOnly() throws Exception {
        long id = createdThroughApi();
        var librarian = demo(Role.LIBRARIAN);
        var board = demo(Role.BOARD_MEMBER);
        mvc.perform(get(API + id + "/agreement").with(user(librarian)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.current").value(1))
                .andExpect(jsonPath("$.mayEdit").value(true))
                .andExpect(jsonPath("$.mayDecide").value(false))
                .andExpect(jsonPath("$.versions[0].status").value("DRAFT"))
                .andExpect(jsonPath("$.versions[0].signed").value(false));
        // AGREED is refused while nothing is signed
        mvc.perform(transition(id, "{\"status\":\"AGREED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("status"));

        mvc.perform(post(API + id + "/agreement/submission")
                        .with(user(librarian))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].status").value("SUBMITTED"))
                .andExpect(jsonPath("$.versions[0].submittedAt").isNotEmpty());
        // a second submission is out of order
        mvc.perform(post(API + id + "/agreement/submission")
                        .with(user(librarian))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("status"));
        // the board returns it: a comment is required, and the field is named
        mvc.perform(decision(id, board, "{\"approve\":false,\"number\":1}").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("comment"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Comments")));
        mvc.perform(decision(id, board, "{\"comment\":\"без решение\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("approve"));
        // without the version read, a decision is refused: 428 naming "number"
        mvc.perform(decision(id, board, "{\"approve\":false,\"comment\":\"Добавете срок за отчета\"}")
                        .header("Accept-Language", "bg"))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.parameter").value("number"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("„number“")));
        mvc.perform(decision(id, board, "{\"approve\":false,\"comment\":\"Добавете срок за отчета\"}")
                        .header("If-Match", "\"1\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].status").value("RETURNED"))
                .andExpect(jsonPath("$.versions[0].decision").value("RETURNED"))
                .andExpect(jsonPath("$.versions[0].comments").value("Добавете срок за отчета"));
        // resubmitted and approved (a stale version number is refused first)
        mvc.perform(post(API + id + "/agreement/submission")
                        .with(user(librarian))
                        .with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(decision(id, board, "{\"approve\":true,\"number\":7}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("number"));
        mvc.perform(decision(id, board, "{\"approve\":true,\"number\":1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].decision").value("APPROVED"))
                .andExpect(jsonPath("$.versions[0].decidedBy").value(board.displayName()))
                .andExpect(jsonPath("$.mayDecide").value(true));

        mvc.perform(signedCopy(id, librarian, pdf(id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].signed").value(true))
                .andExpect(jsonPath("$.versions[0].signedContentType").value("application/pdf"))
                .andExpect(jsonPath("$.versions[0].signedCopy").isNotEmpty());
        mvc.perform(get(API + id + "/agreement/signed-copy").with(user(librarian)))
                .andExpect(status().isOk());
        mvc.perform(transition(id, "{\"status\":\"AGREED\",\"reason\":\"подписано\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AGREED"));
    }

    @Test
    void aLibrarianOfAnotherLibraryCannotSubmitDecideOrUploadAndNothingChanges() throws Exception {
        long id = createdThroughApi();
        var librarian = demo(Role.LIBRARIAN);
        var strangerLibrarian = stranger(Role.LIBRARIAN, ScopeKind.LIBRARY);
        var strangerBoard = stranger(Role.BOARD_MEMBER, ScopeKind.CHITALISHTE);
        var pdf = pdf(id);
        mvc.perform(get(API + id + "/agreement").with(user(strangerLibrarian))).andExpect(status().isForbidden());
        mvc.perform(post(API + id + "/agreement/submission")
                        .with(user(strangerLibrarian))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        // the partner may read the partnership, but neither submit nor decide
        mvc.perform(post(API + id + "/agreement/submission")
                        .with(user(demo(Role.PARTNER)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(API + id + "/agreement/submission")
                        .with(user(librarian))
                        .with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(decision(id, strangerLibrarian, "{\"approve\":true}")).andExpect(status().isForbidden());
        mvc.perform(decision(id, strangerBoard, "{\"approve\":true}")).andExpect(status().isForbidden());
        mvc.perform(decision(id, librarian, "{\"approve\":true}")).andExpect(status().isForbidden());
        mvc.perform(decision(id, demo(Role.PARTNER), "{\"approve\":true}")).andExpect(status().isForbidden());
        mvc.perform(get(API + id + "/agreement").with(user(librarian)))
                .andExpect(jsonPath("$.versions[0].status").value("SUBMITTED"));
        mvc.perform(decision(id, demo(Role.BOARD_MEMBER), "{\"approve\":true,\"number\":1}"))
                .andExpect(status().isOk());
        mvc.perform(signedCopy(id, strangerLibrarian, pdf)).andExpect(status().isForbidden());
        mvc.perform(signedCopy(id, strangerBoard, pdf)).andExpect(status().isForbidden());
        mvc.perform(get(API + id + "/agreement").with(user(librarian)))
                .andExpect(jsonPath("$.versions[0].status").value("APPROVED"))
                .andExpect(jsonPath("$.versions[0].signed").value(false));
        // without a session or token: 401; a partnership that does not exist: 404
        mvc.perform(post(API + id + "/agreement/submission").with(csrf())).andExpect(status().isUnauthorized());
        mvc.perform(post(API + "987654321/agreement/submission")
                        .with(user(librarian))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aSignedCopyThatIsNotAPdfOrImageIsRefusedAndNothingChanges() throws Exception {
        long id = createdThroughApi();
        var librarian = demo(Role.LIBRARIAN);
        // before approval, even a real PDF is out of order
        mvc.perform(signedCopy(id, librarian, pdf(id)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("file"));
        mvc.perform(post(API + id + "/agreement/submission")
                        .with(user(librarian))
                        .with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(decision(id, demo(Role.BOARD_MEMBER), "{\"approve\":true,\"comment\":\"Одобрено\",\"number\":1}"))
                .andExpect(status().isOk());
        mvc.perform(signedCopy(id, librarian, "<html>not really a pdf</html>".getBytes())
                        .header("Accept-Language", "bg"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("file"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("PDF, PNG или JPEG")));
        var empty = multipart(API + id + "/agreement/signed-copy");
        empty.with(user(librarian)).with(csrf());
        mvc.perform(empty)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("file"));
        mvc.perform(get(API + id + "/agreement").with(user(librarian)))
                .andExpect(jsonPath("$.versions[0].status").value("APPROVED"))
                .andExpect(jsonPath("$.versions[0].signed").value(false))
                .andExpect(jsonPath("$.versions[0].signedCopy").doesNotExist());
        mvc.perform(get(API + id + "/agreement/signed-copy").with(user(librarian)))
                .andExpect(status().isNotFound());
        mvc.perform(transition(id, "{\"status\":\"AGREED\"}")).andExpect(status().isBadRequest());
        // a PNG is a signed copy too (checked by content, not by name; a picture must decode, not only start right)
        var png = bg.libpartners.material.TestFiles.png();
        mvc.perform(signedCopy(id, demo(Role.BOARD_MEMBER), png))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].signedContentType").value("image/png"));
    }

    MockMultipartHttpServletRequestBuilder signedCopy(long id, CurrentUser who, MockMultipartFile file) {
        var request = multipart(API + id + "/agreement/signed-copy").file(file);
        request.with(user(who)).with(csrf()).header("Accept-Language", "bg");
        return request;
    }

    @Test
    void aSignedCopyIsCheckedForAccessAndSizeBeforeItIsReadAndThenStreamed() throws Exception {
        long id = createdThroughApi();
        var librarian = demo(Role.LIBRARIAN);
        var pdf = pdf(id);
        mvc.perform(post(API + id + "/agreement/submission")
                        .with(user(librarian))
                        .with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(decision(id, demo(Role.BOARD_MEMBER), "{\"approve\":true,\"number\":1}"))
                .andExpect(status().isOk());
        var stranger = stranger(Role.LIBRARIAN, ScopeKind.LIBRARY);
        mvc.perform(signedCopy(
                        id,
                        stranger,
                        StreamedOnlyFile.sealed("file", "signed.pdf", "application/pdf", pdf, pdf.length)))
                .andExpect(status().isForbidden());
        mvc.perform(signedCopy(
                        id,
                        librarian,
                        StreamedOnlyFile.sealed("file", "signed.pdf", "application/pdf", pdf, 20L * 1024 * 1024 + 1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("file"))
                .andExpect(jsonPath("$.detail").value("Полето „Подписано копие“: файлът е по-голям от 20 MB."));
        // a request that understates its size is still cut at the limit while streaming
        var large = java.util.Arrays.copyOf(pdf, 20 * 1024 * 1024 + 1);
        mvc.perform(signedCopy(
                        id,
                        librarian,
                        StreamedOnlyFile.understated("file", "signed.pdf", "application/pdf", large, pdf.length)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Полето „Подписано копие“: файлът е по-голям от 20 MB."));
        mvc.perform(get(API + id + "/agreement").with(user(librarian)))
                .andExpect(jsonPath("$.versions[0].signed").value(false));
        mvc.perform(signedCopy(id, librarian, StreamedOnlyFile.streamed("file", "signed.pdf", "application/pdf", pdf)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].signed").value(true))
                .andExpect(jsonPath("$.versions[0].signedContentType").value("application/pdf"));
    }

    @Test
    void aFileNamedPdfWhoseBytesAreNoPdfIsRefusedAndNotKept() throws Exception {
        long id = createdThroughApi();
        var librarian = demo(Role.LIBRARIAN);
        mvc.perform(post(API + id + "/agreement/submission")
                        .with(user(librarian))
                        .with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(decision(id, demo(Role.BOARD_MEMBER), "{\"approve\":true,\"number\":1}"))
                .andExpect(status().isOk());
        var notPdf = "Подписано от двете страни, честна дума.".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        mvc.perform(signedCopy(id, librarian, new MockMultipartFile("file", "signed.pdf", "application/pdf", notPdf)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("file"))
                .andExpect(
                        jsonPath("$.detail").value("Полето „Подписано копие“: файлът трябва да е PDF, PNG или JPEG."));
        mvc.perform(get(API + id + "/agreement").with(user(librarian)))
                .andExpect(jsonPath("$.versions[0].signed").value(false));
    }

    @Test
    void readingTheAgreementStoresNoVersionOnlySubmittingDoes() throws Exception {
        long id = createdThroughApi();
        var librarian = demo(Role.LIBRARIAN);
        mvc.perform(get(API + id + "/agreement").with(user(librarian)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.current").value(1))
                .andExpect(jsonPath("$.versions.length()").value(1))
                .andExpect(jsonPath("$.versions[0].status").value("DRAFT"));
        mvc.perform(get("/partnerships/" + id + "/agreement").with(user(librarian)))
                .andExpect(status().isOk());
        pdf(id);
        mvc.perform(get("/partnerships/" + id + "/agreement/v1.docx").with(user(librarian)))
                .andExpect(status().isOk());
        assertThat(versions.findByPartnershipIdOrderByNumberDesc(id))
                .as("a GET never writes")
                .isEmpty();
        // a decision on the pending draft is out of order and stores nothing either
        mvc.perform(decision(id, demo(Role.BOARD_MEMBER), "{\"approve\":true,\"number\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("status"));
        assertThat(versions.findByPartnershipIdOrderByNumberDesc(id)).isEmpty();

        mvc.perform(post(API + id + "/agreement/submission")
                        .with(user(librarian))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions.length()").value(1))
                .andExpect(jsonPath("$.versions[0].status").value("SUBMITTED"));
        assertThat(versions.findByPartnershipIdOrderByNumberDesc(id))
                .extracting(AgreementVersion::getNumber)
                .containsExactly(1);
    }

    /**
     * The board's decision form names the version it shows. When the record changed after the board opened it,
     * the text to decide on is a new version: the stale form is refused on the agreement page with a message naming
     * both numbers, and the version shown is not approved.
     */
    @Test
    void aDecisionFormOpenedBeforeTheRecordChangedIsRefusedAndNothingIsDecided() throws Exception {
        long id = createdThroughApi();
        var librarian = demo(Role.LIBRARIAN);
        var board = demo(Role.BOARD_MEMBER);
        mvc.perform(post("/partnerships/" + id + "/agreement/submit")
                        .with(user(librarian))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/partnerships/" + id + "/agreement").with(user(board)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"number\" value=\"1\"")));

        // the librarian changes the record's goals: the agreement's text is now version 2's
        var detail = mvc.perform(get(API + id).with(user(librarian)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long version = ((Number) JsonPath.read(detail, "$.partnership.version")).longValue();
        var body = """
                {"title":"Лятно четене","leadLibraryId":%d,"targetGroups":["CHILDREN"],"fields":["READING"],
                 "need":"Децата четат все по-малко","goals":"Двойно повече деца в библиотеката",
                 "startDate":"2026-06-01","endDate":"2027-05-31",
                 "parties":[{"organisationId":%d,"role":"Съорганизатор","responsibilities":"Води учениците",
                   "contributions":["EXPERTISE"],"moneyEur":250.00,"benefits":"Нови читатели",
                   "representative":"Директор"}],"version":%d}
                """.formatted(
                        ref(Role.LIBRARIAN, ScopeKind.LIBRARY), ref(Role.PARTNER, ScopeKind.ORGANISATION), version);
        mvc.perform(put(API + id)
                        .with(user(librarian))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk());

        mvc.perform(post("/partnerships/" + id + "/agreement/decision")
                        .param("number", "1")
                        .param("decision", "approve")
                        .with(user(board))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/partnerships/" + id + "/agreement"))
                .andExpect(flash().attribute("errorKey", "agreement.error.staleVersion"))
                .andExpect(flash().attribute("errorField", "number"));
        assertThat(versions.findByPartnershipIdOrderByNumberDesc(id))
                .singleElement()
                .satisfies(v -> assertThat(v.getStatus()).isEqualTo(AgreementStatus.SUBMITTED));
    }

    @Test
    void ofAConcurrentApprovalAndReturnOnlyTheFirstToCommitStands() throws Exception {
        long id = createdThroughApi();
        mvc.perform(post(API + id + "/agreement/submission")
                        .with(user(demo(Role.LIBRARIAN)))
                        .with(csrf()))
                .andExpect(status().isOk());
        var board = demo(Role.BOARD_MEMBER);
        var tx = new TransactionTemplate(transactions);
        var approvalRead = new CountDownLatch(1);
        var returnCommitted = new CountDownLatch(1);
        var executor = Executors.newSingleThreadExecutor();
        try {
            // the approval reads the submitted version, then commits only after the return has committed
            var approval = executor.submit(() -> tx.executeWithoutResult(status -> {
                agreements.decide(board, id, 1, true, null);
                approvalRead.countDown();
                try {
                    returnCommitted.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(approvalRead.await(60, TimeUnit.SECONDS)).isTrue();
            tx.executeWithoutResult(status -> agreements.decide(board, id, 1, false, "Добавете срок за отчета"));
            returnCommitted.countDown();
            assertThatThrownBy(approval::get)
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(ObjectOptimisticLockingFailureException.class);
        } finally {
            executor.shutdownNow();
        }
        mvc.perform(get(API + id + "/agreement").with(user(board)))
                .andExpect(jsonPath("$.versions[0].status").value("RETURNED"))
                .andExpect(jsonPath("$.versions[0].comments").value("Добавете срок за отчета"));
    }

    @Test
    void theAgreementEndpointsAreInTheOpenApiDocument() throws Exception {
        var doc = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(doc)
                .contains(
                        "/api/v1/partnerships/{id}/agreement\"",
                        "/api/v1/partnerships/{id}/agreement/submission",
                        "/api/v1/partnerships/{id}/agreement/decision",
                        "/api/v1/partnerships/{id}/agreement/signed-copy");
    }
}
