package bg.libpartners.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class NetworkExportTest {

    static final AtlasNetwork.Graph GRAPH = new AtlasNetwork.Graph(
            List.of(
                    new AtlasNetwork.Node(
                            1, "Библиотека „Христо Ботев“ <1>", "LIBRARY", "LIBRARY_CHITALISHTE", null, 2, 1.0),
                    new AtlasNetwork.Node(2, "Община & съвет\u0001", "PARTNER", "PUBLIC_BODY", "LOCAL", 1, 0),
                    new AtlasNetwork.Node(3, "=cmd()", "PARTNER", "BUSINESS", null, 1, 0)),
            List.of(new AtlasNetwork.Edge(1, 2, 3), new AtlasNetwork.Edge(1, 3, 1)),
            false,
            List.of());

    static Document parse(byte[] xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    @Test
    void graphmlIsWellFormedWithEveryNodeAndEdge() throws Exception {
        var doc = parse(NetworkExport.graphml(GRAPH));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("graphml");
        assertThat(doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node")
                        .getLength())
                .isEqualTo(3);
        assertThat(doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "edge")
                        .getLength())
                .isEqualTo(2);
        assertThat(new String(NetworkExport.graphml(GRAPH), StandardCharsets.UTF_8))
                .contains("Библиотека „Христо Ботев“ &lt;1&gt;")
                .contains("Община &amp; съвет<");
    }

    @Test
    void gexfIsWellFormedWithEveryNodeAndEdge() throws Exception {
        var doc = parse(NetworkExport.gexf(GRAPH));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("gexf");
        var nodes = doc.getElementsByTagNameNS("http://gexf.net/1.3", "node");
        assertThat(nodes.getLength()).isEqualTo(3);
        assertThat(nodes.item(0).getAttributes().getNamedItem("label").getNodeValue())
                .isEqualTo("Библиотека „Христо Ботев“ <1>");
        assertThat(doc.getElementsByTagNameNS("http://gexf.net/1.3", "edge").getLength())
                .isEqualTo(2);
    }

    @Test
    void csvListsNodesOrEdgesAndNeutralisesFormulas() {
        var nodes = new String(NetworkExport.csv(GRAPH, false), StandardCharsets.UTF_8);
        assertThat(nodes)
                .contains("Id,Label,kind,type,strategic,degree,betweenness")
                .contains("'=cmd()")
                .doesNotContain(",=cmd()");
        var edges = new String(NetworkExport.csv(GRAPH, true), StandardCharsets.UTF_8);
        assertThat(edges.lines()).hasSize(3).contains("n1,n2,3");
    }
}
