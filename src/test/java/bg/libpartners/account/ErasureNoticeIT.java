package bg.libpartners.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.notification.Notice;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The notices of an erasure request: the admins (and nobody else) are told once when a person asks; the person is told
 * once when an admin declines (an inbox notice) or confirms (an e-mail to the address they had, sent after the
 * erasure committed, since the account is gone then).
 */
@IntegrationTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ErasureNoticeIT {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(bg.libpartners.TestMail.SMTP).withPerMethodLifecycle(false);

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    CurrentUser load(String email) {
        return (CurrentUser) userDetails.loadUserByUsername(email);
    }

    Long someone(String email) {
        return accounts.create(
                email, "Пенка Заявителева", Role.EXPERT, "erasure notice password", Locale.forLanguageTag("bg"));
    }

    Long askForErasure(String email, Long id) throws Exception {
        var me = load(email);
        mvc.perform(post("/account/erasure")
                        .param("reason", "Напускам")
                        .with(csrf())
                        .with(user(me)))
                .andExpect(redirectedUrl("/account"));
        // asking again while the request is open is not a new request and tells nobody again
        mvc.perform(post("/account/erasure").with(csrf()).with(user(me))).andExpect(redirectedUrl("/account"));
        return jdbc.queryForObject("select id from erasure_request where user_id = ?", Long.class, id);
    }

    List<Notice> notices(String onceKey) {
        return events.stream(Notice.class)
                .filter(n -> n.onceKey().equals(onceKey))
                .toList();
    }

    List<Long> inboxesWith(String onceKey) {
        return jdbc.queryForList(
                "select user_id from notification where once_key = ? order by user_id", Long.class, onceKey);
    }

    @Test
    void theAdminsAndNobodyElseAreToldOnceOfARequestAndThePersonOnceOfTheRefusal() throws Exception {
        var email = "erasure-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var id = someone(email);
        var requestId = askForErasure(email, id);

        var requested = notices("account.erasure-requested:" + requestId);
        assertThat(requested).hasSize(1);
        assertThat(requested.get(0).kind()).isEqualTo("account.erasure-requested");
        assertThat(requested.get(0).audience()).containsExactly(Notice.Audience.role(Role.ADMIN));
        assertThat(requested.get(0).link()).isEqualTo("/admin/erasures");
        assertThat(requested.get(0).args())
                .as("no name: the inbox outlives the person")
                .isEmpty();
        var admins = jdbc.queryForList(
                "select id from app_user where role = 'ADMIN' and enabled = true"
                        + " and erased_at is null order by id",
                Long.class);
        assertThat(admins).isNotEmpty();
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(inboxesWith("account.erasure-requested:" + requestId))
                        .isEqualTo(admins));
        assertThat(inboxesWith("account.erasure-requested:" + requestId)).doesNotContain(id);

        var admin = load(DemoAccounts.of(Role.ADMIN).email());
        mvc.perform(post("/admin/erasures/" + requestId + "/decline")
                        .with(csrf())
                        .with(user(load(DemoAccounts.of(Role.COORDINATOR).email()))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/erasures/" + requestId + "/decline")
                        .with(csrf())
                        .with(user(admin)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/admin/erasures/" + requestId + "/decline")
                        .with(csrf())
                        .with(user(admin)))
                .andExpect(status().isNotFound());

        var declined = notices("account.erasure-declined:" + requestId);
        assertThat(declined).hasSize(1);
        assertThat(declined.get(0).audience()).containsExactly(Notice.Audience.user(id));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(inboxesWith("account.erasure-declined:" + requestId))
                        .containsExactly(id));
        assertThat(jdbc.queryForObject(
                        "select message_key from notification where once_key = ?",
                        String.class,
                        "account.erasure-declined:" + requestId))
                .isEqualTo("notification.account.erasureDeclined");
        assertThat(jdbc.queryForObject("select email from app_user where id = ?", String.class, id))
                .as("a declined request keeps the account")
                .isEqualTo(email);
    }

    @Test
    void aConfirmedErasureIsMailedOnceToTheAddressThePersonHadAndToNobodyElse() throws Exception {
        var email = "erased-mail-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var id = someone(email);
        var requestId = askForErasure(email, id);
        var before = mail.getReceivedMessages().length;

        var admin = load(DemoAccounts.of(Role.ADMIN).email());
        mvc.perform(post("/api/v1/admin/erasures/" + requestId + "/confirm")
                        .with(csrf())
                        .with(user(admin)))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/admin/erasures/" + requestId + "/confirm")
                        .with(csrf())
                        .with(user(admin)))
                .andExpect(status().isNotFound());

        await().atMost(Duration.ofSeconds(20)).until(() -> toThem(email).size() == 1);
        var message = toThem(email).get(0);
        assertThat(message.getSubject()).isEqualTo("Профилът ви в LibPartners е изтрит");
        assertThat(((String) message.getContent())).contains("изтрити");
        assertThat(Arrays.stream(message.getAllRecipients()).map(String::valueOf))
                .containsExactly(email);
        assertThat(notices("account.erasure-declined:" + requestId)).isEmpty();
        var sinceThen = Arrays.asList(mail.getReceivedMessages()).subList(before, mail.getReceivedMessages().length);
        assertThat(sinceThen.stream()
                        .filter(m -> subject(m).equals("Профилът ви в LibPartners е изтрит"))
                        .toList())
                .as("the erasure mail went to the person only")
                .hasSize(1);
        assertThat(jdbc.queryForObject("select email from app_user where id = ?", String.class, id))
                .isEqualTo("erased-" + id + "@invalid");
    }

    private static List<Message> toThem(String email) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> String.valueOf(a).equals(email));
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .map(m -> (Message) m)
                .toList();
    }

    private static String subject(Message m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
