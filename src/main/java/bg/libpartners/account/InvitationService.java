package bg.libpartners.account;

import bg.libpartners.platform.Mailer;
import bg.libpartners.platform.LibPartnersProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
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

    InvitationService(Invitations invitations, Users users, PasswordEncoder encoder, Mailer mailer,
            LibPartnersProperties properties, MessageSource messages, ScopeRecords records) {
        this.messages = messages;
        this.records = records;
        this.invitations = invitations;
        this.users = users;
        this.encoder = encoder;
        this.mailer = mailer;
        this.properties = properties;
    }

    /** What the inviter learns: whether the mail went out, and the link to pass on by hand if it did not. */
    public record Sent(Long id, String email, Instant expiresAt, boolean mailed, String link) {}

    @Transactional
    public Sent invite(CurrentUser inviter, String email, Role role, String scopeRef, Locale locale) {
        if (!inviter.role().mayInvite().contains(role)) {
            throw new AccountException("role", "account.invite.roleNotAllowed");
        }
        return send(inviter, email, role, scopeFor(inviter, role, scopeRef), locale);
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
        return send(inviter, email, role, scope, locale);
    }

    private Sent send(CurrentUser inviter, String email, Role role, Scope scope, Locale locale) {
        var normalised = UserAccount.normalise(email);
        if (users.findByEmail(normalised).isPresent()) {
            throw new AccountException("email", "account.invite.exists");
        }
        var secret = Tokens.newSecret("");
        var expires = Instant.now().plus(Duration.ofDays(properties.security().invitationDays()));
        var invitation = invitations.save(new Invitation(normalised, role, scope, secret, inviter.id(),
                locale.getLanguage(), expires));
        var link = properties.baseUrl() + "/invitations/" + secret;
        var mailed = mailer.send(normalised, locale, "account.mail.invitation", inviter.displayName(),
                roleName(role, locale), link, properties.security().invitationDays());
        return new Sent(invitation.getId(), normalised, expires, mailed, mailed ? null : link);
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
        if (!inviter.isAdmin() && (record.oblastCode() == null
                || !inviter.covers(ScopeKind.OBLAST, record.oblastCode()))) {
            throw new ScopeNotYoursException("account.invite.scopeNotYours." + kind);
        }
        return new Scope(kind, ref);
    }

    private String roleName(Role role, Locale locale) {
        return messages.getMessage("account.role." + role.name(), null, role.name(), locale);
    }

    @Transactional(readOnly = true)
    public InvitationView open(String secret) {
        var invitation = invitations.findByTokenHash(Tokens.hash(secret)).filter(Invitation::isOpen)
                .orElseThrow(InvalidTokenException::new);
        return new InvitationView(invitation.getEmail(), invitation.getRole(), invitation.scope());
    }

    public record InvitationView(String email, Role role, Scope scope) {}

    /** Creates the account; the invitation can be used once. */
    @Transactional
    public CurrentUser accept(String secret, String displayName, String password) {
        var invitation = invitations.findByTokenHash(Tokens.hash(secret)).filter(Invitation::isOpen)
                .orElseThrow(InvalidTokenException::new);
        if (users.findByEmail(invitation.getEmail()).isPresent()) {
            throw new InvalidTokenException();
        }
        Passwords.check(password);
        var user = new UserAccount(invitation.getEmail(), displayName.trim(), invitation.getRole(),
                Locale.forLanguageTag(invitation.getLocale()));
        user.setPasswordHash(encoder.encode(password));
        if (invitation.scope() != null) {
            user.grant(invitation.scope());
        }
        invitation.accepted();
        return users.save(user).toCurrentUser();
    }
}
