package bg.libpartners.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.directory.OrganisationSummary;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class AccountIT {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(bg.libpartners.TestMail.SMTP).withPerMethodLifecycle(false);

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    Directory directory;

    @Autowired
    Invitations invitations;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    bg.libpartners.platform.SqlInstants instants;

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    CurrentUser demo(Role role) {
        return (CurrentUser)
                userDetails.loadUserByUsername(DemoAccounts.of(role).email());
    }

    /** A record of this kind in the demo coordinator's oblast ({@code inside}) or in another one. */
    OrganisationSummary record(OrganisationKind kind, boolean inside) {
        return directory
                .list(kind, inside ? DemoAccounts.COORDINATOR_OBLAST : null, null, PageRequest.of(0, 500))
                .stream()
                .filter(o -> o.oblastCode() != null && o.oblastCode().equals(DemoAccounts.COORDINATOR_OBLAST) == inside)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void demoAccountSignsIn() throws Exception {
        mvc.perform(formLogin("/login")
                        .user(DemoAccounts.of(Role.LIBRARIAN).email())
                        .password(DemoAccounts.PASSWORD))
                .andExpect(authenticated().withRoles("LIBRARIAN"));
    }

    @Test
    void stopsCheckingPasswordsAfterRepeatedFailedSignIns() throws Exception {
        var email = unique("lock");
        accounts.create(email, "Lock Test", Role.EXPERT, "correct horse battery", Locale.ENGLISH);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(email).password("wrong password " + i))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(email).password("correct horse battery"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrlPattern("/login?throttled=*"));
        assertThat(((CurrentUser) userDetails.loadUserByUsername(email)).isAccountNonLocked())
                .isFalse();
    }

    @Test
    void unknownEmailFailsExactlyLikeAWrongPassword() throws Exception {
        mvc.perform(formLogin("/login").user(unique("nobody")).password("whatever12345"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void resetsPasswordThroughAnEmailedOneTimeLink() throws Exception {
        var email = unique("reset");
        accounts.create(email, "Reset Test", Role.EXPERT, "old password 123", Locale.forLanguageTag("bg"));

        mvc.perform(post("/password/forgot")
                        .param("email", email.toUpperCase(Locale.ROOT))
                        .with(csrf()))
                .andExpect(redirectedUrl("/password/forgot"));
        // The mail goes out after the answer, from another thread.
        await().atMost(Duration.ofSeconds(20)).until(() -> mail.getReceivedMessagesForDomain(email).length > 0);
        var message = mail.getReceivedMessagesForDomain(email)[0];
        assertThat(message.getSubject()).isEqualTo("Нова парола за LibPartners");
        var token = extract((String) message.getContent(), "token=([A-Za-z0-9_-]+)");

        mvc.perform(get("/password/reset").param("token", token)).andExpect(status().isOk());
        mvc.perform(post("/password/reset")
                        .param("token", token)
                        .param("password", "short")
                        .param("passwordRepeat", "short")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("между 10 и 200 знака")));
        mvc.perform(post("/password/reset")
                        .param("token", token)
                        .param("password", "a brand new secret")
                        .param("passwordRepeat", "a brand new secret")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(formLogin("/login").user(email).password("a brand new secret"))
                .andExpect(authenticated());
        mvc.perform(formLogin("/login").user(email).password("old password 123"))
                .andExpect(unauthenticated());
        mvc.perform(get("/password/reset").param("token", token)).andExpect(status().isGone());
    }

    @Test
    void forgottenPasswordForAnUnknownAddressSendsNothingAndSaysTheSame() throws Exception {
        var email = unique("ghost");
        mvc.perform(post("/password/forgot").param("email", email).with(csrf()))
                .andExpect(redirectedUrl("/password/forgot"));
        assertThat(mail.getReceivedMessagesForDomain(email)).isEmpty();
    }

    @Test
    void invitationByEmailCreatesAnAccountWithRoleAndScope() throws Exception {
        var email = unique("invited");
        var library = record(OrganisationKind.LIBRARY, true).id();
        mvc.perform(post("/api/v1/admin/invitations")
                        .with(user(demo(Role.COORDINATOR)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"role\":\"LIBRARIAN\",\"scope\":\"" + library + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mailed").value(true));
        var body = (String) mail.getReceivedMessagesForDomain(email)[0].getContent();
        assertThat(body).contains("Библиотекар");
        var token = extract(body, "/invitations/([A-Za-z0-9_-]+)");

        mvc.perform(post("/invitations/" + token)
                        .param("displayName", "Иван Петров")
                        .param("password", "one")
                        .param("passwordRepeat", "two")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Двете пароли не съвпадат.")));
        mvc.perform(post("/invitations/" + token)
                        .param("displayName", "Иван Петров")
                        .param("password", "library partner 1")
                        .param("passwordRepeat", "library partner 1")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(formLogin("/login").user(email).password("library partner 1"))
                .andExpect(authenticated().withRoles("LIBRARIAN"));
        var invited = (CurrentUser) userDetails.loadUserByUsername(email);
        assertThat(invited.covers(ScopeKind.LIBRARY, library)).isTrue();
        assertThat(invited.covers(ScopeKind.LIBRARY, library + 1)).isFalse();
        mvc.perform(get("/invitations/" + token)).andExpect(status().isGone());
    }

    @Test
    void coordinatorCannotInviteAnAdminNorIntoAnotherOblast() throws Exception {
        var coordinator = demo(Role.COORDINATOR);
        mvc.perform(post("/api/v1/admin/invitations")
                        .with(user(coordinator))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + unique("x") + "\",\"role\":\"ADMIN\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("role"));
        mvc.perform(post("/api/v1/admin/invitations")
                        .with(user(coordinator))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("{\"email\":\"" + unique("x") + "\",\"role\":\"COORDINATOR\",\"scope\":\"VRC\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/admin/invitations")
                        .with(user(demo(Role.ADMIN)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"not-an-email\",\"role\":\"EXPERT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[0].message").value("Въведете валиден имейл адрес."));
    }

    @Test
    void coordinatorInvitesOnlyIntoLibrariesChitalishtaAndOrganisationsOfTheirOblasts() throws Exception {
        var coordinator = demo(Role.COORDINATOR);
        long before = invitations.count();
        var refused = new Object[][] {
            {Role.LIBRARIAN, record(OrganisationKind.LIBRARY, false), "Обхват: библиотеката е извън вашите области"},
            {Role.BOARD_MEMBER, record(OrganisationKind.CHITALISHTE, false), "Обхват: читалището е извън вашите области"
            },
            {Role.PARTNER, record(OrganisationKind.PARTNER, false), "Обхват: организацията е извън вашите области"}
        };
        for (var r : refused) {
            var email = unique("outside");
            mvc.perform(post("/api/v1/admin/invitations")
                            .with(user(coordinator))
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"email\":\"" + email + "\",\"role\":\"" + r[0] + "\",\"scope\":\""
                                    + ((OrganisationSummary) r[1]).id() + "\"}"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.parameter").value("scope"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith((String) r[2])));
            assertThat(mail.getReceivedMessagesForDomain(email)).isEmpty();
        }
        // a scope must name a record of its kind: a library's number is no chitalishte
        mvc.perform(post("/api/v1/admin/invitations")
                        .with(user(demo(Role.ADMIN)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + unique("wrong") + "\"," + "\"role\":\"BOARD_MEMBER\",\"scope\":\""
                                + record(OrganisationKind.LIBRARY, true).id() + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Обхват: няма читалище с този номер."));
        assertThat(invitations.count()).as("nothing refused is stored").isEqualTo(before);

        for (var kind : new Object[][] {
            {Role.BOARD_MEMBER, OrganisationKind.CHITALISHTE}, {Role.PARTNER, OrganisationKind.PARTNER}
        }) {
            mvc.perform(post("/api/v1/admin/invitations")
                            .with(user(coordinator))
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"email\":\"" + unique("inside") + "\","
                                    + "\"role\":\"" + kind[0] + "\",\"scope\":\""
                                    + record((OrganisationKind) kind[1], true).id() + "\"}"))
                    .andExpect(status().isCreated());
        }
        // the programme team invites anywhere
        mvc.perform(post("/api/v1/admin/invitations")
                        .with(user(demo(Role.ADMIN)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + unique("admin") + "\"," + "\"role\":\"LIBRARIAN\",\"scope\":\""
                                + record(OrganisationKind.LIBRARY, false).id() + "\"}"))
                .andExpect(status().isCreated());
        assertThat(invitations.count()).isEqualTo(before + 3);
    }

    @Test
    void librarianCannotReachAdministrationPagesOrApi() throws Exception {
        var librarian = demo(Role.LIBRARIAN);
        mvc.perform(get("/admin/users").with(user(librarian))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/invitations/new").with(user(librarian))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/users").with(user(librarian)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Нямате права за това действие."));
        mvc.perform(get("/api/v1/admin/users").with(user(demo(Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").isNumber());
    }

    @Test
    void personalApiTokenWorksUntilRevoked() throws Exception {
        var email = unique("token");
        accounts.create(email, "Token Test", Role.EXPERT, "token test password", Locale.ENGLISH);
        var me = (CurrentUser) userDetails.loadUserByUsername(email);
        var answer = mvc.perform(post("/api/v1/account/tokens")
                        .with(user(me))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Excel\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var secret = extract(answer, "\"secret\":\"([^\"]+)\"");
        var id = extract(answer, "\"id\":(\\d+)");

        mvc.perform(get("/api/v1/account/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(email));
        // A token replaces the session and its CSRF token for API writes, but cannot make more tokens.
        mvc.perform(post("/api/v1/account/tokens")
                        .header("Authorization", "Bearer " + secret)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"second\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("не може да се създават")));
        mvc.perform(post("/account/tokens")
                        .header("Authorization", "Bearer " + secret)
                        .param("name", "second"))
                .andExpect(status().isForbidden());
        assertThat(tokens.list(me.id())).hasSize(1);
        mvc.perform(delete("/api/v1/account/tokens/" + id).header("Authorization", "Bearer " + secret))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/account/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("API ключът е невалиден, изтекъл или отменен."));
    }

    @Test
    void aReadOnlyTokenMayOnlyReadAndAnExpiredTokenNothing() throws Exception {
        var email = unique("readonly");
        accounts.create(email, "Read Only", Role.EXPERT, "read only password", Locale.ENGLISH);
        var me = (CurrentUser) userDetails.loadUserByUsername(email);
        var answer = mvc.perform(post("/api/v1/account/tokens")
                        .with(user(me))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"report\",\"readOnly\":true,\"days\":30}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token.readOnly").value(true))
                .andExpect(jsonPath("$.token.expiresAt").isNotEmpty())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var readOnly = extract(answer, "\"secret\":\"([^\"]+)\"");
        var readOnlyId = extract(answer, "\"id\":(\\d+)");

        mvc.perform(get("/api/v1/account/me").header("Authorization", "Bearer " + readOnly))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(email));
        mvc.perform(post("/api/v1/organisations")
                        .header("Authorization", "Bearer " + readOnly)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail")
                        .value("Този API ключ е само за четене: с него са разрешени само заявки" + " GET и HEAD."));
        mvc.perform(delete("/api/v1/account/tokens/" + readOnlyId).header("Authorization", "Bearer " + readOnly))
                .andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/account/tokens")
                        .with(user(me))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"forever\",\"days\":0}"))
                .andExpect(status().isBadRequest());
        var expiring = tokens.create(me.id(), "expiring", false, 1);
        jdbc.update(
                "update api_token set expires_at = ? where id = ?",
                instants.bind(java.time.Instant.now().minusSeconds(60)),
                expiring.token().id());
        mvc.perform(get("/api/v1/account/me").header("Authorization", "Bearer " + expiring.secret()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void auditTrailRecordsWhoChangedWhatWithSecretsMasked() throws Exception {
        var email = unique("audited");
        var before = java.time.Instant.now();
        var id = accounts.create(email, "Audited", Role.EXPERT, "audited password", Locale.ENGLISH);
        var after = java.time.Instant.now();
        var json = mvc.perform(get("/api/v1/admin/audit")
                        .param("entity", "UserAccount")
                        .param("entityId", id.toString())
                        .with(user(demo(Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].action").value("CREATE"))
                .andExpect(jsonPath("$.content[0].changes").value(org.hamcrest.Matchers.containsString(email)))
                .andExpect(jsonPath("$.content[0].changes")
                        .value(org.hamcrest.Matchers.containsString("passwordHash: ***")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // written over JDBC, read by Hibernate: the same moment, not the JVM zone's hours off
        assertThat(java.time.Instant.parse(com.jayway.jsonpath.JsonPath.read(json, "$.content[0].at")))
                .isBetween(before.minusMillis(1), after.plusMillis(1));
        mvc.perform(get("/admin/audit").with(user(demo(Role.ADMIN)))).andExpect(status().isOk());
    }

    @Test
    void personalDataCanBeExportedAndErased() throws Exception {
        var email = unique("erase");
        var id = accounts.create(email, "Erase Me", Role.EXPERT, "erase me password", Locale.ENGLISH);
        var me = (CurrentUser) userDetails.loadUserByUsername(email);
        mvc.perform(get("/api/v1/account/me/export").with(user(me)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(email));
        accounts.erase(id);
        assertThat(accounts.exists(email)).isFalse();
        mvc.perform(formLogin("/login").user(email).password("erase me password"))
                .andExpect(unauthenticated());
    }

    private static String extract(String text, String regex) {
        var matcher = Pattern.compile(regex).matcher(text.replace("=\r\n", "").replace("=\n", ""));
        assertThat(matcher.find()).as("'" + regex + "' in " + text).isTrue();
        return matcher.group(1);
    }
}
