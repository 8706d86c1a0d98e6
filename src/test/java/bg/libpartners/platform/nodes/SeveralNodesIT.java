package bg.libpartners.platform.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import bg.libpartners.LibPartnersApplication;
import bg.libpartners.TestDatabases;
import bg.libpartners.TestMail;
import bg.libpartners.account.AccountService;
import bg.libpartners.account.ApiTokenService;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.agreement.EndDateReminderJob;
import bg.libpartners.partnership.PartnershipFixtures;
import bg.libpartners.platform.ThrottleProperties;
import bg.libpartners.platform.ThrottleService;
import bg.libpartners.survey.CampaignInput;
import bg.libpartners.survey.CampaignService;
import bg.libpartners.survey.SurveyFixtures;
import bg.libpartners.survey.SurveyReportService;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes of the application, each its own Spring context on a random port, over one PostgreSQL and one data
 * folder, with {@code libpartners.nodes.several=true}: what one node does, the other sees. PostgreSQL only (the
 * nodes talk through its LISTEN/NOTIFY; one H2 file does not take two applications).
 */
class SeveralNodesIT {

    /** 1 December 2027, 07:00 in Sofia: a partnership of the fixtures (ending 31 December 2027) is 30 days away. */
    static final Instant NOW = LocalDate.of(2027, 12, 1)
            .atTime(7, 0)
            .atZone(ZoneId.of("Europe/Sofia"))
            .toInstant();

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneId.of("Europe/Sofia"));
        }
    }

    /** An event of this test only, to see how often a resubmitted publication reaches its listener. */
    record Probed(String label) {}

    /** Labels whose first delivery fails (the publication stays incomplete); deliveries counted across both nodes. */
    static final Set<String> FAIL_FIRST = ConcurrentHashMap.newKeySet();

    static final Map<String, AtomicInteger> DELIVERED = new ConcurrentHashMap<>();

    @TestConfiguration
    static class ResubmissionProbe {
        @Bean
        ProbeListener probeListener() {
            return new ProbeListener();
        }
    }

    static class ProbeListener {
        @ApplicationModuleListener
        void on(Probed probed) {
            if (FAIL_FIRST.remove(probed.label())) {
                throw new IllegalStateException("the first delivery of " + probed.label() + " fails");
            }
            DELIVERED.computeIfAbsent(probed.label(), l -> new AtomicInteger()).incrementAndGet();
        }
    }

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP).withPerMethodLifecycle(false);

    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;
    static final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startTwoNodes() {
        assumeTrue(TestDatabases.postgres(), "several nodes need PostgreSQL");
        var shared = new HashMap<String, Object>(TestDatabases.properties());
        shared.put("libpartners.nodes.several", "true");
        shared.put(
                "libpartners.data-dir",
                "target/several-nodes-" + UUID.randomUUID().toString().substring(0, 8));
        shared.put("server.port", "0");
        // a campaign's progress kept long: only a signal from the other node can make it change within the test
        shared.put("libpartners.survey.progress-fresh", "1h");
        a = start("node-a", shared);
        b = start("node-b", shared);
    }

    static ConfigurableApplicationContext start(String name, Map<String, Object> shared) {
        var properties = new HashMap<>(shared);
        properties.put("libpartners.nodes.name", name);
        // as command-line arguments: above application.properties and the test profile
        var args = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(
                        LibPartnersApplication.class,
                        PartnershipFixtures.class,
                        FixedClock.class,
                        ResubmissionProbe.class)
                .profiles("test")
                .initializers(c -> c.getBeanFactory().registerSingleton("testTypeExclude", new TestTypesExcluded()))
                .run(args);
    }

    /**
     * What {@code @SpringBootTest} leaves out of component scanning and a plain {@link SpringApplicationBuilder}
     * would not: the {@code @TestConfiguration}s of other tests (their clocks, their mocks).
     */
    static final class TestTypesExcluded extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            var name = reader.getClassMetadata().getClassName();
            var outer = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
            return outer.endsWith("IT")
                    || outer.endsWith("Test")
                    || reader.getAnnotationMetadata().hasMetaAnnotation(TestComponent.class.getName())
                    || reader.getAnnotationMetadata().hasAnnotation(TestComponent.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestTypesExcluded;
        }

        @Override
        public int hashCode() {
            return TestTypesExcluded.class.hashCode();
        }
    }

    @AfterAll
    static void stopBoth() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    static String base(ConfigurableApplicationContext node) {
        return "http://localhost:" + node.getEnvironment().getProperty("local.server.port");
    }

    static HttpResponse<String> get(ConfigurableApplicationContext node, String path, String... headers)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base(node) + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> send(
            ConfigurableApplicationContext node, String method, String path, String body, String... headers)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base(node) + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .reduce((first, last) -> last)
                .orElse(null);
    }

    /** Signs in with the form on {@code node}; the session cookie it sets. */
    static String signIn(ConfigurableApplicationContext node, String email, String password) throws Exception {
        var response = postSignIn(node, email, password);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().doesNotContain("error");
        var session = cookie(response, "JSESSIONID");
        assertThat(session).as("a session cookie after signing in").isNotNull();
        return session;
    }

    /** Posts the sign-in form on {@code node} as a browser would (its form token first). */
    static HttpResponse<Void> postSignIn(ConfigurableApplicationContext node, String email, String password)
            throws Exception {
        var page = get(node, "/login");
        var xsrf = cookie(page, "XSRF-TOKEN");
        var matcher = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page.body());
        var token = matcher.find() ? matcher.group(1) : xsrf;
        var form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        var cookies = new ArrayList<String>();
        if (xsrf != null) {
            cookies.add("XSRF-TOKEN=" + xsrf);
        }
        var before = cookie(page, "JSESSIONID");
        if (before != null) {
            cookies.add("JSESSIONID=" + before);
        }
        var request = HttpRequest.newBuilder(URI.create(base(node) + "/login"))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    }

    /** Where a failed sign-in on {@code node} sends the browser: {@code /login?error} or {@code /login?throttled=…}. */
    static String failedSignIn(ConfigurableApplicationContext node, String email) throws Exception {
        var response = postSignIn(node, email, "не е паролата");
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void failedSignInsSpreadOverBothNodesMeetOneLimit() throws Exception {
        assertThat(a.getBean(ThrottleService.class).shared()).isTrue();
        // no such account, so no account lock in the database: only the throttle stops the guesses
        var email = "guess-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        int limit = a.getBean(ThrottleProperties.class).signInPerAccount();
        for (int i = 0; i < limit; i++) {
            assertThat(failedSignIn(i % 2 == 0 ? a : b, email))
                    .as("guess %d of %d", i + 1, limit)
                    .contains("error")
                    .doesNotContain("throttled");
        }
        assertThat(failedSignIn(b, email)).contains("throttled");
        assertThat(failedSignIn(a, email)).contains("throttled");
        // a person who signs in well is not held up by the shared allowances
        signIn(b, DemoAccounts.of(Role.LIBRARIAN).email(), DemoAccounts.PASSWORD);
    }

    @Test
    void theSessionKeptInTheDatabaseHoldsNoPasswordHash() throws Exception {
        var email = DemoAccounts.of(Role.COORDINATOR).email();
        var session = signIn(a, email, DemoAccounts.PASSWORD);
        var jdbc = a.getBean(JdbcClient.class);
        var hash = jdbc.sql("select password_hash from app_user where email = ?")
                .param(email)
                .query(String.class)
                .single();
        assertThat(hash).isNotBlank();
        var attributes = jdbc.sql("select a.attribute_name, a.attribute_bytes from spring_session_attributes a"
                        + " join spring_session s on s.primary_id = a.session_primary_id where s.session_id = ?")
                .param(session)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getBytes(2)))
                .list();
        assertThat(attributes).extracting(Map.Entry::getKey).contains("SPRING_SECURITY_CONTEXT");
        for (var attribute : attributes) {
            assertThat(new String(attribute.getValue(), StandardCharsets.ISO_8859_1))
                    .as(attribute.getKey())
                    .doesNotContain(hash)
                    .doesNotContain("$argon2")
                    .doesNotContain("$2a$");
        }
        var stored = attributes.stream()
                .filter(e -> e.getKey().equals("SPRING_SECURITY_CONTEXT"))
                .findFirst()
                .orElseThrow()
                .getValue();
        try (var in = new ObjectInputStream(new ByteArrayInputStream(stored))) {
            var context = (SecurityContext) in.readObject();
            var person = (CurrentUser) context.getAuthentication().getPrincipal();
            assertThat(person.email()).isEqualTo(email);
            assertThat(person.passwordHash()).isNull();
            assertThat(person.getPassword()).isNull();
            assertThat(context.getAuthentication().getCredentials()).isNull();
        }
        // and the session still works, on the other node too
        var onB = get(b, "/api/v1/account/me", "Cookie", "JSESSIONID=" + session, "Accept", "application/json");
        assertThat(onB.statusCode()).isEqualTo(200);
    }

    @Test
    void anIncompletePublicationOldEnoughIsResubmittedOnceAcrossBothNodes() throws Exception {
        var label = "probe-" + UUID.randomUUID().toString().substring(0, 8);
        var jdbc = a.getBean(JdbcClient.class);
        FAIL_FIRST.add(label);
        try {
            a.getBean(TransactionTemplate.class).executeWithoutResult(tx -> a.publishEvent(new Probed(label)));
        } catch (IllegalStateException deliveredInTheSameThread) {
            // without an executor the listener runs after the commit in this thread; its failure is the point
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> !FAIL_FIRST.contains(label));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !"PUBLISHED".equals(status(jdbc, label)) && !"PROCESSING".equals(status(jdbc, label)));
        assertThat(status(jdbc, label))
                .as("the failed delivery left it incomplete")
                .isNotNull();

        // too young (published now by the nodes' clock): neither node resubmits it
        a.getBean(PublicationResubmission.class).resubmitStale();
        b.getBean(PublicationResubmission.class).resubmitStale();
        assertThat(status(jdbc, label)).isNotEqualTo("RESUBMITTED");
        assertThat(DELIVERED.get(label)).isNull();

        // an hour old: both nodes' runs at the same moment, then once more each
        jdbc.sql("update event_publication set publication_date = ? where serialized_event like ?")
                .params(java.sql.Timestamp.from(NOW.minus(Duration.ofHours(1))), "%" + label + "%")
                .update();
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Void>> runs = List.of(() -> resubmit(a), () -> resubmit(b));
            for (var run : pool.invokeAll(runs)) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> status(jdbc, label) == null);
        resubmit(a);
        resubmit(b);
        Thread.sleep(1000); // any second delivery would have had its turn
        assertThat(DELIVERED.get(label)).as("delivered across both nodes").hasValue(1);
    }

    static Void resubmit(ConfigurableApplicationContext node) {
        node.getBean(PublicationResubmission.class).resubmitStale();
        return null;
    }

    /** The status of the probe's publication; null once it completed (completed ones are deleted). */
    static String status(JdbcClient jdbc, String label) {
        return jdbc.sql("select coalesce(status, 'NONE') from event_publication where serialized_event like ?")
                .param("%" + label + "%")
                .query(String.class)
                .optional()
                .orElse(null);
    }

    @Test
    void aCampaignLaunchedOnOneNodeShowsItsProgressOnTheOtherAtOnce() {
        var fixtures = a.getBean(SurveyFixtures.class);
        var coordinator = fixtures.demo(Role.COORDINATOR);
        var today = LocalDate.ofInstant(NOW, ZoneId.of("Europe/Sofia"));
        var campaigns = a.getBean(CampaignService.class);
        long id = campaigns.create(
                coordinator,
                new CampaignInput(
                        "Два възела " + UUID.randomUUID().toString().substring(0, 6),
                        "Проверка",
                        today,
                        today.plusDays(30),
                        fixtures.inventoryId(),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        List.of(fixtures.library()),
                        List.of(7, 2)));
        var onB = b.getBean(SurveyReportService.class);
        assertThat(onB.progress(coordinator, id).invited())
                .as("kept on B for an hour")
                .isZero();

        campaigns.launch(coordinator, id); // the invitations written with plain SQL on A

        await().atMost(Duration.ofSeconds(5))
                .until(() -> onB.progress(coordinator, id).invited() == 1);
    }

    @Test
    void signedInThroughOneNodeIsSignedInOnTheOther() throws Exception {
        var session = signIn(a, DemoAccounts.of(Role.LIBRARIAN).email(), DemoAccounts.PASSWORD);

        var onB = get(b, "/api/v1/account/me", "Cookie", "JSESSIONID=" + session, "Accept", "application/json");
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains(DemoAccounts.of(Role.LIBRARIAN).email());
        var withoutSession = get(b, "/api/v1/account/me", "Accept", "application/json");
        assertThat(withoutSession.statusCode()).isEqualTo(401);

        // a visitor still gets no session on either node
        var visitor = get(b, "/");
        assertThat(visitor.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
    }

    @Test
    void aPasswordChangedOnOneNodeEndsTheSessionsOnTheOther() throws Exception {
        var email = "nodes-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var accounts = a.getBean(AccountService.class);
        var id = accounts.create(email, "Два възела", Role.EXPERT, "първата парола на възлите", Locale.ENGLISH);
        var session = signIn(b, email, "първата парола на възлите");
        assertThat(get(a, "/api/v1/account/me", "Cookie", "JSESSIONID=" + session)
                        .statusCode())
                .isEqualTo(200);

        Thread.sleep(5); // the stamp must be later than the sign-in, to the millisecond
        accounts.changePassword(id, "първата парола на възлите", "втората парола на възлите");

        assertThat(get(a, "/api/v1/account/me", "Cookie", "JSESSIONID=" + session)
                        .statusCode())
                .isEqualTo(401);
        assertThat(get(b, "/api/v1/account/me", "Cookie", "JSESSIONID=" + session)
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void anOrganisationCreatedOnOneNodeIsFoundOnTheOthersSearchAndMap() throws Exception {
        var admin = "Bearer lp_test_admin_token_0123456789abcdef";
        var name = "Възлова фирма " + UUID.randomUUID().toString().substring(0, 6);
        var created = send(a, "POST", "/api/v1/organisations", """
                {"kind":"PARTNER","name":"%s","partnerType":"BUSINESS","ekatte":"68134",
                 "lat":42.70123,"lon":23.30123}""".formatted(name), "Authorization", admin);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        var query = "/api/v1/organisations?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
        // asked on B before, so that B's answer cache holds the empty answer
        get(b, query, "Authorization", admin);
        long written = System.nanoTime();
        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> get(b, query, "Authorization", admin).body().contains(name));
        long seenAfterMillis = (System.nanoTime() - written) / 1_000_000;
        System.out.println(
                "SeveralNodesIT: organisation written on A, found by B's search after ~" + seenAfterMillis + " ms");
        await().atMost(Duration.ofSeconds(5))
                .until(() -> get(b, "/api/v1/atlas/organisations?bbox=23.3005,42.7005,23.3020,42.7020&limit=1000")
                        .body()
                        .contains(name));
    }

    /** The register import inserts its new rows with plain SQL, which Hibernate does not see: it tells the nodes. */
    @Test
    void aChitalishteImportedOnOneNodeIsFoundOnTheOthersSearch() throws Exception {
        var admin = "Bearer lp_test_admin_token_0123456789abcdef";
        var name = "Възлово читалище " + UUID.randomUUID().toString().substring(0, 6);
        int number = 90_000 + new java.util.Random().nextInt(9_000);
        var csv = "Рег. №,Статус,Име на читалище,Област,Община,Град/село,Адрес,Булстат\n" + number + ",Действащо,"
                + name + ",ПЛОВДИВ,РОДОПИ,СЕЛО БРЕСТОВИЦА,ул. Първа 1,\n";
        var boundary = "----nodes" + UUID.randomUUID();
        var body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"register.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + csv + "\r\n--" + boundary + "--\r\n";
        var imported = http.send(
                HttpRequest.newBuilder(URI.create(base(a) + "/api/v1/imports/chitalishta-register?commit=true"))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Authorization", admin)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("\"created\":1");

        var query = "/api/v1/organisations?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> get(b, query, "Authorization", admin).body().contains(name));
        assertThat(get(b, query, "Authorization", admin).body())
                .as("the centre and its library, both on B")
                .contains("\"name\":\"" + name + "\"", "\"name\":\"Библиотека при НЧ „" + name + "“\"");
    }

    @Test
    void aNodeWhoseListeningConnectionWasCutIsReadyAgainAndHearsTheOthers() throws Exception {
        assertThat(get(b, "/actuator/health/readiness").statusCode()).isEqualTo(200);
        var jdbc = a.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        // the database ends the connections that listen (as a restart of PostgreSQL or a network cut would)
        var cut = jdbc.sql("select count(pg_terminate_backend(pid)) from pg_stat_activity where pid <> pg_backend_pid()"
                        + " and query like '%libpartners_nodes%'")
                .query(Long.class)
                .single();
        assertThat(cut).isPositive();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> get(b, "/actuator/health/readiness").statusCode() == 200
                        && get(a, "/actuator/health/readiness").statusCode() == 200);

        var admin = "Bearer lp_test_admin_token_0123456789abcdef";
        var name = "След прекъсване " + UUID.randomUUID().toString().substring(0, 6);
        assertThat(send(a, "POST", "/api/v1/organisations", """
                {"kind":"PARTNER","name":"%s","partnerType":"BUSINESS","ekatte":"68134"}""".formatted(name), "Authorization", admin)
                        .statusCode())
                .isEqualTo(201);
        var query = "/api/v1/organisations?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> get(b, query, "Authorization", admin).body().contains(name));
    }

    /** Not an assertion of time: how long a write on A takes to be found by B's search, printed for BENCHMARKS.md. */
    @Test
    void measuresTheDelayFromAWriteOnOneNodeToItsSearchOnTheOther() throws Exception {
        var admin = "Bearer lp_test_admin_token_0123456789abcdef";
        var delays = new ArrayList<Long>();
        for (int i = 0; i < 30; i++) {
            var name = "Мярка " + i + " " + UUID.randomUUID().toString().substring(0, 6);
            var query = "/api/v1/organisations?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
            var created = send(a, "POST", "/api/v1/organisations", """
                    {"kind":"PARTNER","name":"%s","partnerType":"BUSINESS","ekatte":"68134"}""".formatted(name), "Authorization", admin);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            long written = System.nanoTime();
            await().atMost(Duration.ofSeconds(5))
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(5))
                    .until(() -> get(b, query, "Authorization", admin).body().contains(name));
            delays.add((System.nanoTime() - written) / 1_000_000);
        }
        var sorted = delays.stream().sorted().toList();
        System.out.printf(
                "SeveralNodesIT: write on A -> found by B's search, %d writes: median %d ms, p95 %d ms,"
                        + " max %d ms%n",
                sorted.size(),
                sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                sorted.get(sorted.size() - 1));
        assertThat(delays).hasSize(30);
    }

    @Test
    void aTokenRevokedOnOneNodeIsRefusedByTheOther() throws Exception {
        var ownerEmail = DemoAccounts.of(Role.EXPERT).email();
        var owner = (CurrentUser) a.getBean(UserDetailsService.class).loadUserByUsername(ownerEmail);
        var created = a.getBean(ApiTokenService.class).create(owner.id(), "two nodes");
        var bearer = "Bearer " + created.secret();

        // both nodes have it in memory now
        assertThat(get(a, "/api/v1/account/me", "Authorization", bearer).statusCode())
                .isEqualTo(200);
        assertThat(get(b, "/api/v1/account/me", "Authorization", bearer).statusCode())
                .isEqualTo(200);

        a.getBean(ApiTokenService.class).revoke(owner.id(), created.token().id());

        assertThat(get(a, "/api/v1/account/me", "Authorization", bearer).statusCode())
                .isEqualTo(401);
        await().atMost(Duration.ofSeconds(5))
                .until(() ->
                        get(b, "/api/v1/account/me", "Authorization", bearer).statusCode() == 401);
    }

    @Test
    void aReminderDueOnceIsSentOnceAcrossBothNodes() throws Exception {
        var title = "Два възела " + UUID.randomUUID().toString().substring(0, 6);
        a.getBean(PartnershipFixtures.class).create(title);
        var onA = a.getBean(EndDateReminderJob.class);
        var onB = b.getBean(EndDateReminderJob.class);

        // both nodes' morning runs at the same moment, then once more each
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> runs = List.of(onA::sendDue, onB::sendDue);
            int claimed = 0;
            for (var run : pool.invokeAll(runs)) {
                claimed += run.get();
            }
            claimed += onA.sendDue() + onB.sendDue();
            assertThat(claimed).as("claimed across the nodes").isGreaterThanOrEqualTo(1);
        } finally {
            pool.shutdown();
        }
        var librarian = DemoAccounts.of(Role.LIBRARIAN).email();
        await().atMost(Duration.ofSeconds(30)).until(() -> remindersOf(title, librarian) >= 1);
        Thread.sleep(3000); // both nodes' mailers have had their turn
        assertThat(remindersOf(title, librarian)).isEqualTo(1);
    }

    long remindersOf(String title, String email) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> mentions(m, title) && Arrays.stream(recipients(m)).anyMatch(r -> r.contains(email)))
                .count();
    }

    static boolean mentions(MimeMessage message, String text) {
        try {
            return message.getSubject().contains(text)
                    || String.valueOf(message.getContent()).contains(text)
                    || com.icegreen.greenmail.util.GreenMailUtil.getBody(message)
                            .contains(text);
        } catch (Exception e) {
            return false;
        }
    }

    static String[] recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .map(Object::toString)
                    .toArray(String[]::new);
        } catch (jakarta.mail.MessagingException e) {
            return new String[0];
        }
    }
}
