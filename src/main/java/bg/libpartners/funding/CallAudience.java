package bg.libpartners.funding;

import bg.libpartners.account.AccountService;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationSummary;
import bg.libpartners.notification.Notice;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who hears that a call is published: every librarian when it admits every oblast; when it admits only some, the
 * librarians of a library in one of them, so a librarian of another oblast is not told of a call they cannot apply to.
 */
@Component
class CallAudience {

    private final AccountService accounts;
    private final Directory directory;

    CallAudience(AccountService accounts, Directory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    List<Notice.Audience> of(Call call) {
        var oblasts = call.getOblasts();
        if (oblasts.isEmpty()) {
            return List.of(Notice.Audience.role(Role.LIBRARIAN));
        }
        var librarians = accounts.withRole(Role.LIBRARIAN);
        var libraryIds = librarians.stream().flatMap(u -> libraries(u).stream()).distinct().toList();
        Map<Long, String> oblastOf = directory.findAll(libraryIds).stream().filter(l -> l.oblastCode() != null)
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::oblastCode, (a, b) -> a));
        return librarians.stream()
                .filter(u -> libraries(u).stream().map(oblastOf::get).anyMatch(o -> o != null && oblasts.contains(o)))
                .map(u -> Notice.Audience.user(u.id())).toList();
    }

    private static List<Long> libraries(AccountService.UserView u) {
        return u.scopes().stream().filter(s -> s.kind() == ScopeKind.LIBRARY && s.ref().matches("\\d{1,18}"))
                .map(s -> Long.valueOf(s.ref())).toList();
    }
}
