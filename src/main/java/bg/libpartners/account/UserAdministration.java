package bg.libpartners.account;

import bg.libpartners.platform.ConflictException;
import bg.libpartners.platform.NotFoundException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managing people: the list with search and last sign-in, a user's role and scopes, disabling and re-enabling, and
 * the erasure requests an admin confirms. An admin manages everyone but themselves; a coordinator the people of roles
 * they may invite whose every scope lies in the coordinator's oblasts, and may give them only such scopes (never an
 * admin or coordinator role). Every change ends the person's sessions and API-token use at once (the credential stamp).
 */
@Service
public class UserAdministration {

    private final Users users;
    private final InvitationService invitations;
    private final ErasureRequests erasures;
    private final AccountService accounts;
    private final ApiTokenService tokens;
    private final SelfService self;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final bg.libpartners.platform.Mailer mailer;

    UserAdministration(
            Users users,
            InvitationService invitations,
            ErasureRequests erasures,
            AccountService accounts,
            ApiTokenService tokens,
            SelfService self,
            org.springframework.context.ApplicationEventPublisher events,
            bg.libpartners.platform.Mailer mailer) {
        this.users = users;
        this.invitations = invitations;
        this.erasures = erasures;
        this.accounts = accounts;
        this.tokens = tokens;
        this.self = self;
        this.events = events;
        this.mailer = mailer;
    }

    /** One person as the admin pages show them: scopes by name, state, last sign-in, the version for updates. */
    public record ManagedUser(
            Long id,
            String email,
            String displayName,
            Role role,
            List<SelfService.NamedScope> scopes,
            boolean enabled,
            Instant lastSignInAt,
            Instant createdAt,
            long version) {}

    @Transactional(readOnly = true)
    public Page<ManagedUser> search(CurrentUser me, String q, Pageable pageable) {
        var like = "%"
                + (q == null
                        ? ""
                        : q.strip()
                                .toLowerCase(Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_"))
                + "%";
        if (me.isAdmin()) {
            return users.search(like, pageable).map(this::view);
        }
        if (!me.is(Role.COORDINATOR)) {
            return Page.empty(pageable);
        }
        var mine = users.searchAll(like).stream().filter(u -> mayManage(me, u)).toList();
        int from = (int) Math.min(pageable.getOffset(), mine.size());
        int to = Math.min(from + pageable.getPageSize(), mine.size());
        return new PageImpl<>(mine.subList(from, to).stream().map(this::view).toList(), pageable, mine.size());
    }

    @Transactional(readOnly = true)
    public ManagedUser get(CurrentUser me, Long id) {
        return view(manageable(me, id));
    }

    /** A new role and scopes; {@code version} is the one the editor read (a lost update is a 409). */
    @Transactional
    public ManagedUser assign(CurrentUser me, Long id, Role role, Collection<String> scopeRefs, long version) {
        var user = manageable(me, id);
        if (role == null) {
            throw new AccountException("role", "account.admin.roleRequired");
        }
        if (!me.isAdmin() && !me.role().mayInvite().contains(role)) {
            throw new ScopeNotYoursException("account.invite.roleNotAllowed");
        }
        var scopes = invitations.scopesFor(me, role, scopeRefs);
        checkVersion(user, version);
        user.assign(role, scopes);
        tokens.forgetAll();
        return view(user);
    }

    /** Disables or re-enables a person; a disabled person's sessions and API tokens stop at their next request. */
    @Transactional
    public ManagedUser disable(CurrentUser me, Long id, boolean disabled) {
        var user = manageable(me, id);
        user.disable(disabled);
        tokens.forgetAll();
        return view(user);
    }

    /** An erasure request waiting for an admin. */
    public record ErasureView(
            Long id, Long userId, String displayName, String email, String reason, Instant requestedAt) {}

    @Transactional(readOnly = true)
    public List<ErasureView> openErasures(CurrentUser me) {
        if (!me.isAdmin()) {
            return List.of();
        }
        return erasures.findByOutcomeIsNullOrderByRequestedAt().stream()
                .map(r -> {
                    var u = users.findById(r.getUserId()).orElseThrow();
                    return new ErasureView(
                            r.getId(), u.getId(), u.getDisplayName(), u.getEmail(), r.getReason(), r.getRequestedAt());
                })
                .toList();
    }

    /**
     * An admin confirms: the person is erased ({@link AccountService#erase}), the audit trail pseudonymised. The
     * person is told by e-mail, to the address read before it is erased and sent only once the erasure committed (an
     * inbox notice would reach nobody: the account is gone). The request, locked and decided here, is the record that
     * it was sent: a second confirmation finds it closed.
     */
    @Transactional
    public void confirmErasure(CurrentUser me, Long requestId) {
        var request = openErasure(me, requestId);
        var person = users.findById(request.getUserId()).orElseThrow();
        var address = person.isErased() ? null : person.getEmail();
        var locale = Locale.forLanguageTag(person.getLocale() == null ? "bg" : person.getLocale());
        accounts.erase(request.getUserId());
        request.decide(ErasureRequest.Outcome.ERASED, me.id());
        if (address != null && !address.isBlank()) {
            afterCommit(() -> mailer.send(address, locale, "account.erasure.erasedMail"));
        }
    }

    /** An admin declines: the account stays, and the person gets a notice (inbox and e-mail as they chose). */
    @Transactional
    public void declineErasure(CurrentUser me, Long requestId) {
        var request = openErasure(me, requestId);
        request.decide(ErasureRequest.Outcome.DECLINED, me.id());
        events.publishEvent(new ErasureDeclined(request.getId(), request.getUserId()));
    }

    private static void afterCommit(Runnable action) {
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        action.run();
                    }
                });
    }

    private ErasureRequest openErasure(CurrentUser me, Long requestId) {
        if (!me.isAdmin()) {
            throw new NotFoundException("account.erasure.notFound", requestId);
        }
        var request = erasures.findLockedById(requestId)
                .filter(ErasureRequest::isOpen)
                .orElseThrow(() -> new NotFoundException("account.erasure.notFound", requestId));
        if (request.getUserId().equals(me.id())) {
            throw new AccountException("user", "account.admin.notYourself");
        }
        return request;
    }

    private UserAccount manageable(CurrentUser me, Long id) {
        var user = users.findById(id)
                .filter(u -> !u.isErased())
                .orElseThrow(() -> new NotFoundException("account.user.notFound", id));
        if (!mayManage(me, user)) { // a coordinator does not even learn that someone outside their oblasts exists
            throw new NotFoundException("account.user.notFound", id);
        }
        if (user.getId().equals(me.id())) {
            throw new AccountException("user", "account.admin.notYourself");
        }
        return user;
    }

    private boolean mayManage(CurrentUser me, UserAccount user) {
        if (me.isAdmin()) {
            return true;
        }
        return me.is(Role.COORDINATOR)
                && me.role().mayInvite().contains(user.getRole())
                && !user.getScopes().isEmpty()
                && user.getScopes().stream().allMatch(s -> invitations.within(me, s));
    }

    private static void checkVersion(UserAccount user, long version) {
        if (user.getVersion() != version) {
            throw new ConflictException("account.admin.conflict");
        }
    }

    private ManagedUser view(UserAccount u) {
        return new ManagedUser(
                u.getId(),
                u.getEmail(),
                u.getDisplayName(),
                u.getRole(),
                self.named(u.getScopes()),
                u.isEnabled(),
                u.getLastSignInAt(),
                u.getCreatedAt(),
                u.getVersion());
    }
}
