package bg.libpartners.platform.search;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * What a search index holds compared with its table: how many rows and the newest change ({@code updated_at}).
 * Equal counts alone miss a change that reached the database but not the index (a crash between the commit and the
 * index write, a bulk SQL update); the newest change catches it. Times are compared to the millisecond, the index's
 * precision.
 *
 * @param latest the newest {@code updated_at}, null when there is none
 */
public record ContentVersion(long count, Instant latest) {

    /** The name every indexed entity gives its {@code updatedAt} field in the index. */
    public static final String FIELD = "updated_at";

    public ContentVersion {
        latest = latest == null ? null : latest.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The index's version of the entity type: its documents and the newest {@value #FIELD} among them. */
    public static ContentVersion indexed(SearchSession session, Class<?> type) {
        long count = session.search(type).where(f -> f.matchAll()).fetchTotalHitCount();
        var newest = session.search(type)
                .select(f -> f.field(FIELD, Instant.class))
                .where(f -> f.matchAll())
                .sort(f -> f.field(FIELD).desc())
                .fetchHits(1);
        return new ContentVersion(count, newest.isEmpty() ? null : newest.get(0));
    }
}
