package bg.libpartners.security;

import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import bg.libpartners.IntegrationTest;
import bg.libpartners.material.TestFiles;
import jakarta.servlet.RequestDispatcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The safety net of issue 17: every handler mapping of the application (pages, API, actuator, OpenAPI) is called by
 * every actor — anonymous, each role, and a coordinator and a librarian of another oblast and library — and the answer,
 * reduced to an outcome class, must be the one in {@code security/role-endpoints.csv}. A mapping without a row, or a
 * row without a mapping, fails the test. All mismatches are reported at once; what the application answered is written
 * to {@code target/role-endpoints-actual.csv} to help when adding rows.
 */
@IntegrationTest
@AutoConfigureMockMvc
@DirtiesContext // it publishes, revokes, commits and invites all over the database: later classes get a fresh one
class RoleEndpointIT {

    private static final Logger log = LoggerFactory.getLogger(RoleEndpointIT.class);
    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?(\\w+)(?::[^}]*)?}");

    /** Those who must be refused first, so that a write allowed to someone later cannot change their answer. */
    private static final List<String> RUN_ORDER = List.of(
            "anonymous",
            "coordinator_other",
            "librarian_other",
            "expert",
            "partner",
            "board",
            "librarian",
            "coordinator",
            "admin");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void everyEndpointAnswersEveryActorAsTheTableSays() throws Exception {
        var endpoints = Endpoints.of(context);
        var table = EndpointTable.load();
        var problems = new ArrayList<String>();
        var pending = new ArrayList<String>();
        var rowKeys = table.rows().stream().map(EndpointTable.Row::key).toList();
        endpoints.keySet().stream()
                .filter(k -> !rowKeys.contains(k))
                .forEach(k -> problems.add("no row in the table for the mapping " + k));
        table.rows().stream()
                .filter(r -> !endpoints.containsKey(r.key()))
                .forEach(r -> problems.add("line " + r.line() + ": no mapping for the row " + r.key()));
        rowKeys.stream()
                .filter(k -> rowKeys.indexOf(k) != rowKeys.lastIndexOf(k))
                .distinct()
                .forEach(k -> problems.add("two rows for " + k));

        var records = MatrixRecords.create(context);
        var actual = new StringBuilder("method,path," + String.join(",", EndpointTable.ACTORS) + ",answers,ms\n");
        for (var row : table.rows()) {
            var endpoint = endpoints.get(row.key());
            if (endpoint == null) {
                continue;
            }
            var answers = new TreeMap<String, Answer>();
            long started = System.nanoTime();
            for (var actor : RUN_ORDER) {
                var got = call(endpoint, actor, records);
                answers.put(actor, got);
                if (!got.outcome().equals(row.expected().get(actor))) {
                    var line = "line " + row.line() + ": " + row.key() + " as " + actor + ": expected "
                            + row.expected().get(actor) + ", got " + got.outcome() + " (" + got.detail() + ")";
                    (row.pending() ? pending : problems).add(line);
                }
            }
            if (row.pending()
                    && EndpointTable.ACTORS.stream()
                            .allMatch(a -> answers.get(a)
                                    .outcome()
                                    .equals(row.expected().get(a)))) {
                pending.add("line " + row.line() + ": " + row.key() + " answers as it must: remove its "
                        + EndpointTable.PENDING + " mark");
            }
            actual.append(row.method()).append(',').append(row.path());
            EndpointTable.ACTORS.forEach(
                    a -> actual.append(',').append(answers.get(a).outcome()));
            actual.append(',')
                    .append(String.join(
                            " ",
                            EndpointTable.ACTORS.stream()
                                    .map(a -> answers.get(a).detail().replace(',', ';'))
                                    .toList()));
            actual.append(',').append((System.nanoTime() - started) / 1_000_000).append('\n');
        }
        Files.writeString(Path.of("target/role-endpoints-actual.csv"), actual, StandardCharsets.UTF_8);
        if (!pending.isEmpty()) {
            log.warn(
                    "Rows marked {} (not failing until the fix is merged):\n{}",
                    EndpointTable.PENDING,
                    String.join("\n", pending));
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " answers differ from " + EndpointTable.RESOURCE + ":\n"
                    + String.join("\n", problems));
        }
    }

    record Answer(String outcome, String detail) {}

    private Answer call(Endpoints.Endpoint endpoint, String actor, MatrixRecords records) {
        MvcResult result;
        try {
            result = mvc.perform(build(endpoint, actor, records)).andReturn();
        } catch (Exception e) {
            // MockMvc's async context (a streamed download finishing on another thread) races now and then with
            // the request's end (seen as a ConcurrentModificationException, once as a NullPointerException from a
            // download that answers 200 alone); a second call tells a real failure from that
            try {
                result = mvc.perform(build(endpoint, actor, records)).andReturn();
            } catch (Exception again) {
                return new Answer("error", again.toString());
            }
        }
        var response = result.getResponse();
        int status = response.getStatus();
        var location = response.getRedirectedUrl();
        String detail = status + (location != null ? " → " + location : "");
        if (status == 401 || status / 100 == 3 && location != null && location.matches(".*/login([?#].*)?")) {
            return new Answer("login", detail);
        }
        return switch (status) {
            case 403 -> new Answer("forbidden", detail);
            case 404 -> new Answer("notfound", detail);
            default -> new Answer(status >= 500 ? "error" : "ok", detail);
        };
    }

    private AbstractMockHttpServletRequestBuilder<?> build(
            Endpoints.Endpoint endpoint, String actor, MatrixRecords records) throws IOException {
        var method = HttpMethod.valueOf(endpoint.method().equals(Endpoints.ANY) ? "GET" : endpoint.method());
        var url = fill(endpoint.path(), records.values());
        var input = SampleInputs.of(endpoint.key(), actor, records.values());
        AbstractMockHttpServletRequestBuilder<?> builder;
        if (endpoint.takesFile() && method != HttpMethod.GET) {
            builder = multipart(method, url).file(file(endpoint.path()));
        } else {
            builder = request(method, url);
        }
        if (endpoint.path().equals("/error")) {
            // as the container calls it after an error, not as a page of its own (that answers 500)
            builder.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400);
        }
        if (method != HttpMethod.GET) {
            builder.with(csrf());
        }
        if (method != HttpMethod.GET && endpoint.path().startsWith("/api/") && !endpoint.takesFile()) {
            builder.contentType(MediaType.APPLICATION_JSON).content(input == null ? "{}" : input);
        } else if (input != null) {
            UriComponentsBuilder.fromUriString("?" + input)
                    .build()
                    .getQueryParams()
                    .forEach((name, values) -> builder.param(name, values.toArray(String[]::new)));
        }
        var user = records.actors.get(actor);
        return user == null ? builder : builder.with(user(user));
    }

    private static MockMultipartFile file(String path) throws IOException {
        if (path.contains("/images")) {
            return new MockMultipartFile("file", "picture.png", "image/png", TestFiles.png());
        }
        if (path.contains("/imports")) {
            return new MockMultipartFile(
                    "file", "rows.csv", "text/csv", "Име,ЕИК\nСдружение „Проба“,\n".getBytes(StandardCharsets.UTF_8));
        }
        return new MockMultipartFile("file", "document.pdf", "application/pdf", TestFiles.pdf("Проба"));
    }

    /**
     * Replaces each {@code {name}} by the value for {@code "pattern name"} (one mapping), for {@code segment/name}
     * (the segment before it) or for name.
     */
    static String fill(String pattern, Map<String, String> values) {
        var path = pattern.replace("/**", "/liveness");
        var matcher = VARIABLE.matcher(path);
        var out = new StringBuilder();
        while (matcher.find()) {
            var before = path.substring(0, matcher.start());
            var segments = before.split("/");
            var segment = before.endsWith("/") ? segments[segments.length - 1] : segments[segments.length - 2];
            var name = matcher.group(1);
            var value = values.getOrDefault(
                    pattern + " " + name, values.getOrDefault(segment + "/" + name, values.get(name)));
            if (value == null) {
                throw new IllegalStateException("no value for {" + name + "} in " + pattern);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
