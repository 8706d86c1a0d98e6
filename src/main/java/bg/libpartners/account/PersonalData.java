package bg.libpartners.account;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Download my data" (GDPR art. 15 and 20): one ZIP with {@code data.json} (everything, machine-readable) and
 * {@code summary.html} (the same for people, in their language). It holds what the account module keeps — the
 * account, scopes by name, API tokens (never their secrets), e-mail changes, erasure requests — and the audit trail
 * of what the person did and of what was done to their account. The other modules keep no personal data of their own
 * beyond names a person typed into shared records, which stay with those records.
 */
@Service
public class PersonalData {

    private static final int MAX_AUDIT = 10_000;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Sofia"));

    private final AccountService accounts;
    private final SelfService self;
    private final AuditService audit;
    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder()
            .findAndAddModules()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    PersonalData(AccountService accounts, SelfService self, AuditService audit, MessageSource messages) {
        this.accounts = accounts;
        this.self = self;
        this.audit = audit;
        this.messages = messages;
    }

    /** Everything as one map: what {@code data.json} holds. */
    @Transactional(readOnly = true)
    public Map<String, Object> collect(Long userId) {
        var data = new LinkedHashMap<String, Object>(accounts.export(userId));
        var profile = self.profile(userId);
        data.put("scopes", profile.scopes());
        data.put("lastSignInAt", profile.lastSignInAt());
        data.put(
                "emailChanges",
                self.emailChanges(userId).stream()
                        .map(c -> Map.of(
                                "from",
                                c.getOldEmail(),
                                "to",
                                c.getNewEmail(),
                                "requestedAt",
                                c.getCreatedAt(),
                                "confirmedAt",
                                String.valueOf(c.getConfirmedAt())))
                        .toList());
        data.put(
                "erasureRequests",
                self.erasureRequests(userId).stream()
                        .map(r -> {
                            var m = new LinkedHashMap<String, Object>();
                            m.put("requestedAt", r.getRequestedAt());
                            m.put("reason", r.getReason());
                            m.put("outcome", r.getOutcome());
                            m.put("decidedAt", r.getDecidedAt());
                            return m;
                        })
                        .toList());
        data.put(
                "auditByMe",
                audit.search(null, null, profile.email(), PageRequest.of(0, MAX_AUDIT))
                        .getContent());
        data.put(
                "auditOfMyAccount",
                audit.search("UserAccount", String.valueOf(userId), null, PageRequest.of(0, MAX_AUDIT))
                        .getContent());
        return data;
    }

    /** The archive's bytes. */
    @Transactional(readOnly = true)
    public byte[] archive(Long userId, Locale locale) {
        var data = collect(userId);
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("data.json"));
            zip.write(json.writeValueAsBytes(data));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("summary.html"));
            zip.write(summary(data, locale).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private String summary(Map<String, Object> data, Locale locale) {
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"")
                .append(locale.getLanguage())
                .append("\"><head><meta charset=\"UTF-8\"><title>")
                .append(text("account.data.summaryTitle", locale))
                .append("</title></head><body>\n<h1>")
                .append(text("account.data.summaryTitle", locale))
                .append("</h1>\n<p>")
                .append(text("account.data.summaryLead", locale))
                .append("</p>\n<dl>\n");
        row(html, text("account.field.displayName", locale), data.get("displayName"));
        row(html, text("account.field.email", locale), data.get("email"));
        row(html, text("account.field.role", locale), text("account.role." + data.get("role"), locale));
        row(html, text("account.field.language", locale), data.get("language"));
        row(html, text("account.field.createdAt", locale), when(data.get("createdAt")));
        row(html, text("account.field.lastSignIn", locale), when(data.get("lastSignInAt")));
        html.append("</dl>\n<h2>").append(text("account.field.scopes", locale)).append("</h2>\n<ul>\n");
        for (var scope : (List<?>) data.get("scopes")) {
            var named = (SelfService.NamedScope) scope;
            html.append("<li>")
                    .append(esc(text("account.scope." + named.kind(), locale)))
                    .append(": ")
                    .append(esc(named.name()))
                    .append("</li>\n");
        }
        html.append("</ul>\n<h2>").append(text("account.tokens.title", locale)).append("</h2>\n<ul>\n");
        for (var token : (List<?>) data.get("apiTokens")) {
            var t = (ApiTokenService.TokenView) token;
            html.append("<li>")
                    .append(esc(t.name()))
                    .append(" (")
                    .append(when(t.createdAt()))
                    .append(")</li>\n");
        }
        html.append("</ul>\n<h2>")
                .append(text("account.data.audit", locale))
                .append("</h2>\n<table>\n<tr><th>")
                .append(text("account.audit.at", locale))
                .append("</th><th>")
                .append(text("account.audit.action", locale))
                .append("</th><th>")
                .append(text("account.audit.entity", locale))
                .append("</th></tr>\n");
        for (var key : List.of("auditByMe", "auditOfMyAccount")) {
            for (var entry : (List<?>) data.get(key)) {
                var a = (AuditService.AuditView) entry;
                html.append("<tr><td>")
                        .append(when(a.at()))
                        .append("</td><td>")
                        .append(esc(text("account.audit.action." + a.action(), locale)))
                        .append("</td><td>")
                        .append(esc(a.entity()))
                        .append("</td></tr>\n");
            }
        }
        return html.append("</table>\n</body></html>\n").toString();
    }

    private static void row(StringBuilder html, String label, Object value) {
        html.append("<dt>")
                .append(label)
                .append("</dt><dd>")
                .append(esc(value == null ? "—" : String.valueOf(value)))
                .append("</dd>\n");
    }

    private static String when(Object instant) {
        return instant instanceof Instant i ? WHEN.format(i) : "—";
    }

    private static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text);
    }

    private String text(String key, Locale locale) {
        return esc(messages.getMessage(key, null, key, locale));
    }
}
