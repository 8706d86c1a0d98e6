package bg.libpartners.directory.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.DirectoryEditor;
import bg.libpartners.directory.InvalidOrganisationException;
import bg.libpartners.directory.LibraryKind;
import bg.libpartners.directory.NationalPartnerNotAllowedException;
import bg.libpartners.directory.OrganisationExport;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.directory.OrganisationStatus;
import bg.libpartners.directory.RepresentationService;
import bg.libpartners.directory.SearchFilter;
import bg.libpartners.directory.StrategicLevel;
import bg.libpartners.geography.Geography;
import bg.libpartners.platform.web.EditConflict;
import bg.libpartners.taxonomy.PartnerSubtype;
import bg.libpartners.taxonomy.PartnerType;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Search with facets, detail with a small map, create and edit forms, exports and suggestions as you type. */
@Controller
class OrganisationController {

    private final Directory directory;
    private final DirectoryEditor editor;
    private final OrganisationExport export;
    private final Geography geography;
    private final RepresentationService representatives;
    private final bg.libpartners.directory.BoardAndStaff boards;

    OrganisationController(
            Directory directory,
            DirectoryEditor editor,
            OrganisationExport export,
            Geography geography,
            RepresentationService representatives,
            bg.libpartners.directory.BoardAndStaff boards) {
        this.boards = boards;
        this.representatives = representatives;
        this.directory = directory;
        this.editor = editor;
        this.export = export;
        this.geography = geography;
    }

    @GetMapping("/organisations")
    String search(
            @ModelAttribute("filter") FilterParams filter,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser me,
            Model model) {
        var results = directory.search(filter.toFilter(), PageRequest.of(Math.max(0, page), 20));
        model.addAttribute("results", results);
        model.addAttribute("oblastNames", directory.oblastNames());
        model.addAttribute("municipalityNames", directory.municipalityNames());
        model.addAttribute("query", filter.query());
        model.addAttribute("baseUrl", url(filter.query(), null, null));
        model.addAttribute(
                "exportCsv",
                url(filter.query(), null, null).replaceFirst("/organisations", "/organisations/export.csv"));
        model.addAttribute(
                "exportXlsx",
                url(filter.query(), null, null).replaceFirst("/organisations", "/organisations/export.xlsx"));
        model.addAttribute("facets", facets(results.facets(), filter.query(), model));
        model.addAttribute("mayCreatePartner", Directory.mayCreate(me, OrganisationKind.PARTNER));
        model.addAttribute("mayCreateLibrary", Directory.mayCreate(me, OrganisationKind.LIBRARY));
        return "directory/list";
    }

    @GetMapping("/organisations/suggest")
    String suggest(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("suggestions", directory.suggest(q, 8));
        return "directory/suggest :: list";
    }

    @GetMapping({"/organisations/export.csv", "/organisations/export.xlsx"})
    void export(
            @ModelAttribute("filter") FilterParams filter,
            jakarta.servlet.http.HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        var format = request.getRequestURI().endsWith(".xlsx") ? "xlsx" : "csv";
        Exports.write(export, format, filter.toFilter(), response);
    }

    @GetMapping("/organisations/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        var org = directory.details(me, id);
        model.addAttribute("org", org);
        // a person who is a partner (type "individual") has no staff
        model.addAttribute(
                "people", me == null || org.partnerType() == PartnerType.INDIVIDUAL ? null : boards.of(me, id));
        // a partnership representative asks here for rights on the organisation; those who may grant them see how
        // many requests wait
        model.addAttribute(
                "mayAskRepresentation", RepresentationService.mayAsk(me, org) && !representatives.waiting(me, id));
        model.addAttribute(
                "representationWaiting", RepresentationService.mayAsk(me, org) && representatives.waiting(me, id));
        model.addAttribute(
                "representationRequests", representatives.pending(me, id).size());
        return "directory/detail";
    }

