package bg.libpartners.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoryRendererTest {

    final StoryRenderer renderer = new StoryRenderer();

    @Test
    void removesScriptsAndEventHandlersButKeepsTheText() {
        var html = renderer.toSafeHtml("""
                Библиотеката и **училището** работят заедно.

                <script>alert('x')</script><img src="x" onerror="alert(1)"><p onclick="steal()">Децата четат.</p>
                <a href="javascript:alert(1)">връзка</a>
                """);
        assertThat(html)
                .doesNotContainIgnoringCase("<script")
                .doesNotContain("onerror")
                .doesNotContain("onclick")
                .doesNotContain("javascript:")
                .doesNotContain("alert(1)");
        assertThat(html)
                .contains("<strong>училището</strong>")
                .contains("Децата четат.")
                .contains("връзка");
    }

    @Test
    void plainTextKeepsWordsApart() {
        assertThat(StoryRenderer.plainText("<p>Едно</p><p>две &amp; три</p>")).isEqualTo("Едно две & три");
    }
}
