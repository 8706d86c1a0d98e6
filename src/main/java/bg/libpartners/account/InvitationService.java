package bg.libpartners.account;

import bg.libpartners.platform.LibPartnersProperties;
import bg.libpartners.platform.Mailer;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Invitations: an admin or coordinator brings a person in with a role and a scope; the link expires. */
@Service
public class InvitationService {

    private final Invitations invitations;
    private final Users users;
    private final PasswordEncoder encoder;
    private final Mailer mailer;
    private final LibPartnersProperties properties;
    private final MessageSource messages;
    private final ScopeRecords records;

    InvitationService(
            Invitations invitations,
            Users users,
            PasswordEncoder encoder,
            Mailer mailer,
            LibPartnersProperties properties,
            MessageSource messages,
            ScopeRecords records) {
        this.messages = messages;
        this.records = records;
        this.invitations = invitations;
        this.users = users;
        this.encoder = encoder;
        this.mailer = mailer;
        this.properties = properties;
    }

    /** What the inviter learns: whether the mail went out, and the link to pass on by hand if it did not. */
    public record Sent(Long id, String email, Instant expiresAt, boolean mailed, String link)
            implements java.io.Serializable {}

    @Transactional
    public Sent invite(CurrentUser inviter, String email, Role role, String scopeRef, Locale locale) {
        return invite(
                inviter, email, role, scopeRef == null || scopeRef.isBlank() ? List.of() : List.of(scopeRef), locale);
    }

    /** Invites with one or more scopes of the role's kind (several oblasts, several libraries, ...). */
    @Transactional
    public Sent invite(CurrentUser inviter, String email, Role role, Collection<String> scopeRefs, Locale locale) {
        if (!inviter.role().mayInvite().contains(role)) {
            throw new AccountException("role", "account.invite.roleNotAllowed");
        }
        return send(inviter, email, role, scopesFor(inviter, role, scopeRefs), locale);
    }

