package bg.libpartners.account;

import bg.libpartners.platform.CredentialStamps;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a person's credential stamp for the per-request session check (one primary-key query). */
@Component
class AccountCredentialStamps implements CredentialStamps {

    private final Users users;

    AccountCredentialStamps(Users users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instant> changedAt(UserDetails user) {
        return user instanceof CurrentUser current && current.id() != null
                ? users.credentialsChangedAt(current.id()) : Optional.empty();
    }
}
