package bg.libpartners.practice;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Turns an author's story (Markdown, which may carry HTML from a rich-text editor) into HTML that is safe to show:
 * rendered with commonmark, then cleaned by the OWASP sanitiser so that scripts, event handlers, styles, frames and
 * foreign images are dropped while the text stays.
 */
@Component
public class StoryRenderer {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowAttributes("href", "title")
                    .onElements("a")
                    .allowStandardUrlProtocols()
                    .requireRelNofollowOnLinks()
                    .toFactory())
            .and(new HtmlPolicyBuilder()
                    .allowElements("hr", "br", "pre", "code", "dl", "dt", "dd", "figure", "figcaption")
                    .toFactory());

    private static final PolicyFactory TEXT_ONLY = new HtmlPolicyBuilder().toFactory();

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().build();

    public String toSafeHtml(String story) {
        if (story == null || story.isBlank()) {
            return "";
        }
        return POLICY.sanitize(renderer.render(parser.parse(story)));
    }

    /** The story as plain text, for summaries in feeds and page descriptions. */
    public static String plainText(String html) {
        if (html == null) {
            return "";
        }
        var text = TEXT_ONLY.sanitize(html.replace("<", " <"));
        return org.springframework.web.util.HtmlUtils.htmlUnescape(text)
                .replaceAll("\\s+", " ")
                .strip();
    }
}