    /**
     * The scopes asked for, each checked as {@link #scopeFor}: a scoped role needs at least one, an unscoped role
     * (admin, expert) gets none. Also used when an admin or coordinator edits a user.
     */
    Set<Scope> scopesFor(CurrentUser actor, Role role, Collection<String> scopeRefs) {
        var refs = scopeRefs == null
                ? List.<String>of()
                : scopeRefs.stream()
                        .filter(r -> r != null && !r.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
        if (role.scopeKind() == null) {
            return Set.of();
        }
        if (refs.isEmpty()) {
            throw new AccountException("scope", "account.invite.scopeRequired");
        }
        var scopes = new LinkedHashSet<Scope>();
        for (var ref : refs) {
            scopes.add(scopeFor(actor, role, ref));
        }
        return scopes;
    }

    /**
     * Invites on behalf of another module that has already checked, by its own rules, that the inviter may bring
     * this person in with this scope — for example the partnership module lets a librarian who may edit a
     * partnership invite the representative of one of its parties as {@link Role#PARTNER} with the
     * {@link ScopeKind#PARTY} scope of that party (that partnership only). The role check of {@link #invite} is skipped, so call it
     * only after such a check; the address must still be new.
     */
    @Transactional
    public Sent inviteOnBehalf(CurrentUser inviter, String email, Role role, Scope scope, Locale locale) {
        if (scope == null || !role.holds(scope.kind())) {
            throw new AccountException("scope", "account.invite.scopeRequired");
        }
        if (email == null || !email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new AccountException("email", "account.invite.emailInvalid");
        }
        return send(inviter, email, role, Set.of(scope), locale);
    }

    private Sent send(CurrentUser inviter, String email, Role role, Set<Scope> scopes, Locale locale) {
        var normalised = UserAccount.normalise(email);
        if (users.findByEmail(normalised).isPresent()) {
            throw new AccountException("email", "account.invite.exists");
        }
        var secret = Tokens.newSecret("");
        var expires = Instant.now().plus(Duration.ofDays(properties.security().invitationDays()));
        var invitation = invitations.save(
                new Invitation(normalised, role, scopes, secret, inviter.id(), locale.getLanguage(), expires));
        return mail(invitation, inviter, secret, locale);
    }

    private Sent mail(Invitation invitation, CurrentUser inviter, String secret, Locale locale) {
        var link = properties.baseUrl() + "/invitations/" + secret;
        var mailed = mailer.send(
                invitation.getEmail(),
                locale,
                "account.mail.invitation",
                inviter.displayName(),
                roleName(invitation.getRole(), locale),
                link,
                properties.security().invitationDays());
        return new Sent(
                invitation.getId(), invitation.getEmail(), invitation.getExpiresAt(), mailed, mailed ? null : link);
    }

    /** An invitation as the admin pages list it; {@code state} is OPEN, EXPIRED, ACCEPTED or REVOKED. */
    public record InvitationRow(
            Long id, String email, Role role, Set<Scope> scopes, Instant createdAt, Instant expiresAt, String state) {}

    /** The invitations the person may manage (all for an admin; a coordinator's own oblasts), newest first. */
    @Transactional(readOnly = true)
    public List<InvitationRow> list(CurrentUser me) {
        var now = Instant.now();
        return invitations
                .findAll(org.springframework.data.domain.Sort.by("createdAt").descending())
                .stream()
                .filter(i -> mayManage(me, i))
                .limit(500)
                .map(i -> new InvitationRow(
                        i.getId(),
                        i.getEmail(),
                        i.getRole(),
                        Set.copyOf(i.getScopes()),
                        i.getCreatedAt(),
                        i.getExpiresAt(),
                        i.getAcceptedAt() != null
                                ? "ACCEPTED"
                                : i.getRevokedAt() != null
                                        ? "REVOKED"
                                        : i.getExpiresAt().isAfter(now) ? "OPEN" : "EXPIRED"))
                .toList();
    }

    /** Sends a pending invitation again with a new link and a new expiry; the old link stops working. */
    @Transactional
    public Sent resend(CurrentUser me, Long id, Locale locale) {
        var invitation = manageable(me, id);
        if (users.findByEmail(invitation.getEmail()).isPresent()) {
            throw new AccountException("email", "account.invite.exists");
        }
        var secret = Tokens.newSecret("");
        invitation.renew(
                secret, Instant.now().plus(Duration.ofDays(properties.security().invitationDays())));
        return mail(invitation, me, secret, Locale.forLanguageTag(invitation.getLocale()));
    }

    /** Revokes a pending invitation: its link stops working at once. */
    @Transactional
    public void revoke(CurrentUser me, Long id) {
        manageable(me, id).revoke();
    }

    private Invitation manageable(CurrentUser me, Long id) {
        var invitation = invitations
                .findById(id)
                .filter(i -> mayManage(me, i))
                .orElseThrow(() -> new bg.libpartners.platform.NotFoundException("account.invitation.notFound", id));
        if (!invitation.isPending()) {
            throw new AccountException("state", "account.invitation.notPending");
        }
        return invitation;
    }

    /** An admin manages every invitation; a coordinator those of roles they may invite, within their oblasts. */
    boolean mayManage(CurrentUser me, Invitation invitation) {
        return me.isAdmin()
                || me.role().mayInvite().contains(invitation.getRole())
                        && !invitation.getScopes().isEmpty()
                        && invitation.getScopes().stream().allMatch(s -> within(me, s));
    }

    /** Whether a scope lies inside the actor's oblasts (an admin: always). */
    boolean within(CurrentUser me, Scope scope) {
        if (me.isAdmin()) {
            return true;
        }
        if (scope.kind() == ScopeKind.OBLAST) {
            return me.covers(ScopeKind.OBLAST, scope.ref());
        }
        if (scope.kind() == ScopeKind.PARTY || !scope.ref().matches("\\d{1,18}")) {
            return false;
        }
        return records.find(scope.kind(), scope.ref())
                .map(r -> r.oblastCode() != null && me.covers(ScopeKind.OBLAST, r.oblastCode()))
                .orElse(false);
    }

    /**
     * The scope the inviter asks for, checked against what they may grant: an admin any existing record, a coordinator
     * only their own oblasts and the libraries, chitalishta and partner organisations that lie in them. Every module
     * trusts a scope once granted, so this is the one place it is checked.
     */
    private Scope scopeFor(CurrentUser inviter, Role role, String scopeRef) {
        var kind = role.scopeKind();
        if (kind == null) {
            return null;
        }
        if (scopeRef == null || scopeRef.isBlank()) {
            throw new AccountException("scope", "account.invite.scopeRequired");
        }
        var ref = scopeRef.trim();
        if (kind == ScopeKind.OBLAST) {
            if (!ref.matches("[A-Z]{3}")) {
                throw new AccountException("scope", "account.invite.scopeOblast");
            }
            if (!inviter.covers(kind, ref)) {
                throw new ScopeNotYoursException("account.invite.scopeNotYours");
            }
            return new Scope(kind, ref);
        }
        if (!ref.matches("\\d{1,18}")) {
            throw new AccountException("scope", "account.invite.scopeId");
        }
        var record = records.find(kind, ref)
                .orElseThrow(() -> new AccountException("scope", "account.invite.scopeUnknown." + kind));
        if (!inviter.isAdmin()
                && (record.oblastCode() == null || !inviter.covers(ScopeKind.OBLAST, record.oblastCode()))) {
            throw new ScopeNotYoursException("account.invite.scopeNotYours." + kind);
        }
        return new Scope(kind, ref);
    }

    private String roleName(Role role, Locale locale) {
        return messages.getMessage("account.role." + role.name(), null, role.name(), locale);
    }

    @Transactional(readOnly = true)
    public InvitationView open(String secret) {
        var invitation = invitations
                .findByTokenHash(Tokens.hash(secret))
                .filter(Invitation::isOpen)
                .orElseThrow(InvalidTokenException::new);
        return new InvitationView(
                invitation.getEmail(), invitation.getRole(), invitation.scope(), Set.copyOf(invitation.getScopes()));
    }

    /** {@code scope} is the first of {@code scopes}, for callers that give one. */
    public record InvitationView(String email, Role role, Scope scope, Set<Scope> scopes) {}

    /** Creates the account; the invitation can be used once. */
    @Transactional
    public CurrentUser accept(String secret, String displayName, String password) {
        var invitation = invitations
                .findByTokenHash(Tokens.hash(secret))
                .filter(Invitation::isOpen)
                .orElseThrow(InvalidTokenException::new);
        if (users.findByEmail(invitation.getEmail()).isPresent()) {
            throw new InvalidTokenException();
        }
        Passwords.check(password);
        var user = new UserAccount(
                invitation.getEmail(),
                displayName.trim(),
                invitation.getRole(),
                Locale.forLanguageTag(invitation.getLocale()));
        user.setPasswordHash(encoder.encode(password));
        invitation.getScopes().forEach(user::grant);
        invitation.accepted();
        return users.save(user).toCurrentUser();
    }
}
