package bg.libpartners.atlas;

import bg.libpartners.platform.CsvCells;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The network for Gephi and Kumu: GraphML, GEXF 1.3 and CSV (nodes, or edges). */
public final class NetworkExport {

    private NetworkExport() {}

    public static byte[] graphml(AtlasNetwork.Graph graph) {
        return xml(w -> {
            w.writeStartElement("graphml");
            w.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
            key(w, "label", "node", "string");
            key(w, "kind", "node", "string");
            key(w, "type", "node", "string");
            key(w, "strategic", "node", "string");
            key(w, "degree", "node", "int");
            key(w, "betweenness", "node", "double");
            key(w, "partnerships", "edge", "int");
            w.writeStartElement("graph");
            w.writeAttribute("id", "partnerships");
            w.writeAttribute("edgedefault", "undirected");
            for (var n : graph.nodes()) {
                w.writeStartElement("node");
                w.writeAttribute("id", "n" + n.id());
                data(w, "label", n.label());
                data(w, "kind", n.kind());
                data(w, "type", n.type());
                data(w, "strategic", n.strategic());
                data(w, "degree", String.valueOf(n.degree()));
                data(w, "betweenness", String.valueOf(n.betweenness()));
                w.writeEndElement();
            }
            int i = 0;
            for (var e : graph.edges()) {
                w.writeStartElement("edge");
                w.writeAttribute("id", "e" + i++);
                w.writeAttribute("source", "n" + e.source());
                w.writeAttribute("target", "n" + e.target());
                data(w, "partnerships", String.valueOf(e.partnerships()));
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    public static byte[] gexf(AtlasNetwork.Graph graph) {
        return xml(w -> {
            w.writeStartElement("gexf");
            w.writeDefaultNamespace("http://gexf.net/1.3");
            w.writeAttribute("version", "1.3");
            w.writeStartElement("graph");
            w.writeAttribute("defaultedgetype", "undirected");
            w.writeStartElement("attributes");
            w.writeAttribute("class", "node");
            String[][] attributes = {
                {"0", "kind", "string"},
                {"1", "type", "string"},
                {"2", "strategic", "string"},
                {"3", "degree", "integer"},
                {"4", "betweenness", "double"}
            };
            for (var a : attributes) {
                w.writeEmptyElement("attribute");
                w.writeAttribute("id", a[0]);
                w.writeAttribute("title", a[1]);
                w.writeAttribute("type", a[2]);
            }
            w.writeEndElement();
            w.writeStartElement("nodes");
            for (var n : graph.nodes()) {
                w.writeStartElement("node");
                w.writeAttribute("id", "n" + n.id());
                w.writeAttribute("label", clean(n.label()));
                w.writeStartElement("attvalues");
                String[] values = {
                    n.kind(), n.type(), n.strategic(), String.valueOf(n.degree()), String.valueOf(n.betweenness())
                };
                for (int i = 0; i < values.length; i++) {
                    if (values[i] != null) {
                        w.writeEmptyElement("attvalue");
                        w.writeAttribute("for", String.valueOf(i));
                        w.writeAttribute("value", values[i]);
                    }
                }
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeStartElement("edges");
            int i = 0;
            for (var e : graph.edges()) {
                w.writeEmptyElement("edge");
                w.writeAttribute("id", "e" + i++);
                w.writeAttribute("source", "n" + e.source());
                w.writeAttribute("target", "n" + e.target());
                w.writeAttribute("weight", String.valueOf(e.partnerships()));
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    /** Nodes (Kumu's "elements") or edges (its "connections"), formula-looking cells neutralised. */
    public static byte[] csv(AtlasNetwork.Graph graph, boolean edges) {
        var out = new StringWriter();
        out.write('\uFEFF');
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            if (edges) {
                csv.printRecord("From", "To", "partnerships");
                for (var e : graph.edges()) {
                    csv.printRecord("n" + e.source(), "n" + e.target(), e.partnerships());
                }
            } else {
                csv.printRecord("Id", "Label", "kind", "type", "strategic", "degree", "betweenness");
                for (var n : graph.nodes()) {
                    csv.printRecord(
                            "n" + n.id(),
                            CsvCells.neutralise(n.label()),
                            n.kind(),
                            n.type(),
                            n.strategic(),
                            n.degree(),
                            n.betweenness());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Leaves out the characters XML 1.0 cannot hold, so that the file stays well-formed whatever a name holds. */
    static String clean(String value) {
        return value == null ? null : value.replaceAll("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD]", "");
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static byte[] xml(Body body) {
        var out = new ByteArrayOutputStream();
        try {
            var w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void key(XMLStreamWriter w, String name, String scope, String type) throws XMLStreamException {
        w.writeEmptyElement("key");
        w.writeAttribute("id", name);
        w.writeAttribute("for", scope);
        w.writeAttribute("attr.name", name);
        w.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        w.writeStartElement("data");
        w.writeAttribute("key", key);
        w.writeCharacters(clean(value));
        w.writeEndElement();
    }
}
