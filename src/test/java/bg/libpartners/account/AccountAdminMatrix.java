package bg.libpartners.account;

import bg.libpartners.security.MatrixModule;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The role × endpoint records of self-service and user administration: a librarian of the records' library made for
 * the matrix ({@code users/id}), an invitation of a librarian to that library ({@code invitations/id}) and an erasure
 * request of another such librarian ({@code erasures/id}); rows in {@code security/role-endpoints/account-admin.csv}.
 */
public class AccountAdminMatrix implements MatrixModule {

    private static final String TOO_LONG = "x".repeat(1001);

    @Override
    public void addRecords(ApplicationContext context, Map<String, CurrentUser> actors, Map<String, String> values) {
        var accounts = context.getBean(AccountService.class);
        var library = values.get("library");
        var scope = Scope.of(ScopeKind.LIBRARY, library);
        var managed = accounts.create(
                unique("matrix-user"),
                "Матрица Потребител",
                Role.LIBRARIAN,
                "matrix password 2026",
                Locale.forLanguageTag("bg"),
                scope);
        values.put("users/id", String.valueOf(managed));
        var leaving = accounts.create(
                unique("matrix-erasure"),
                "Матрица Изтриване",
                Role.LIBRARIAN,
                "matrix password 2026",
                Locale.forLanguageTag("bg"),
                scope);
        context.getBean(SelfService.class).requestErasure(leaving, "матрица");
        values.put(
                "erasures/id",
                String.valueOf(context.getBean(ErasureRequests.class)
                        .findByUserIdOrderByRequestedAtDesc(leaving)
                        .get(0)
                        .getId()));
        var admin = actors.get("admin");
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            SecurityContextHolder.getContext()
                    .setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
            var sent = context.getBean(InvitationService.class)
                    .invite(
                            admin,
                            unique("matrix-invite"),
                            Role.LIBRARIAN,
                            List.of(library),
                            Locale.forLanguageTag("bg"));
            values.put("invitations/id", String.valueOf(sent.id()));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    @Override
    public Map<String, String> inputs() {
        return Map.of(
                // refused at their fields, so that nobody's account is queued for erasure by the matrix
                "POST /account/erasure",
                "reason=" + TOO_LONG,
                "POST /api/v1/account/erasure",
                "{\"reason\":\"" + TOO_LONG + "\"}",
                "PUT /api/v1/admin/users/{id}",
                "{\"role\":\"LIBRARIAN\",\"scopes\":[\"{library}\"],\"version\":999}",
                "POST /admin/users/{id}",
                "role=LIBRARIAN&libraries={library}&version=999");
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@matrix.test";
    }
}
