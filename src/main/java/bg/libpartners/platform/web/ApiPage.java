package bg.libpartners.platform.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/**
 * The one shape of a list in the API: Spring Data's {@code PagedModel} ({@code content}, and {@code page} with
 * {@code size}, {@code number}, {@code totalElements}, {@code totalPages}) plus {@code page.totalElementsExact}.
 * When a list is not counted to its end (a count over millions of rows costs more than it tells), the total is a
 * lower bound — at least one more than this page reaches while there is a next page — and exact is false.
 */
public record ApiPage<T>(List<T> content, Metadata page) {

    public record Metadata(long size, long number, long totalElements, long totalPages, boolean totalElementsExact) {}

    /** A counted page. */
    public static <T> ApiPage<T> of(Page<T> page) {
        return of(page, true);
    }

    /** A page whose total is exact or, when {@code exact} is false, a lower bound. */
    public static <T> ApiPage<T> of(Page<T> page, boolean exact) {
        return new ApiPage<>(
                page.getContent(),
                new Metadata(page.getSize(), page.getNumber(), page.getTotalElements(), page.getTotalPages(), exact));
    }

    /** The same page with each item turned into what the API shows. */
    public <R> ApiPage<R> map(Function<T, R> item) {
        return new ApiPage<>(content.stream().map(item).toList(), page);
    }

    /** A page of an uncounted list: its items, its number and size, and whether another page follows. */
    public static <T> ApiPage<T> slice(List<T> items, int number, int size, boolean hasNext) {
        long seen = (long) number * size + items.size();
        long total = hasNext ? seen + 1 : seen;
        long pages = size == 0 ? 0 : (total + size - 1) / size;
        return new ApiPage<>(items, new Metadata(size, number, total, pages, !hasNext));
    }
}