    @GetMapping("/organisations/new")
    String createForm(
            @RequestParam(defaultValue = "PARTNER") OrganisationKind kind,
            @AuthenticationPrincipal CurrentUser me,
            Model model) {
        if (!Directory.mayCreate(me, kind)) {
            throw new AccessDeniedException("create " + kind);
        }
        var form = new OrganisationForm();
        form.setKind(kind);
        return form(form, null, me, model);
    }

    @PostMapping("/organisations")
    String create(
            @ModelAttribute("form") OrganisationForm form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser me,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletRequest request) {
        form.coordinateErrors().forEach(result::rejectValue);
        if (!result.hasErrors()
                && !bg.libpartners.platform.pick.PickService.searching(request)) { // not a picker search
            try {
                long id = editor.create(me, form.toInput());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/organisations/" + id;
            } catch (InvalidOrganisationException e) {
                e.errors().forEach(result::rejectValue);
            } catch (NationalPartnerNotAllowedException e) {
                result.rejectValue(
                        NationalPartnerNotAllowedException.FIELD, NationalPartnerNotAllowedException.MESSAGE_KEY);
            }
        }
        return form(form, null, me, model);
    }

    @GetMapping("/organisations/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        directory.checkMayEdit(me, id);
        return form(OrganisationForm.of(directory.details(me, id)), id, me, model);
    }

    /** The fields a person edits, compared with the saved record when someone else saved it meanwhile. */
    private static final String[] COMPARED = {
        "name",
        "eik",
        "status",
        "libraryKind",
        "partnerType",
        "partnerSubtype",
        "country",
        "address",
        "ekatte",
        "lat",
        "lon",
        "emails",
        "phones",
        "website",
        "description",
        "strategic",
        "strategicReason"
    };

    @PostMapping("/organisations/{id}")
    String save(
            @PathVariable long id,
            @ModelAttribute("form") OrganisationForm form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser me,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletRequest request) {
        directory.checkMayEdit(me, id);
        form.coordinateErrors().forEach(result::rejectValue);
        if (!result.hasErrors()
                && !bg.libpartners.platform.pick.PickService.searching(request)) { // not a picker search
            try {
                editor.update(me, id, form.toInput());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/organisations/" + id;
            } catch (InvalidOrganisationException e) {
                e.errors().forEach(result::rejectValue);
            } catch (NationalPartnerNotAllowedException e) {
                result.rejectValue(
                        NationalPartnerNotAllowedException.FIELD, NationalPartnerNotAllowedException.MESSAGE_KEY);
            } catch (ObjectOptimisticLockingFailureException e) {
                var saved = OrganisationForm.of(directory.details(me, id));
                EditConflict.report(result, saved, "directory.field.", COMPARED);
                form.setVersion(saved.getVersion());
            }
        }
        return form(form, id, me, model);
    }

    /** One value of a facet: its label (a message key, or a place name), its count and the link that applies it. */
    public record FacetValue(String value, String key, String label, long count, String url, boolean active) {}

    public record Facet(String name, java.util.List<FacetValue> values) {}

    @SuppressWarnings("unchecked")
    private java.util.List<Facet> facets(
            Map<String, Map<String, Long>> counts, Map<String, Object> query, Model model) {
        var oblasts = (Map<String, String>) model.getAttribute("oblastNames");
        var municipalities = (Map<String, String>) model.getAttribute("municipalityNames");
        var facets = new java.util.ArrayList<Facet>();
        counts.forEach((name, values) -> {
            var list = values.entrySet().stream()
                    .map(e -> {
                        String key = switch (name) {
                            case "type" -> bg.libpartners.directory.TypeLabels.key(e.getKey());
                            case "status" -> "directory.status." + e.getKey();
                            case "strategic" -> "directory.strategic." + e.getKey();
                            default -> null;
                        };
                        String label = name.equals("oblast")
                                ? oblasts.getOrDefault(e.getKey(), e.getKey())
                                : municipalities.getOrDefault(e.getKey(), e.getKey());
                        boolean active = e.getKey().equals(String.valueOf(query.get(name)));
                        return new FacetValue(
                                e.getKey(),
                                key,
                                label,
                                e.getValue(),
                                url(query, name, active ? null : e.getKey()),
                                active);
                    })
                    .limit(name.equals("municipality") ? 30 : 50)
                    .toList();
            if (!list.isEmpty()) {
                facets.add(new Facet(name, list));
            }
        });
        return facets;
    }

