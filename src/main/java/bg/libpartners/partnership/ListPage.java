package bg.libpartners.partnership;

import java.util.List;

/** A page of a long list without a total count (counting millions of rows on every page costs more than it tells). */
public record ListPage<T>(List<T> items, int page, int size, boolean hasNext) {

    public boolean hasPrevious() {
        return page > 0;
    }
}
