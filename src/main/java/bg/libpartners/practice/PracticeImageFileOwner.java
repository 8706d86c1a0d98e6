package bg.libpartners.practice;

import bg.libpartners.material.StoredFileOwner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the file store's sweep which files are pictures of a practice (kept in {@code practice_image}). */
@Component
class PracticeImageFileOwner implements StoredFileOwner {

    private final JdbcClient jdbc;

    PracticeImageFileOwner(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean uses(String sha256) {
        return jdbc.sql("select count(*) from practice_image where sha256 = ?")
                        .param(sha256)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
