package bg.libpartners.notification;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.security.MatrixModule;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The role × endpoint records of the notification and workspace modules: a notice of the demo librarian; a topic. */
public class NotificationMatrix implements MatrixModule {

    @Override
    public void addRecords(ApplicationContext context, Map<String, CurrentUser> actors, Map<String, String> values) {
        var librarian = actors.get("librarian");
        var key = "matrix:" + System.nanoTime();
        context.getBean(NoticeDelivery.class)
                .deliver(new Notice(
                        "partnership.ending",
                        List.of(Notice.Audience.user(librarian.id())),
                        "agreement.notice.ending",
                        List.of("Матрица", "7", "01.01.2031"),
                        "/partnerships",
                        key));
        var id = context.getBean(JdbcClient.class)
                .sql("select id from notification where once_key = :k")
                .param("k", key)
                .query(Long.class)
                .single();
        values.put("notifications/id", String.valueOf(id));
        values.put("help/topic", "partnership");
    }
}
