package bg.libpartners.notification;

import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import java.util.List;
import java.util.Objects;

/**
 * A notice for people, published as an application event by any module ({@code events.publishEvent(new Notice(…))}
 * inside the transaction that made the change); the notification module delivers it to the in-application inbox and
 * by e-mail, immediately or in the daily digest as each person chose for this {@code kind}. Delivery happens after
 * commit through the JDBC event publication registry, so a notice is never lost when a node stops in between.
 *
 * @param kind what sort of notice this is, a stable code like {@code agreement.submitted} or {@code survey.invited};
 *     people choose immediate or digest e-mail per kind, and it keys the label {@code notification.kind.<kind>}
 * @param audience who gets it: users by id, or everyone holding a role with a scope (e.g. the coordinators of an
 *     oblast, the board of a chitalishte)
 * @param messageKey the message with {@code .subject} and {@code .body} in the bundles, rendered in each recipient's
 *     language with {@code args}
 * @param args arguments of the message, already as text (names, dates in ISO form)
 * @param link the application path that acts on it, like {@code /partnerships/42}
 * @param onceKey what makes it unique per recipient, like {@code agreement.submitted:42:3}: a notice with a key already
 *     delivered to a person is not delivered again (a reminder re-published after a restart or on another node)
 */
public record Notice(
        String kind, List<Audience> audience, String messageKey, List<String> args, String link, String onceKey) {

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(onceKey, "onceKey");
        audience = List.copyOf(audience);
        args = args == null ? List.of() : List.copyOf(args);
    }

    /**
     * One part of a notice's audience: a user ({@code userId}), or every active user with {@code role} who holds the
     * scope {@code scopeKind:scopeRef} (role alone when the scope is null, e.g. every admin).
     */
    public record Audience(Long userId, Role role, ScopeKind scopeKind, String scopeRef) {

        public static Audience user(Long userId) {
            return new Audience(Objects.requireNonNull(userId), null, null, null);
        }

        public static Audience role(Role role) {
            return new Audience(null, Objects.requireNonNull(role), null, null);
        }

        public static Audience scoped(Role role, ScopeKind kind, Object ref) {
            return new Audience(null, Objects.requireNonNull(role), Objects.requireNonNull(kind), String.valueOf(ref));
        }
    }
}
