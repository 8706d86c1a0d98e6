package bg.libpartners.practice;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.partnership.PartnershipService;
import bg.libpartners.partnership.PartnershipStatus;
import bg.libpartners.platform.LibPartnersProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * In demo mode, good practices from the demo's completed partnerships, made as a library would ("publish as a good
 * practice" on the partnership, then the moderator's review): the first ones published, the last one waiting for
 * review. Runs after the agreement module moved the demo partnerships on, and only when no practice comes from a
 * partnership yet.
 */
@Component
@Order(50)
class PracticeDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PracticeDemoData.class);
    private static final int PUBLISHED = 3;

    private final LibPartnersProperties properties;
    private final PartnershipService partnerships;
    private final PartnershipPracticeService fromPartnerships;
    private final PracticeService practices;
    private final Practices stored;
    private final UserDetailsService users;

    PracticeDemoData(
            LibPartnersProperties properties,
            PartnershipService partnerships,
            PartnershipPracticeService fromPartnerships,
            PracticeService practices,
            Practices stored,
            UserDetailsService users) {
        this.properties = properties;
        this.partnerships = partnerships;
        this.fromPartnerships = fromPartnerships;
        this.practices = practices;
        this.stored = stored;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo() || stored.existsByPartnershipIdNotNull()) {
            return;
        }
        var completed = partnerships.demoPartnerships(PartnershipStatus.COMPLETED);
        if (completed.isEmpty()) {
            return;
        }
        var context = SecurityContextHolder.getContext();
        try {
            var admin = (CurrentUser)
                    users.loadUserByUsername(DemoAccounts.of(Role.ADMIN).email());
            var acting = SecurityContextHolder.createEmptyContext();
            acting.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
            SecurityContextHolder.setContext(acting);
            int published = 0;
            for (int i = 0; i < completed.size() && i <= PUBLISHED; i++) {
                long id = fromPartnerships.start(completed.get(i));
                practices.submit(id);
                if (i < PUBLISHED) {
                    practices.publish(id);
                    published++;
                }
            }
            log.info(
                    "Demo practices from partnerships: {} published, {} waiting for review",
                    published,
                    Math.min(completed.size(), PUBLISHED + 1) - published);
        } catch (RuntimeException e) {
            log.warn("Demo practices were not made: {}", e.getMessage());
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }
}
