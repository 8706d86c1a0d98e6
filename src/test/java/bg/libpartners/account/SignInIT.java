package bg.libpartners.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.platform.LibPartnersProperties;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** Sign-in under attack, password hashing, sessions ending after a change of credentials, demo mode, TLS proxy. */
@IntegrationTest
@AutoConfigureMockMvc
class SignInIT {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(bg.libpartners.TestMail.SMTP).withPerMethodLifecycle(false);

    /** 42 Cyrillic letters and 6 spaces: 90 bytes in UTF-8, more than the 72 BCrypt can hash. */
    static final String CYRILLIC_PASSPHRASE = "читалищната библиотека в Бистрица отваря в девет";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    Users users;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    LibPartnersProperties properties;

    @LocalServerPort
    int port;

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** A client address of its own, so the per-address throttle of one test does not touch another. */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static MockHttpServletRequestBuilder signIn(String email, String password) {
        return post("/login")
                .param("username", email)
                .param("password", password)
                .with(csrf());
    }

    MockHttpSession signedInSession(String email, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(email).password(password))
                .andExpect(authenticated())
                .andReturn()
                .getRequest()
                .getSession(false);
    }

    @Test
    void wrongPasswordsThrottleTheAccountWhileOthersStillSignInFromTheSameAddress() throws Exception {
        var victim = unique("victim");
        var other = unique("other");
        accounts.create(victim, "Victim", Role.EXPERT, "the right password", Locale.ENGLISH);
        accounts.create(other, "Other", Role.EXPERT, "another right password", Locale.ENGLISH);
        var address = "10.17.0.1";
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn(victim, "guess number " + i).with(from(address)))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(signIn(victim, "the right password").with(from(address)))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrlPattern("/login?throttled=*"))
                .andExpect(header().exists("Retry-After"));
        mvc.perform(signIn(victim, "the right password")
                        .with(from("10.17.0.2"))
                        .accept(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "bg"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("Твърде много неуспешни опити за вход")));
        mvc.perform(get("/login").param("throttled", "15"))
                .andExpect(content()
                        .string(containsString("Твърде много неуспешни опити за вход с този имейл"
                                + " или от този адрес. Опитайте отново след 15 мин.")));

        mvc.perform(signIn(other, "another right password").with(from(address))).andExpect(authenticated());
    }

    @Test
    void parallelFailuresAllCountAndLockTheAccount() throws Exception {
        var email = unique("parallel");
        accounts.create(email, "Parallel", Role.EXPERT, "parallel password", Locale.ENGLISH);
        var max = properties.security().maxFailedLogins();
        var start = new CyclicBarrier(max);
        var pool = Executors.newFixedThreadPool(max);
        try {
            var failures = new ArrayList<Future<?>>();
            for (int i = 0; i < max; i++) {
                failures.add(pool.submit(() -> {
                    start.await();
                    events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                            UsernamePasswordAuthenticationToken.unauthenticated(email, "wrong"),
                            new BadCredentialsException("wrong")));
                    return null;
                }));
            }
            for (var failure : failures) {
                failure.get(); // throws if the listener failed, e.g. on an optimistic-lock conflict
            }
        } finally {
            pool.shutdownNow();
        }
        var user = users.findByEmail(email).orElseThrow();
        assertThat(user.isLocked())
                .as("%d parallel failures lock the account", max)
                .isTrue();
        mvc.perform(signIn(email, "parallel password").with(from("10.17.2.1"))).andExpect(unauthenticated());
    }

    @Test
    void aBcryptHashIsUpgradedToArgon2AtSignIn() throws Exception {
        var email = unique("bcrypt");
        var id = accounts.create(email, "Old Hash", Role.EXPERT, "an old bcrypt password", Locale.ENGLISH);
        transactions.executeWithoutResult(
                tx -> users.rehash(id, "{bcrypt}" + new BCryptPasswordEncoder().encode("an old bcrypt password")));
        assertThat(users.findById(id).orElseThrow().getPasswordHash()).startsWith("{bcrypt}");

        mvc.perform(signIn(email, "an old bcrypt password").with(from("10.17.3.1")))
                .andExpect(authenticated());

        assertThat(users.findById(id).orElseThrow().getPasswordHash())
                .startsWith("{argon2@SpringSecurity_v5_8}$argon2id$");
        mvc.perform(signIn(email, "an old bcrypt password").with(from("10.17.3.1")))
                .andExpect(authenticated());
    }

    @Test
    void aLongCyrillicPassphraseWorksAndAnOverlongPasswordIsRefusedWithAMessage() throws Exception {
        assertThat(CYRILLIC_PASSPHRASE.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isGreaterThan(72);
        var email = unique("cyrillic");
        var id = accounts.create(email, "Кирилица", Role.EXPERT, CYRILLIC_PASSPHRASE, Locale.forLanguageTag("bg"));
        mvc.perform(signIn(email, CYRILLIC_PASSPHRASE).with(from("10.17.4.1"))).andExpect(authenticated());
        // Differs only after byte 72: BCrypt would have let it in.
        mvc.perform(signIn(email, CYRILLIC_PASSPHRASE + " и в неделя").with(from("10.17.4.1")))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));

        // A person still on a BCrypt hash who types a long passphrase: a wrong password, not a server error.
        transactions.executeWithoutResult(
                tx -> users.rehash(id, "{bcrypt}" + new BCryptPasswordEncoder().encode("short old one")));
        mvc.perform(signIn(email, CYRILLIC_PASSPHRASE).with(from("10.17.4.1")))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));

        var session = signedInSession(email, "short old one");
        var tooLong = "я".repeat(201);
        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", "short old one")
                        .param("password", tooLong)
                        .param("passwordRepeat", tooLong))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("между 10 и 200 знака")));
        mvc.perform(post("/api/v1/account/password")
                        .session(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"short old one\",\"newPassword\":\"" + tooLong + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("newPassword"));
        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", "short old one")
                        .param("password", CYRILLIC_PASSPHRASE)
                        .param("passwordRepeat", CYRILLIC_PASSPHRASE))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(signIn(email, CYRILLIC_PASSPHRASE).with(from("10.17.4.2"))).andExpect(authenticated());
    }

    @Test
    void aPasswordResetEndsTheOtherSessionsAndCanRevokeTheTokens() throws Exception {
        var email = unique("sessions");
        var id = accounts.create(email, "Two Sessions", Role.EXPERT, "first password 1", Locale.forLanguageTag("bg"));
        var secret = tokens.create(id, "script").secret();
        var laptop = signedInSession(email, "first password 1");
        var phone = signedInSession(email, "first password 1");
        mvc.perform(get("/account").session(phone)).andExpect(status().isOk());

        mvc.perform(post("/password/forgot").param("email", email).with(csrf()).with(from("10.17.5.1")))
                .andExpect(redirectedUrl("/password/forgot"));
        var token = extract(awaitMail(email), "token=([A-Za-z0-9_-]+)");
        mvc.perform(get("/password/reset").param("token", token))
                .andExpect(content().string(containsString("Отмени и всичките ми API ключове")));
        mvc.perform(post("/password/reset")
                        .param("token", token)
                        .param("password", "second password 2")
                        .param("passwordRepeat", "second password 2")
                        .param("revokeTokens", "true")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login"));

        mvc.perform(get("/account").session(phone).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/account/me").session(laptop)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/account/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
        var fresh = signedInSession(email, "second password 2");
        mvc.perform(get("/account").session(fresh)).andExpect(status().isOk());
    }

    @Test
    void changingOnesOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
        var email = unique("change");
        var id = accounts.create(email, "Changer", Role.EXPERT, "first password 1", Locale.forLanguageTag("bg"));
        var secret = tokens.create(id, "script").secret();
        var here = signedInSession(email, "first password 1");
        var elsewhere = signedInSession(email, "first password 1");

        mvc.perform(get("/account/password").session(here))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Сегашна парола")));
        mvc.perform(post("/account/password")
                        .session(here)
                        .with(csrf())
                        .param("currentPassword", "not my password")
                        .param("password", "second password 2")
                        .param("passwordRepeat", "second password 2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Сегашната парола е грешна.")));
        mvc.perform(post("/api/v1/account/password")
                        .header("Authorization", "Bearer " + secret)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"first password 1\",\"newPassword\":\"stolen token pw\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/password")
                        .session(here)
                        .with(csrf())
                        .param("currentPassword", "first password 1")
                        .param("password", "second password 2")
                        .param("passwordRepeat", "second password 2"))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(get("/account").session(here))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Паролата е сменена.")));
        mvc.perform(get("/account").session(elsewhere).accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(signIn(email, "second password 2").with(from("10.17.6.1"))).andExpect(authenticated());
    }

    @Test
    void resetRequestsAreThrottledPerAddressAskedFor() throws Exception {
        var email = unique("asked");
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/password/forgot")
                            .param("email", email)
                            .with(csrf())
                            .with(from("10.17.7.1")))
                    .andExpect(redirectedUrl("/password/forgot"));
        }
        mvc.perform(post("/password/forgot").param("email", email).with(csrf()).with(from("10.17.7.2")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Твърде много заявки за нова парола")));
        mvc.perform(post("/password/forgot")
                        .param("email", unique("someone-else"))
                        .with(csrf())
                        .with(from("10.17.7.2")))
                .andExpect(redirectedUrl("/password/forgot"));
    }

    @Test
    void withDemoModeOffTheDemoAccountsAreDisabled() throws Exception {
        var librarian = DemoAccounts.of(Role.LIBRARIAN).email();
        var withoutDemo = new LibPartnersProperties(
                properties.dataDir(),
                properties.baseUrl(),
                false,
                properties.mailFrom(),
                properties.admin(),
                properties.security(),
                properties.apiTokenCacheSeconds(),
                properties.documents());
        try {
            new AccountBootstrap(accounts, tokens, withoutDemo).run(null);
            mvc.perform(signIn(librarian, DemoAccounts.PASSWORD).with(from("10.17.8.1")))
                    .andExpect(unauthenticated());
            assertThat(users.findByEmail(librarian).orElseThrow().isEnabled()).isFalse();
        } finally {
            new AccountBootstrap(accounts, tokens, properties).run(null);
        }
        mvc.perform(signIn(librarian, DemoAccounts.PASSWORD).with(from("10.17.8.1")))
                .andExpect(authenticated());
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        var client = HttpClient.newHttpClient();
        var base = "http://localhost:" + port + "/login";
        var viaProxy = client.send(
                HttpRequest.newBuilder(URI.create(base))
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-For", "203.0.113.7")
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(viaProxy.statusCode()).isEqualTo(200);
        assertThat(viaProxy.headers().firstValue("Strict-Transport-Security"))
                .get()
                .asString()
                .contains("max-age=31536000");
        assertThat(viaProxy.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement()
                .asString()
                .containsIgnoringCase("Secure");

        var plain =
                client.send(HttpRequest.newBuilder(URI.create(base)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .allSatisfy(c -> assertThat(c).doesNotContainIgnoringCase("Secure"));
    }

    private String awaitMail(String email) {
        await().atMost(Duration.ofSeconds(20)).until(() -> mail.getReceivedMessagesForDomain(email).length > 0);
        try {
            return (String) mail.getReceivedMessagesForDomain(email)[0].getContent();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String extract(String text, String regex) {
        var matcher = Pattern.compile(regex).matcher(text.replace("=\r\n", "").replace("=\n", ""));
        assertThat(matcher.find()).as("'" + regex + "' in " + text).isTrue();
        return matcher.group(1);
    }
}
