package bg.libpartners.event;

import bg.libpartners.platform.Mailer;
import bg.libpartners.platform.SqlInstants;
import java.time.Clock;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails to people without an account (a colleague or community representative registered by name and e-mail): sent
 * after the change committed, on the application's task executor, each claimed first in {@code event_sent} under its key, so that it goes at most once
 * however often the same thing is asked for.
 */
@Component
class RegistrantMailer {

    private static final Locale BULGARIAN = Locale.forLanguageTag("bg");

    private final Mailer mailer;
    private final JdbcClient jdbc;
    private final SqlInstants instants;
    private final Clock clock;

    private final TransactionTemplate own;

    private final TaskExecutor executor;

    RegistrantMailer(
            Mailer mailer,
            JdbcClient jdbc,
            SqlInstants instants,
            Clock clock,
            PlatformTransactionManager transactions,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.mailer = mailer;
        this.executor = executor;
        this.jdbc = jdbc;
        this.instants = instants;
        this.clock = clock;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Sends once the surrounding transaction commits (at once when there is none; never when it rolls back). Not an
     * event listener: the event publication registry would record each mail and mark it done from the committing
     * thread, which then needs a second connection and starves the pool under concurrent registrations.
     */
    void sendAfterCommit(EventNotifier.RegistrantMail mail) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(mail);
                }
            });
        } else {
            send(mail);
        }
    }

    private void send(EventNotifier.RegistrantMail mail) {
        // on another thread: the committing thread still holds its connection here
        executor.execute(() -> {
            if (claim("mail:" + mail.onceKey())) {
                mailer.send(mail.to(), BULGARIAN, mail.messageKey(), mail.args().toArray());
            }
        });
    }

    /** Records the key in its own statement; false when it was already recorded (sent before, or by another node). */
    private boolean claim(String key) {
        try {
            return Boolean.TRUE.equals(own.execute(status ->
                    jdbc.sql("insert into event_sent (sent_key, sent_at) values (:key, :at)")
                                    .param("key", key.length() > 120 ? key.substring(0, 120) : key)
                                    .param("at", instants.bind(clock.instant()))
                                    .update()
                            == 1));
        } catch (DataIntegrityViolationException taken) {
            return false;
        }
    }
}
