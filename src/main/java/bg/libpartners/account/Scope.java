package bg.libpartners.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One thing a user is responsible for: {@code OBLAST:VRC}, {@code LIBRARY:42}. */
@Embeddable
public record Scope(
        @Enumerated(EnumType.STRING) @Column(name = "kind") ScopeKind kind,
        @Column(name = "ref") String ref) implements java.io.Serializable {

    public static Scope of(ScopeKind kind, Object ref) {
        return new Scope(kind, String.valueOf(ref));
    }

    @Override
    public String toString() {
        return kind + ":" + ref;
    }
}
