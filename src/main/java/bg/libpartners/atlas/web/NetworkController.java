package bg.libpartners.atlas.web;

import bg.libpartners.atlas.AtlasFilter;
import bg.libpartners.atlas.AtlasNetwork;
import bg.libpartners.atlas.NetworkExport;
import bg.libpartners.geography.Geography;
import bg.libpartners.partnership.PartnershipStatus;
import bg.libpartners.platform.BadRequestException;
import bg.libpartners.taxonomy.ActivityField;
import bg.libpartners.taxonomy.PartnerType;
import bg.libpartners.taxonomy.TargetGroup;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The partnership network for signed-in users: the page, the graph as JSON and its exports for Gephi and Kumu. The
 * atlas API is public for reading, so these handlers check the sign-in themselves.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class NetworkController {

    private final AtlasNetwork network;
    private final Geography geography;

    NetworkController(AtlasNetwork network, Geography geography) {
        this.network = network;
        this.geography = geography;
    }

    @GetMapping("/network")
    String page(@ModelAttribute("filter") FilterParams params, Model model) {
        var graph = network.graph(params.toFilter(geography));
        model.addAttribute("graph", graph);
        model.addAttribute(
                "top",
                graph.nodes().stream()
                        .sorted(Comparator.comparingDouble(AtlasNetwork.Node::betweenness)
                                .reversed()
                                .thenComparing(Comparator.comparingInt(AtlasNetwork.Node::degree)
                                        .reversed()))
                        .limit(20)
                        .toList());
        model.addAttribute("maxNodes", AtlasNetwork.MAX_NODES);
        model.addAttribute("minLibraries", AtlasNetwork.CANDIDATE_LIBRARIES);
        model.addAttribute(
                "types",
                Arrays.stream(PartnerType.values()).filter(t -> !t.isPerson()).toList());
        model.addAttribute(
                "statuses",
                Arrays.stream(PartnershipStatus.values())
                        .filter(AtlasFilter.visibleTo(FilterParams.signedIn())::contains)
                        .toList());
        model.addAttribute("fields", ActivityField.values());
        model.addAttribute("groups", TargetGroup.values());
        model.addAttribute("oblasts", geography.oblasts());
        String query = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentRequest()
                .build()
                .getQuery();
        model.addAttribute("query", query == null ? "" : "?" + query);
        return "atlas/network";
    }

    @GetMapping("/api/v1/atlas/network")
    @ResponseBody
    ResponseEntity<AtlasNetwork.Graph> graph(@ModelAttribute FilterParams params) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(network.graph(params.toFilter(geography)));
    }

    @GetMapping("/api/v1/atlas/network.graphml")
    @ResponseBody
    ResponseEntity<byte[]> graphml(@ModelAttribute FilterParams params) {
        return file(
                NetworkExport.graphml(network.graph(params.toFilter(geography))),
                "partnerships.graphml",
                MediaType.parseMediaType("application/graphml+xml"));
    }

    @GetMapping("/api/v1/atlas/network.gexf")
    @ResponseBody
    ResponseEntity<byte[]> gexf(@ModelAttribute FilterParams params) {
        return file(
                NetworkExport.gexf(network.graph(params.toFilter(geography))),
                "partnerships.gexf",
                MediaType.parseMediaType("application/gexf+xml"));
    }

    /** {@code part=nodes} (the default) or {@code part=edges}. */
    @GetMapping("/api/v1/atlas/network.csv")
    @ResponseBody
    ResponseEntity<byte[]> csv(@ModelAttribute FilterParams params, @RequestParam(defaultValue = "nodes") String part) {
        if (!part.equals("nodes") && !part.equals("edges")) {
            throw new BadRequestException("part", "atlas.error.unknownValue", "part", part);
        }
        return file(
                NetworkExport.csv(network.graph(params.toFilter(geography)), part.equals("edges")),
                "partnerships-" + part + ".csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    private static ResponseEntity<byte[]> file(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
