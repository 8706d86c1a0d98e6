package bg.libpartners.practice.web;

import java.util.List;

/** What the catalogue's templates read besides the practices themselves. */
public final class PageModels {

    private PageModels() {}

    /** One facet value as a link that adds it to the search or removes it. */
    public record FacetLink(String value, long count, boolean selected, String href) {}

    public record FacetGroup(String name, List<FacetLink> values) {}

    /**
     * What a page's head tells search engines and sharing sites; the layout writes it when the model holds a
     * {@code pageMeta}.
     */
    public record PageMeta(String title, String description, String url, String feed) {}
}
