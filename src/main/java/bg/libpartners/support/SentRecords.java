package bg.libpartners.support;

import bg.libpartners.platform.SqlInstants;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the support jobs have sent, one row per key, so that a job run again never sends twice. */
@Component
class SentRecords {

    private final JdbcClient jdbc;
    private final SqlInstants instants;

    SentRecords(JdbcClient jdbc, SqlInstants instants) {
        this.jdbc = jdbc;
        this.instants = instants;
    }

    /** Records the key; false when it was recorded before (then nothing is to be sent). */
    boolean claim(String key, Instant at) {
        if (jdbc.sql("select count(*) from support_sent where sent_key = ?")
                        .param(key)
                        .query(Long.class)
                        .single()
                > 0) {
            return false;
        }
        try {
            return jdbc.sql("insert into support_sent (sent_key, sent_at) values (?, ?)")
                            .param(key)
                            .param(instants.bind(at))
                            .update()
                    == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
