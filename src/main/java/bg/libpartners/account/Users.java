package bg.libpartners.account;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Users extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    /** The id alone, without loading the account (asked at every registration for an event). */
    @org.springframework.data.jpa.repository.Query("select u.id from UserAccount u where u.email = :email")
    Optional<Long> idByEmail(@org.springframework.data.repository.query.Param("email") String email);

    boolean existsByRoleAndEnabledTrueAndEmailNot(Role role, String email);

    @Query("select u from UserAccount u where u.erasedAt is null order by u.displayName")
    Page<UserAccount> findActive(Pageable pageable);

    @Query("select u from UserAccount u where u.role = :role and u.enabled = true and u.erasedAt is null"
            + " order by u.displayName")
    java.util.List<UserAccount> findEnabledByRole(Role role);

    @Query("select distinct u from UserAccount u join u.scopes s where s.kind = :kind and s.ref = :ref"
            + " and u.enabled = true and u.erasedAt is null")
    java.util.List<UserAccount> findByScope(ScopeKind kind, String ref);

    @Query("select u from UserAccount u where u.id in :ids and u.enabled = true and u.erasedAt is null")
    java.util.List<UserAccount> findActiveByIdIn(java.util.Collection<Long> ids);

    @Query("select u from UserAccount u where u.role = :role and u.enabled = true and u.erasedAt is null")
    java.util.List<UserAccount> findActiveByRole(Role role);

    @Query("select distinct u from UserAccount u join u.scopes s where u.role = :role and s.kind = :kind"
            + " and s.ref = :ref and u.enabled = true and u.erasedAt is null")
    java.util.List<UserAccount> findActiveByRoleAndScope(Role role, ScopeKind kind, String ref);

    /**
     * Counts a failed sign-in in one statement (parallel failures all count); the {@code max}-th in a row locks the
     * account until {@code until} and starts the count again. Every right-hand side reads the row as it was.
     */
    @Modifying
    @Query("update UserAccount u set u.lockedUntil = case when u.failedLogins + 1 >= :max then :until"
            + " else u.lockedUntil end, u.failedLogins = case when u.failedLogins + 1 >= :max then 0"
            + " else u.failedLogins + 1 end where u.email = :email")
    int signInFailed(String email, int max, Instant until);

    @Modifying
    @Query("update UserAccount u set u.failedLogins = 0, u.lockedUntil = null where u.id = :id"
            + " and (u.failedLogins <> 0 or u.lockedUntil is not null)")
    int signedIn(Long id);

    /** Notes a successful sign-in (one statement, not audited: it is not a change of the account). */
    @Modifying
    @Query("update UserAccount u set u.lastSignInAt = :at where u.id = :id")
    int lastSignIn(Long id, Instant at);

    /** Users (not erased) whose name or e-mail holds {@code q} (lower case), by name. */
    @Query("select u from UserAccount u where u.erasedAt is null and (lower(u.displayName) like :q"
            + " or lower(u.email) like :q) order by u.displayName")
    Page<UserAccount> search(String q, Pageable pageable);

    @Query("select u from UserAccount u where u.erasedAt is null and (lower(u.displayName) like :q"
            + " or lower(u.email) like :q) order by u.displayName")
    java.util.List<UserAccount> searchAll(String q);

    /** Replaces the hash of the same password (a newer algorithm); not a change of credentials. */
    @Modifying
    @Query("update UserAccount u set u.passwordHash = :hash where u.id = :id")
    int rehash(Long id, String hash);

    @Query("select distinct s.ref from UserAccount u join u.scopes s where s.kind = :kind and s.ref in :refs"
            + " and u.enabled = true and u.erasedAt is null")
    java.util.List<String> heldRefs(ScopeKind kind, java.util.Collection<String> refs);
}
