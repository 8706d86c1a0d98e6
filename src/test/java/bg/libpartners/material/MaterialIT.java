package bg.libpartners.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.account.Scope;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.account.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
@AutoConfigureMockMvc
class MaterialIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    MaterialService materials;

    @Autowired
    Materials repository;

    @Autowired
    FileStore store;

    @Autowired
    TestPeople people;

    CurrentUser demo(Role role) {
        return (CurrentUser)
                userDetails.loadUserByUsername(DemoAccounts.of(role).email());
    }

    long upload(String title, MockMultipartFile file) throws Exception {
        return upload(title, file, demo(Role.EXPERT));
    }

    long upload(String title, MockMultipartFile file, CurrentUser who) throws Exception {
        var location = mvc.perform(multipart("/materials/new")
                        .file(file)
                        .param("title", title)
                        .param("kind", "BROCHURE")
                        .param("language", "bg")
                        .param("tags", "Читалище, доброволци")
                        .param("practices", "1, 2")
                        .with(csrf())
                        .with(user(who)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void textInsidePdfAndDocxIsSearchable() throws Exception {
        long pdf = upload(
                "Брошура",
                new MockMultipartFile(
                        "file",
                        "brochure.pdf",
                        "application/pdf",
                        TestFiles.pdf("Дарителска кампания за зеленчукова градина")));
        long docx = upload(
                "Шаблон",
                new MockMultipartFile(
                        "file",
                        "template.docx",
                        "application/octet-stream",
                        TestFiles.docx("Споразумение за сътрудничество с пчеларското дружество")));
        assertThat(materials.search("зеленчукова", null, PageRequest.of(0, 10)).getContent())
                .extracting(MaterialService.MaterialCard::id)
                .containsExactly(pdf);
        assertThat(materials.search("пчеларското", null, PageRequest.of(0, 10)).getContent())
                .extracting(MaterialService.MaterialCard::id)
                .containsExactly(docx);
        assertThat(materials.linkedTo(2))
                .extracting(MaterialService.MaterialCard::id)
                .contains(pdf, docx);
        mvc.perform(get("/materials").param("q", "зеленчукова").with(user(demo(Role.LIBRARIAN))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Брошура")));
    }

    @Test
    void anExecutableRenamedToPdfIsRefusedWithAMessage() throws Exception {
        mvc.perform(multipart("/materials/new")
                        .file(new MockMultipartFile(
                                "file", "brochure.pdf", "application/pdf", TestFiles.windowsExecutable()))
                        .param("title", "Опасен файл")
                        .param("kind", "BROCHURE")
                        .param("language", "bg")
                        .with(csrf())
                        .with(user(demo(Role.EXPERT))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("не се приемат")));
        assertThat(materials.search("Опасен", null, PageRequest.of(0, 10)).getContent())
                .isEmpty();
    }

    @Test
    void newVersionsKeepTheOldOnesAndIdenticalFilesAreStoredOnce() throws Exception {
        var bytes = TestFiles.pdf("Първа версия");
        long id = upload("Презентация за кмета", new MockMultipartFile("file", "v1.pdf", "application/pdf", bytes));
        long twin = upload("Същият файл", new MockMultipartFile("file", "copy.pdf", "application/pdf", bytes));
        var first = materials.get(id).versions().get(0);
        assertThat(materials.get(twin).versions().get(0).sha256()).isEqualTo(first.sha256());
        assertThat(repository.versionsWithFile(first.sha256())).isEqualTo(2);

        mvc.perform(multipart("/materials/" + id + "/versions")
                        .file(new MockMultipartFile("file", "v2.pdf", "application/pdf", TestFiles.pdf("Втора версия")))
                        .with(csrf())
                        .with(user(demo(Role.EXPERT))))
                .andExpect(status().is3xxRedirection());
        var material = materials.get(id);
        assertThat(material.versions())
                .extracting(MaterialService.VersionView::filename)
                .containsExactly("v1.pdf", "v2.pdf");
        assertThat(material.currentVersion()).isEqualTo(2);

        var old = mvc.perform(get("/materials/" + id + "/versions/1/file").with(user(demo(Role.PARTNER))))
                .andExpect(status().isOk())
                .andReturn();
        old.getAsyncResult();
        assertThat(materials.get(id).downloads()).isEqualTo(1);
        assertThat(materials.get(id).versions().get(0).downloads()).isEqualTo(1);
    }

    @Test
    void aVersionAddedFromAStalePageGetsTheConflictPageAndNothingIsStored() throws Exception {
        var expert = demo(Role.EXPERT);
        long id = upload(
                "Наръчник за доброволци",
                new MockMultipartFile("file", "v1.pdf", "application/pdf", TestFiles.pdf("Наръчник, първо издание")));
        mvc.perform(get("/materials/" + id).with(user(expert)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"current\" value=\"1\"")));

        // while the expert's page is open, an admin adds version 2 from a fresh page
        mvc.perform(multipart("/materials/" + id + "/versions")
                        .file(new MockMultipartFile(
                                "file", "v2.pdf", "application/pdf", TestFiles.pdf("Второ издание")))
                        .param("current", "1")
                        .with(csrf())
                        .with(user(demo(Role.ADMIN))))
                .andExpect(status().is3xxRedirection());
        // the expert's form still says version 1: refused, their file not stored, version 2 stays current
        mvc.perform(multipart("/materials/" + id + "/versions")
                        .file(new MockMultipartFile(
                                "file", "mine.pdf", "application/pdf", TestFiles.pdf("Моето издание")))
                        .param("current", "1")
                        .with(csrf())
                        .with(user(expert)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Конфликт при запис")))
                .andExpect(content().string(containsString("Междувременно е добавена версия 2")));
        var material = materials.get(id);
        assertThat(material.versions())
                .extracting(MaterialService.VersionView::filename)
                .containsExactly("v1.pdf", "v2.pdf");
        assertThat(material.currentVersion()).isEqualTo(2);
    }

    @Test
    void partnersMayReadButNotUpload() throws Exception {
        mvc.perform(get("/materials").accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/materials/new")
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", TestFiles.pdf("x")))
                        .param("title", "Партньорски")
                        .param("kind", "OTHER")
                        .param("language", "bg")
                        .with(csrf())
                        .with(user(demo(Role.PARTNER))))
                .andExpect(status().isForbidden());
    }

    ResultActions addVersion(long id, CurrentUser who) throws Exception {
        return mvc.perform(multipart("/materials/" + id + "/versions")
                .file(new MockMultipartFile("file", "next.pdf", "application/pdf", TestFiles.pdf("Нова версия " + who)))
                .with(csrf())
                .with(user(who)));
    }

    @Test
    void onlyTheOwnerTheirLibraryTheOblastsCoordinatorOrAnAdminMayAddAVersion() throws Exception {
        var librarian = demo(Role.LIBRARIAN);
        long id = upload(
                "Отчет на библиотеката",
                new MockMultipartFile("file", "report.pdf", "application/pdf", TestFiles.pdf("Отчет")),
                librarian);
        var material = repository.findById(id).orElseThrow();
        var library = librarian.refs(ScopeKind.LIBRARY).iterator().next();
        assertThat(material.getLibraryRef()).isEqualTo(library);
        assertThat(material.getOblastCode()).isNotNull();
        var colleague = people.create(Role.LIBRARIAN, Scope.of(ScopeKind.LIBRARY, library));
        var otherLibrarian = people.create(Role.LIBRARIAN, people.another(ScopeKind.LIBRARY, Long.parseLong(library)));
        var coordinator = people.create(Role.COORDINATOR, Scope.of(ScopeKind.OBLAST, material.getOblastCode()));
        var otherCoordinator = people.create(
                Role.COORDINATOR,
                Scope.of(ScopeKind.OBLAST, material.getOblastCode().equals("SOF") ? "VAR" : "SOF"));

        for (var stranger : new CurrentUser[] {otherLibrarian, otherCoordinator, demo(Role.EXPERT)}) {
            addVersion(id, stranger).andExpect(status().isForbidden());
            mvc.perform(get("/materials/" + id).with(user(stranger)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("/materials/" + id + "/versions\""))));
        }
        assertThat(materials.get(id).currentVersion()).isEqualTo(1);
        for (var allowed : new CurrentUser[] {librarian, colleague, coordinator, demo(Role.ADMIN)}) {
            addVersion(id, allowed).andExpect(status().is3xxRedirection());
        }
        assertThat(materials.get(id).currentVersion()).isEqualTo(5);
    }

    @Test
    void archivesAndMacrosComeOnlyFromCoordinatorsAndAdminsAndAreFlagged() throws Exception {
        var macros = TestFiles.withEntry(TestFiles.docx("Макроси"), "word/vbaProject.bin", new byte[64]);
        for (var file : new MockMultipartFile[] {
            new MockMultipartFile("file", "pack.zip", "application/zip", TestFiles.zip()),
            new MockMultipartFile("file", "form.docm", "application/octet-stream", macros)
        }) {
            for (var role : new Role[] {Role.LIBRARIAN, Role.EXPERT}) {
                mvc.perform(multipart("/materials/new")
                                .file(file)
                                .param("title", "Пакет с код")
                                .param("kind", "OTHER")
                                .param("language", "bg")
                                .with(csrf())
                                .with(user(demo(role))))
                        .andExpect(status().isOk())
                        .andExpect(content().string(containsString("само координатори и администратори")));
            }
        }
        assertThat(materials.search("Пакет с код", null, PageRequest.of(0, 10)).getContent())
                .isEmpty();

        long id = upload(
                "Архив с образци",
                new MockMultipartFile("file", "pack.zip", "application/zip", TestFiles.zip()),
                demo(Role.COORDINATOR));
        assertThat(materials.get(id).currentActiveContent()).isTrue();
        mvc.perform(get("/materials/" + id).with(user(demo(Role.PARTNER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("архив или макроси")))
                .andExpect(content().string(containsString("може да изпълни код при отваряне")));
    }

    @Test
    void aFileWhoseTextCannotBeReadWithinBoundsIsRefusedWithAMessageAndNothingIsKept() throws Exception {
        var bomb = TestFiles.withEntry(TestFiles.docx("Бомба"), "word/media/filler.bin", new byte[16 * 1024 * 1024]);
        mvc.perform(multipart("/materials/new")
                        .file(new MockMultipartFile("file", "bomb.docx", "application/octet-stream", bomb))
                        .param("title", "Разархивираща се бомба")
                        .param("kind", "OTHER")
                        .param("language", "bg")
                        .with(csrf())
                        .with(user(demo(Role.EXPERT))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("разархивира до необичайно голям обем")));
        assertThat(materials
                        .search("Разархивираща", null, PageRequest.of(0, 10))
                        .getContent())
                .isEmpty();
        var sha = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bomb));
        assertThat(store.exists(sha))
                .as("the stored copy is removed with the rolled-back upload")
                .isFalse();
    }
}
