package bg.libpartners.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.account.TestPeople;
import bg.libpartners.agreement.AgreementService;
import bg.libpartners.partnership.PartnershipFixtures;
import bg.libpartners.partnership.PartnershipService;
import bg.libpartners.partnership.PartnershipStatus;
import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** Each role's start page and {@code /api/v1/me/tasks} list what waits for that person, and only for them; help. */
@IntegrationTest
@AutoConfigureMockMvc
@Import(PartnershipFixtures.class)
class WorkspaceIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    PartnershipFixtures fx;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    AgreementService agreements;

    @Autowired
    Workspace workspace;

    @Autowired
    TestPeople people;

    /** When the one task with this link started waiting, as {@code /api/v1/me/tasks} gives it. */
    java.time.Instant since(CurrentUser me, String link) throws Exception {
        var api = mvc.perform(get("/api/v1/me/tasks").with(user(me)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> at = JsonPath.read(api, "$.content[?(@.link == '" + link + "')].since");
        assertThat(at).as("one task for " + link).hasSize(1);
        return java.time.Instant.parse(at.get(0));
    }

    long negotiating(String title) {
        long id = fx.create(title);
        partnerships.transition(
                fx.demo(Role.LIBRARIAN),
                id,
                PartnershipStatus.NEGOTIATION,
                null,
                partnerships.get(fx.demo(Role.LIBRARIAN), id).version());
        return id;
    }

    @Test
    void signingInLandsOnMyWorkWhileVisitorsKeepTheHomePage() throws Exception {
        mvc.perform(formLogin("/login")
                        .user(DemoAccounts.of(Role.LIBRARIAN).email())
                        .password(DemoAccounts.PASSWORD))
                .andExpect(redirectedUrl("/work"));
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(request().sessionAttributeDoesNotExist())
                .andExpect(content().string(not(containsString("Моята работа"))));
        mvc.perform(get("/work").accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void librarianSeesTheirLibraryDraftsAndPartnerPartnershipsToConfirm() throws Exception {
        var draft = "Чернова за началната страница " + System.nanoTime();
        var before = java.time.Instant.now();
        long draftId = fx.create(draft);
        // read over JDBC, written by Hibernate: the moment of the draft, not the JVM zone's hours off
        assertThat(since(fx.demo(Role.LIBRARIAN), "/partnerships/" + draftId))
                .isBetween(before.minusMillis(1), java.time.Instant.now().plusMillis(1));
        var negotiated = "Преговори за началната страница " + System.nanoTime();
        long negotiatedId = negotiating(negotiated);

        mvc.perform(get("/work").with(user(fx.demo(Role.LIBRARIAN))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Довършете черновата „" + draft + "“")))
                .andExpect(content().string(containsString("href=\"/partnerships/" + draftId + "\"")))
                .andExpect(content().string(containsString("Моите библиотеки и организации")))
                .andExpect(content().string(not(containsString("Потвърдете участието"))));
        mvc.perform(get("/work").with(user(fx.demo(Role.PARTNER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("в „" + negotiated + "“")))
                .andExpect(content().string(containsString("href=\"/partnerships/" + negotiatedId + "\"")))
                .andExpect(content().string(not(containsString(draft))));
        // a librarian of another library and a partner of another organisation see none of it
        var otherLibrarian = people.create(Role.LIBRARIAN, people.another(ScopeKind.LIBRARY, fx.library()));
        var otherPartner = people.create(Role.PARTNER, people.another(ScopeKind.ORGANISATION, fx.partnerOrg()));
        for (var other : List.of(otherLibrarian, otherPartner)) {
            mvc.perform(get("/work").with(user(other)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(draft))))
                    .andExpect(content().string(not(containsString(negotiated))));
        }
    }

    @Test
    void boardMemberIsToldAnAgreementWaitsAndTheLibraryWhenItIsReturned() throws Exception {
        var title = "Споразумение за началната страница " + System.nanoTime();
        long id = negotiating(title);
        var librarian = fx.demo(Role.LIBRARIAN);
        var board = fx.demo(Role.BOARD_MEMBER);
        var before = java.time.Instant.now();
        agreements.submit(librarian, id);
        assertThat(since(board, "/partnerships/" + id + "/agreement"))
                .isBetween(before.minusMillis(1), java.time.Instant.now().plusMillis(1));

        mvc.perform(get("/work").with(user(board)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Одобрете или върнете споразумението „" + title + "“")))
                .andExpect(content().string(containsString("href=\"/partnerships/" + id + "/agreement\"")));
        var api = mvc.perform(get("/api/v1/me/tasks").with(user(board)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> kinds = JsonPath.read(api, "$.content[*].kind");
        List<Boolean> urgent = JsonPath.read(api, "$.content[*].urgent");
        assertThat(kinds).contains("agreement.to-approve");
        assertThat(urgent.indexOf(false) == -1
                        || !urgent.subList(urgent.indexOf(false), urgent.size()).contains(true))
                .as("urgent tasks come first")
                .isTrue();
        var otherBoard = people.create(
                Role.BOARD_MEMBER,
                people.another(
                        ScopeKind.CHITALISHTE,
                        Long.parseLong(
                                board.refs(ScopeKind.CHITALISHTE).iterator().next())));
        mvc.perform(get("/work").with(user(otherBoard))).andExpect(content().string(not(containsString(title))));

        agreements.decide(board, id, 1, false, "Добавете срок");
        mvc.perform(get("/work").with(user(librarian)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Настоятелството върна споразумението „" + title + "“")));
        mvc.perform(get("/work").with(user(board)))
                .andExpect(content().string(not(containsString("Одобрете или върнете споразумението „" + title))));
    }

    @Test
    void coordinatorSeesTheirOblastAtAGlanceWithItsMapAndAdminTheProgramme() throws Exception {
        mvc.perform(get("/work").with(user(fx.demo(Role.COORDINATOR))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Област Пловдив с един поглед")))
                .andExpect(content().string(containsString("href=\"/map?oblast=PDV\"")))
                .andExpect(content().string(containsString("Действащи библиотеки")))
                .andExpect(content().string(containsString("Действащи партньорства")));
        mvc.perform(get("/work").with(user(fx.demo(Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Програмата с един поглед")));
        mvc.perform(get("/work").with(user(fx.demo(Role.EXPERT))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Заявките за експертна подкрепа")));
    }

    @Test
    void renewalIsUrgentWithinThirtyDaysAndOrderedFirst() {
        var tasks = List.of(
                new Task("a.later", List.of(), "/a", LocalDate.now().plusDays(50), null, false),
                new Task("b.urgent", List.of(), "/b", LocalDate.now().plusDays(20), null, true),
                new Task("c.undated", List.of(), "/c", null, java.time.Instant.now(), false));
        var sorted = tasks.stream().sorted(Workspace.ORDER).map(Task::kind).toList();
        assertThat(sorted).containsExactly("b.urgent", "a.later", "c.undated");
    }

    @Test
    void helpListsTheTopicsAndShowsTheSeedsWordsToVisitors() throws Exception {
        mvc.perform(get("/help"))
                .andExpect(status().isOk())
                .andExpect(request().sessionAttributeDoesNotExist())
                .andExpect(content().string(containsString("href=\"/help/partnership\"")))
                .andExpect(content().string(containsString("href=\"/help/workspace\"")));
        mvc.perform(get("/help/partnership"))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Партньорството е сътрудничество между организации с общи сфери на работа, общи цели и съвместни дейности.")))
                .andExpect(content().string(containsString("Отношения на равнопоставеност")))
                .andExpect(content().string(containsString("Набелязват се потенциалните партньори.")))
                .andExpect(content().string(containsString("Използват съвместно сгради и техника".toLowerCase())))
                .andExpect(content().string(containsString("По-често са канени на „кръглата маса“")))
                .andExpect(content().string(containsString("Проект за превенция на наркотици")));
        mvc.perform(get("/help/partnership").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A partnership is cooperation between organisations")));
        mvc.perform(get("/help/no-such-topic")).andExpect(status().isNotFound());
        mvc.perform(get("/partnerships").with(user(fx.demo(Role.LIBRARIAN))))
                .andExpect(content().string(containsString("href=\"/help/partnership\"")));
    }
}
