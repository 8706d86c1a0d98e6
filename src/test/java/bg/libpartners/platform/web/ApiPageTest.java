package bg.libpartners.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

class ApiPageTest {

    @Test
    void anUncountedPageWithMoreAfterItGivesALowerBoundThatPromisesANextPage() {
        var page = ApiPage.slice(List.of("a", "b"), 3, 2, true);
        assertThat(page.page()).isEqualTo(new ApiPage.Metadata(2, 3, 9, 5, false));
    }

    @Test
    void theLastUncountedPageKnowsTheExactTotal() {
        var page = ApiPage.slice(List.of("a"), 3, 2, false);
        assertThat(page.page()).isEqualTo(new ApiPage.Metadata(2, 3, 7, 4, true));
    }

    @Test
    void aCountedPageKeepsItsTotalAndMapsItsItems() {
        var page = ApiPage.of(new PageImpl<>(List.of(1, 2), PageRequest.of(0, 2), 5))
                .map(i -> "n" + i);
        assertThat(page.content()).containsExactly("n1", "n2");
        assertThat(page.page()).isEqualTo(new ApiPage.Metadata(2, 0, 5, 3, true));
    }
}
