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
 * Who hears that a call is published: every librarian when it admits every oblast and kind of library; when it
 * admits only some, the librarians of a library it admits, so a librarian of another oblast or kind of library is not
 * told of a call they cannot apply to (the kind as the eligibility check reads it).
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
        var kinds = call.getLibraryKinds();
        if (oblasts.isEmpty() && kinds.isEmpty()) {
            return List.of(Notice.Audience.role(Role.LIBRARIAN));
        }
        var librarians = accounts.withRole(Role.LIBRARIAN);
        var libraryIds = librarians.stream()
                .flatMap(u -> libraries(u).stream())
                .distinct()
                .toList();
        // a library the call admits: in one of its oblasts (when it names some) and of one of its kinds (likewise)
        Map<Long, Boolean> admitted = directory.findAll(libraryIds).stream()
                .collect(Collectors.toMap(
                        OrganisationSummary::id,
                        l -> (oblasts.isEmpty() || l.oblastCode() != null && oblasts.contains(l.oblastCode()))
                                && (kinds.isEmpty() || kinds.contains(Eligibility.kindOf(l))),
                        (a, b) -> a));
        return librarians.stream()
                .filter(u -> libraries(u).stream().anyMatch(id -> admitted.getOrDefault(id, false)))
                .map(u -> Notice.Audience.user(u.id()))
                .toList();
    }

    private static List<Long> libraries(AccountService.UserView u) {
        return u.scopes().stream()
                .filter(s -> s.kind() == ScopeKind.LIBRARY && s.ref().matches("\\d{1,18}"))
                .map(s -> Long.valueOf(s.ref()))
                .toList();
    }
}
