package bg.libpartners.notification;

import bg.libpartners.account.AccountService;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.platform.LibPartnersProperties;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: a welcome notice (marked as demo in its kind and once-key, inbox only, no e-mail) for every demo
 * account, pointing to the help, so that a newcomer sees the inbox and the unread count at once. Delivered once per
 * account, whatever the number of restarts.
 */
@Component
@Order(60)
class NotificationDemoData implements ApplicationRunner {

    private final LibPartnersProperties properties;
    private final AccountService accounts;
    private final NoticeDelivery delivery;
    private final NotificationPreferences preferences;

    NotificationDemoData(
            LibPartnersProperties properties,
            AccountService accounts,
            NoticeDelivery delivery,
            NotificationPreferences preferences) {
        this.preferences = preferences;
        this.properties = properties;
        this.accounts = accounts;
        this.delivery = delivery;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo()) {
            return;
        }
        for (var demo : DemoAccounts.ALL) {
            accounts.idOf(demo.email()).ifPresent(id -> {
                preferences.choose(id, "demo.welcome", Delivery.NONE); // in the inbox only: no mail to demo addresses
                delivery.deliver(new Notice(
                        "demo.welcome",
                        List.of(Notice.Audience.user(id)),
                        "notification.demo.welcome",
                        List.of(demo.displayName()),
                        "/help/workspace",
                        "demo.welcome:" + id));
            });
        }
    }
}
