package bg.libpartners.account;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Users extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByRole(Role role);

    @Query("select u from UserAccount u where u.erasedAt is null order by u.displayName")
    Page<UserAccount> findActive(Pageable pageable);

    @Query("select distinct u from UserAccount u join u.scopes s where s.kind = :kind and s.ref = :ref"
            + " and u.enabled = true and u.erasedAt is null")
    java.util.List<UserAccount> findByScope(ScopeKind kind, String ref);
}
