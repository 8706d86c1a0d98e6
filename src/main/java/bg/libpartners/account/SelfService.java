package bg.libpartners.account;

import bg.libpartners.platform.LibPartnersProperties;
import bg.libpartners.platform.Mailer;
import bg.libpartners.platform.NotFoundException;
import bg.libpartners.platform.pick.PickService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a signed-in person does to their own account: a new name, a new e-mail address (confirmed by a link sent to
 * it), the language, a look at their roles and scopes by name, and a request to be erased, which an admin confirms.
 */
@Service
public class SelfService {

    static final Set<String> LANGUAGES = Set.of("bg", "en");
    private static final Duration EMAIL_LINK = Duration.ofHours(24);

    private final Users users;
    private final EmailChanges emailChanges;
    private final ErasureRequests erasures;
    private final Mailer mailer;
    private final LibPartnersProperties properties;
    private final PickService picks;
    private final org.springframework.context.ApplicationEventPublisher events;

    SelfService(
            Users users,
            EmailChanges emailChanges,
            ErasureRequests erasures,
            Mailer mailer,
            LibPartnersProperties properties,
            PickService picks,
            org.springframework.context.ApplicationEventPublisher events) {
        this.users = users;
        this.emailChanges = emailChanges;
        this.erasures = erasures;
        this.mailer = mailer;
        this.properties = properties;
        this.picks = picks;
        this.events = events;
    }

    /** A scope as people read it: the kind and the record's name (an oblast's, a library's), never only its number. */
    public record NamedScope(ScopeKind kind, String ref, String name) {}

    /** The profile page's and {@code GET /api/v1/account/profile}'s view of oneself. */
    public record Profile(
            Long id,
            String email,
            String displayName,
            Role role,
            List<NamedScope> scopes,
            String language,
            Instant createdAt,
            Instant lastSignInAt,
            String pendingEmail,
            boolean erasureRequested,
            long version) {}

    @Transactional(readOnly = true)
    public Profile profile(Long userId) {
        var user = user(userId);
        var pending = emailChanges.findByUserIdOrderByCreatedAtDesc(userId).stream()
                .filter(EmailChange::isOpen)
                .findFirst()
                .map(EmailChange::getNewEmail)
                .orElse(null);
        var erasure =
                erasures.findByUserIdOrderByRequestedAtDesc(userId).stream().anyMatch(ErasureRequest::isOpen);
        return new Profile(
                user.getId(),
                user.getEmail(),
                user.getDisplayName(),
                user.getRole(),
                named(user.getScopes()),
                user.getLocale(),
                user.getCreatedAt(),
                user.getLastSignInAt(),
                pending,
                erasure,
                user.getVersion());
    }

    /** Scopes with the names of what they refer to, sorted by kind and name. */
    public List<NamedScope> named(java.util.Collection<Scope> scopes) {
        return scopes.stream()
                .map(s -> new NamedScope(s.kind(), s.ref(), name(s)))
                .sorted(java.util.Comparator.comparing(NamedScope::kind).thenComparing(NamedScope::name))
                .toList();
    }

    private String name(Scope scope) {
        try {
            return picks.label(scope.kind().pickKind(), scope.ref());
        } catch (RuntimeException e) { // a kind no module names (yet): the reference is all there is
            return scope.ref();
        }
    }

    @Transactional
    public void rename(Long userId, String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 200) {
            throw new AccountException("displayName", "account.profile.nameRequired");
        }
        user(userId).rename(displayName);
    }

    @Transactional
    public void language(Long userId, String language) {
        if (language == null || !LANGUAGES.contains(language)) {
            throw new AccountException("language", "account.profile.languageUnknown");
        }
        user(userId).setLocale(Locale.forLanguageTag(language));
    }

    /**
     * Sends a confirmation link to the new address; the address changes only when the link is followed, by the same
     * person signed in. Returns whether the mail went out.
     */
    @Transactional
    public boolean requestEmailChange(Long userId, String newEmail) {
        var user = user(userId);
        if (newEmail == null || newEmail.length() > 254 || !newEmail.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new AccountException("email", "account.invite.emailInvalid");
        }
        var normalised = UserAccount.normalise(newEmail);
        if (normalised.equals(user.getEmail())) {
            throw new AccountException("email", "account.email.same");
        }
        if (users.findByEmail(normalised).isPresent()) {
            throw new AccountException("email", "account.email.taken");
        }
        var secret = Tokens.newSecret("");
        emailChanges.save(new EmailChange(
                userId, user.getEmail(), normalised, secret, Instant.now().plus(EMAIL_LINK)));
        var link = properties.baseUrl() + "/account/email/confirm?token=" + secret;
        return mailer.send(
                normalised,
                Locale.forLanguageTag(user.getLocale()),
                "account.mail.emailChange",
                user.getDisplayName(),
                link,
                EMAIL_LINK.toHours());
    }

    /** Follows the link: the address becomes the sign-in name, and every session ends (sign in with the new one). */
    @Transactional
    public String confirmEmail(Long userId, String secret) {
        var change = emailChanges
                .findByTokenHash(Tokens.hash(secret == null ? "" : secret))
                .filter(EmailChange::isOpen)
                .filter(c -> c.getUserId().equals(userId))
                .orElseThrow(InvalidTokenException::new);
        if (users.findByEmail(change.getNewEmail()).isPresent()) {
            throw new AccountException("email", "account.email.taken");
        }
        user(userId).changeEmail(change.getNewEmail());
        change.confirmed();
        return change.getNewEmail();
    }

    /** Asks the admins to erase the account; one open request at a time, and the admins are told of each once. */
    @Transactional
    public void requestErasure(Long userId, String reason) {
        user(userId);
        if (reason != null && reason.length() > 1000) {
            throw new AccountException("reason", "account.erasure.reasonTooLong");
        }
        if (erasures.findByUserIdOrderByRequestedAtDesc(userId).stream().noneMatch(ErasureRequest::isOpen)) {
            var request = erasures.save(
                    new ErasureRequest(userId, reason == null || reason.isBlank() ? null : reason.strip()));
            events.publishEvent(new ErasureRequested(request.getId(), userId));
        }
    }

    /** The addresses a person has had, for pseudonymising the audit trail when they are erased. */
    List<String> formerEmails(Long userId) {
        return emailChanges.findByUserIdOrderByCreatedAtDesc(userId).stream()
                .flatMap(c -> java.util.stream.Stream.of(c.getOldEmail(), c.getNewEmail()))
                .distinct()
                .toList();
    }

    List<EmailChange> emailChanges(Long userId) {
        return emailChanges.findByUserIdOrderByCreatedAtDesc(userId);
    }

    List<ErasureRequest> erasureRequests(Long userId) {
        return erasures.findByUserIdOrderByRequestedAtDesc(userId);
    }

    private UserAccount user(Long userId) {
        return users.findById(userId)
                .filter(u -> !u.isErased())
                .orElseThrow(() -> new NotFoundException("account.user.notFound", userId));
    }
}