    /** The search page with the current filters, one of them set (or cleared when {@code value} is null). */
    static String url(Map<String, Object> query, String name, String value) {
        var builder = org.springframework.web.util.UriComponentsBuilder.fromPath("/organisations");
        query.forEach((k, v) -> {
            if (!k.equals(name)) {
                builder.queryParam(k, v);
            }
        });
        if (name != null && value != null) {
            builder.queryParam(name, value);
        }
        return builder.encode().build().toUriString();
    }

    private String form(OrganisationForm form, Long id, CurrentUser me, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        // where the pin map opens when the form has no point: the chosen settlement's centre, else the country's
        var settlement = form.getEkatte() == null || form.getEkatte().isBlank()
                ? null
                : geography.findSettlement(form.getEkatte().trim()).orElse(null);
        model.addAttribute("centreLat", settlement == null || settlement.lat() == null ? 42.7 : settlement.lat());
        model.addAttribute("centreLon", settlement == null || settlement.lon() == null ? 25.4 : settlement.lon());
        model.addAttribute(
                "positionSource",
                id == null ? null : directory.details(me, id).summary().positionSource());
        model.addAttribute("partnerTypes", PartnerType.values());
        model.addAttribute("subtypes", PartnerSubtype.values());
        model.addAttribute("libraryKinds", LibraryKind.values());
        model.addAttribute("statuses", OrganisationStatus.values());
        // the national mark is offered only to those who may set it; a partner that has it keeps it on save
        model.addAttribute(
                "levels",
                java.util.Arrays.stream(StrategicLevel.values())
                        .filter(l -> l != StrategicLevel.NATIONAL
                                || DirectoryEditor.mayMarkNational(me)
                                || form.getStrategic() == StrategicLevel.NATIONAL)
                        .toList());
        return "directory/edit";
    }

    /** The query string of the search page and exports. */
    public static class FilterParams {
        private String q;
        private OrganisationKind kind;
        private String type;
        private String oblast;
        private String municipality;
        private OrganisationStatus status;
        private StrategicLevel strategic;

        SearchFilter toFilter() {
            return new SearchFilter(q, kind, type, oblast, municipality, status, strategic);
        }

        /** The filters as query parameters, for links that keep them. */
        public Map<String, Object> query() {
            var map = new java.util.LinkedHashMap<String, Object>();
            if (q != null && !q.isBlank()) map.put("q", q);
            if (kind != null) map.put("kind", kind);
            if (type != null && !type.isBlank()) map.put("type", type);
            if (oblast != null && !oblast.isBlank()) map.put("oblast", oblast);
            if (municipality != null && !municipality.isBlank()) map.put("municipality", municipality);
            if (status != null) map.put("status", status);
            if (strategic != null) map.put("strategic", strategic);
            return map;
        }

        public String getQ() {
            return q;
        }

        public void setQ(String q) {
            this.q = q;
        }

        public OrganisationKind getKind() {
            return kind;
        }

        public void setKind(OrganisationKind kind) {
            this.kind = kind;
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getOblast() {
            return oblast;
        }

        public void setOblast(String oblast) {
            this.oblast = oblast;
        }

        public String getMunicipality() {
            return municipality;
        }

        public void setMunicipality(String municipality) {
            this.municipality = municipality;
        }

        public OrganisationStatus getStatus() {
            return status;
        }

        public void setStatus(OrganisationStatus status) {
            this.status = status;
        }

        public StrategicLevel getStrategic() {
            return strategic;
        }

        public void setStrategic(StrategicLevel strategic) {
            this.strategic = strategic;
        }
    }
}
