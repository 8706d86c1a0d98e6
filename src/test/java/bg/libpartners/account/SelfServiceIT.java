package bg.libpartners.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.directory.OrganisationSummary;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Self-service and user administration against the whole application: the e-mail change confirmed by a link to the
 * new address, disabling that stops sessions and API tokens at once, the erasure an admin confirms (audit trail
 * pseudonymised), the coordinator's limits, several scopes per invitation, scopes shown by name, the data archive.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SelfServiceIT {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(bg.libpartners.TestMail.SMTP).withPerMethodLifecycle(false);

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    Directory directory;

    @Autowired
    JdbcTemplate jdbc;

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    CurrentUser load(String email) {
        return (CurrentUser) userDetails.loadUserByUsername(email);
    }

    CurrentUser demo(Role role) {
        return load(DemoAccounts.of(role).email());
    }

    OrganisationSummary library(boolean inCoordinatorsOblast) {
        return directory
                .list(
                        OrganisationKind.LIBRARY,
                        inCoordinatorsOblast ? DemoAccounts.COORDINATOR_OBLAST : null,
                        null,
                        PageRequest.of(0, 500))
                .stream()
                .filter(o -> o.oblastCode() != null
                        && o.oblastCode().equals(DemoAccounts.COORDINATOR_OBLAST) == inCoordinatorsOblast)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void newEmailTakesEffectOnlyThroughTheLinkSentToItAndTheTokenIsKeptHashed() throws Exception {
        var email = unique("old");
        var id = accounts.create(
                email, "Смяна Имейл", Role.EXPERT, "email change password", Locale.forLanguageTag("bg"));
        var newEmail = unique("new");
        mvc.perform(post("/account/email").param("email", newEmail).with(csrf()).with(user(load(email))))
                .andExpect(redirectedUrl("/account"));
        await().atMost(Duration.ofSeconds(20)).until(() -> mail.getReceivedMessagesForDomain(newEmail).length > 0);
        var message = mail.getReceivedMessagesForDomain(newEmail)[0];
        assertThat(message.getSubject()).isEqualTo("Потвърдете новия си имейл в LibPartners");
        var token = extract((String) message.getContent(), "token=([A-Za-z0-9_-]+)");
        assertThat(jdbc.queryForList("select token_hash from email_change where user_id = ?", String.class, id))
                .hasSize(1)
                .doesNotContain(token);
        assertThat(accounts.get(id).email())
                .as("nothing changes before the link")
                .isEqualTo(email);

        var stranger = unique("stranger");
        accounts.create(stranger, "Друг", Role.EXPERT, "stranger password 1", Locale.forLanguageTag("bg"));
        mvc.perform(post("/account/email/confirm")
                        .param("token", token)
                        .with(csrf())
                        .with(user(load(stranger))))
                .andExpect(status().isGone());
        mvc.perform(get("/account/email/confirm").param("token", token).with(user(load(email))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("confirm-email")));
        mvc.perform(post("/account/email/confirm")
                        .param("token", token)
                        .with(csrf())
                        .with(user(load(email))))
                .andExpect(redirectedUrl("/login?emailChanged"));
        assertThat(accounts.get(id).email()).isEqualTo(newEmail);
        mvc.perform(formLogin("/login").user(newEmail).password("email change password"))
                .andExpect(authenticated());
        mvc.perform(formLogin("/login").user(email).password("email change password"))
                .andExpect(unauthenticated());
        mvc.perform(post("/account/email/confirm")
                        .param("token", token)
                        .with(csrf())
                        .with(user(load(newEmail))))
                .andExpect(status().isGone());
    }

    @Test
    void disablingStopsTheSessionAndTheApiTokenAtOnceAndEnablingRestoresThem() throws Exception {
        var email = unique("disable");
        var id = accounts.create(
                email,
                "За деактивиране",
                Role.LIBRARIAN,
                "disable me password",
                Locale.forLanguageTag("bg"),
                Scope.of(ScopeKind.LIBRARY, library(true).id()));
        var token = tokens.create(id, "test").secret();
        var session =
                (MockHttpSession) mvc.perform(formLogin("/login").user(email).password("disable me password"))
                        .andExpect(authenticated())
                        .andReturn()
                        .getRequest()
                        .getSession();
        mvc.perform(get("/api/v1/account/me").session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/account/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());

        mvc.perform(post("/api/v1/admin/users/" + id + "/disable").with(csrf()).with(user(demo(Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(get("/api/v1/account/me").session(session)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/account/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        mvc.perform(formLogin("/login").user(email).password("disable me password"))
                .andExpect(unauthenticated());

        mvc.perform(post("/admin/users/" + id + "/enable").with(csrf()).with(user(demo(Role.ADMIN))))
                .andExpect(redirectedUrl("/admin/users/" + id));
        mvc.perform(get("/api/v1/account/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        mvc.perform(formLogin("/login").user(email).password("disable me password"))
                .andExpect(authenticated());
    }

    @Test
    void erasureAskedByThePersonAndConfirmedByAnAdminPseudonymisesTheAuditTrail() throws Exception {
        var email = unique("erase");
        var id = accounts.create(
                email, "Иванка Изтривачева", Role.EXPERT, "erase me password 1", Locale.forLanguageTag("bg"));
        var me = load(email);
        mvc.perform(post("/account/name")
                        .param("displayName", "Иванка Изтривачева-Нова")
                        .with(csrf())
                        .with(user(me)))
                .andExpect(redirectedUrl("/account"));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = ?", Long.class, email))
                .as("what the person did is audited under their address")
                .isPositive();
        mvc.perform(post("/account/erasure")
                        .param("reason", "Напускам програмата")
                        .with(csrf())
                        .with(user(me)))
                .andExpect(redirectedUrl("/account"));
        var admin = demo(Role.ADMIN);
        var requests = mvc.perform(get("/api/v1/admin/erasures").with(user(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var requestId = jdbc.queryForObject("select id from erasure_request where user_id = ?", Long.class, id);
        assertThat(requests).contains(email);
        mvc.perform(post("/api/v1/admin/erasures/" + requestId + "/confirm")
                        .with(csrf())
                        .with(user(demo(Role.COORDINATOR))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/erasures/" + requestId + "/confirm")
                        .with(csrf())
                        .with(user(admin)))
                .andExpect(status().isNoContent());

        var row =
                jdbc.queryForMap("select email, display_name, password_hash, erased_at from app_user where id = ?", id);
        assertThat(row.get("email")).isEqualTo("erased-" + id + "@invalid");
        assertThat(row.get("display_name")).isEqualTo("—");
        assertThat(row.get("password_hash")).isNull();
        assertThat(row.get("erased_at")).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = ?", Long.class, "erased-" + id))
                .as("the entries stay, under the pseudonym")
                .isPositive();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where actor = ? or changes like ?" + " or changes like ?",
                        Long.class,
                        email,
                        "%" + email + "%",
                        "%Изтривачева%"))
                .as("neither the address nor the name is left in the audit trail")
                .isZero();
        assertThat(jdbc.queryForObject("select outcome from erasure_request where id = ?", String.class, requestId))
                .isEqualTo("ERASED");
        mvc.perform(formLogin("/login").user(email).password("erase me password 1"))
                .andExpect(unauthenticated());
    }

    @Test
    void coordinatorEditsOnlyPeopleOfTheirOblastsAndNeverMakesAdmins() throws Exception {
        var coordinator = demo(Role.COORDINATOR);
        var inside = library(true);
        var outside = library(false);
        var ownId = accounts.create(
                unique("inside"),
                "В областта",
                Role.LIBRARIAN,
                "inside password 12",
                Locale.forLanguageTag("bg"),
                Scope.of(ScopeKind.LIBRARY, inside.id()));
        var otherId = accounts.create(
                unique("outside"),
                "Извън областта",
                Role.LIBRARIAN,
                "outside password 12",
                Locale.forLanguageTag("bg"),
                Scope.of(ScopeKind.LIBRARY, outside.id()));

        mvc.perform(get("/api/v1/admin/users/" + otherId).with(user(coordinator)))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/admin/users/" + otherId)
                        .with(csrf())
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"LIBRARIAN\",\"scopes\":[\"" + inside.id() + "\"],\"version\":0}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/admin/users").param("q", "областта").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", org.hamcrest.Matchers.hasItem(ownId.intValue())))
                .andExpect(jsonPath("$.content[*].id", not(org.hamcrest.Matchers.hasItem(otherId.intValue()))));

        var version = accounts.get(ownId) == null
                ? 0
                : jdbc.queryForObject("select version from app_user where id = ?", Long.class, ownId);
        mvc.perform(put("/api/v1/admin/users/" + ownId)
                        .with(csrf())
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"ADMIN\",\"version\":" + version + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/admin/users/" + ownId)
                        .with(csrf())
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"LIBRARIAN\",\"scopes\":[\"" + outside.id() + "\"],\"version\":" + version
                                + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/admin/users/" + ownId)
                        .with(csrf())
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"LIBRARIAN\",\"scopes\":[\"" + inside.id() + "\"]}"))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/v1/admin/users/" + ownId)
                        .with(csrf())
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"LIBRARIAN\",\"scopes\":[\"" + inside.id() + "\"],\"version\":"
                                + (version + 7) + "}"))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/admin/users/" + ownId)
                        .with(csrf())
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"BOARD_MEMBER\",\"scopes\":[\""
                                + library(true).id() + "\"],\"version\":" + version + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("scope"));
        assertThat(jdbc.queryForObject("select role from app_user where id = ?", String.class, ownId))
                .as("nothing refused is stored")
                .isEqualTo("LIBRARIAN");
        mvc.perform(get("/admin/users/" + ownId).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(inside.name())));
    }

    @Test
    void anInvitationGrantsSeveralOblastsPickedByNameAndARevokedOneNoLongerOpens() throws Exception {
        var admin = demo(Role.ADMIN);
        var email = unique("two-oblasts");
        mvc.perform(post("/admin/invitations/new")
                        .param("email", email)
                        .param("role", "COORDINATOR")
                        .param("oblasts", "PDV")
                        .param("oblasts", "VRC")
                        .param("_picker", "oblasts")
                        .with(csrf())
                        .with(user(admin)))
                .andExpect(redirectedUrl("/admin/invitations/new"));
        await().atMost(Duration.ofSeconds(20)).until(() -> mail.getReceivedMessagesForDomain(email).length > 0);
        var token = extract(
                (String) mail.getReceivedMessagesForDomain(email)[0].getContent(), "/invitations/([A-Za-z0-9_-]+)");
        mvc.perform(post("/invitations/" + token)
                        .param("displayName", "Двете области")
                        .param("password", "two oblasts password")
                        .param("passwordRepeat", "two oblasts password")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(load(email).refs(ScopeKind.OBLAST)).containsExactlyInAnyOrder("PDV", "VRC");
        mvc.perform(get("/account").with(user(load(email))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Област: Пловдив")))
                .andExpect(content().string(containsString("Област: Враца")))
                .andExpect(content().string(not(containsString("OBLAST"))));

        var revoked = unique("revoked");
        mvc.perform(post("/api/v1/admin/invitations")
                        .with(csrf())
                        .with(user(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + revoked + "\",\"role\":\"EXPERT\"}"))
                .andExpect(status().isCreated());
        await().atMost(Duration.ofSeconds(20)).until(() -> mail.getReceivedMessagesForDomain(revoked).length > 0);
        var revokedToken = extract(
                (String) mail.getReceivedMessagesForDomain(revoked)[0].getContent(), "/invitations/([A-Za-z0-9_-]+)");
        var invitationId = jdbc.queryForObject("select id from invitation where email = ?", Long.class, revoked);
        mvc.perform(post("/api/v1/admin/invitations/" + invitationId + "/revoke")
                        .with(csrf())
                        .with(user(demo(Role.COORDINATOR))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/admin/invitations/" + invitationId + "/revoke")
                        .with(csrf())
                        .with(user(admin)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/invitations/" + revokedToken)).andExpect(status().isGone());
    }

    @Test
    void theDataArchiveHoldsJsonAndAReadableSummary() throws Exception {
        var email = unique("archive");
        accounts.create(email, "Архив Архивов", Role.EXPERT, "archive password 1", Locale.forLanguageTag("bg"));
        var bytes = mvc.perform(get("/account/data.zip").with(user(load(email))))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/zip"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var entries = new HashMap<String, String>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(entries).containsKeys("data.json", "summary.html");
        assertThat(entries.get("data.json")).contains(email).contains("\"auditOfMyAccount\"");
        assertThat(entries.get("summary.html"))
                .contains("Архив Архивов")
                .contains("Моите данни в LibPartners")
                .contains("Експерт");
    }

    private static String extract(String text, String regex) {
        var matcher = Pattern.compile(regex).matcher(text.replace("=\r\n", "").replace("=\n", ""));
        assertThat(matcher.find()).as("'" + regex + "' in " + text).isTrue();
        return matcher.group(1);
    }
}
