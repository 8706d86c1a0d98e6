package bg.libpartners.practice.web;

import bg.libpartners.practice.PracticeDraft;
import bg.libpartners.practice.PracticeView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The practice form: a fixed number of partner and figure rows, blank rows ignored. */
public class PracticeForm {

    static final int PARTNER_ROWS = 8;
    static final int FIGURE_ROWS = 4;

    @NotBlank
    @Size(max = 300)
    private String title;

    @NotBlank
    @Size(max = 2000)
    private String summary;

    @Size(max = 50000)
    private String story;

    @NotBlank
    @Pattern(regexp = "[A-Z]{2}")
    private String country = "BG";

    @Size(max = 200)
    private String place;

    @Min(1900)
    @Max(2100)
    private Integer startYear;

    @Min(1900)
    @Max(2100)
    private Integer endYear;

    @Size(max = 10000)
    private String results;

    @Size(max = 10000)
    private String lessons;

    private Long partnershipId;
    private long version;
    private Set<String> fields = new LinkedHashSet<>();
    private Set<String> targetGroups = new LinkedHashSet<>();
    private List<Row> partners = rows(PARTNER_ROWS);
    private List<Row> figures = rows(FIGURE_ROWS);

    /** A partner (name, type) or a figure (name = label, value = amount). */
    public static class Row {
        @Size(max = 300)
        private String name;

        private String value;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        boolean blank() {
            return name == null || name.isBlank();
        }
    }

    static PracticeForm of(PracticeView view) {
        var form = new PracticeForm();
        form.title = view.title();
        form.summary = view.summary();
        form.story = view.story();
        form.country = view.country();
        form.place = view.place();
        form.startYear = view.startYear();
        form.endYear = view.endYear();
        form.results = view.results();
        form.lessons = view.lessons();
        form.partnershipId = view.partnershipId();
        form.version = view.version();
        form.fields = new LinkedHashSet<>(view.fields());
        form.targetGroups = new LinkedHashSet<>(view.targetGroups());
        for (int i = 0; i < view.partners().size() && i < PARTNER_ROWS; i++) {
            form.partners.get(i).name = view.partners().get(i).name();
            form.partners.get(i).value = view.partners().get(i).type();
        }
        for (int i = 0; i < view.figures().size() && i < FIGURE_ROWS; i++) {
            form.figures.get(i).name = view.figures().get(i).label();
            form.figures.get(i).value = String.valueOf(view.figures().get(i).amount());
        }
        return form;
    }

    PracticeDraft toDraft() {
        var partnerList = partners.stream()
                .filter(r -> !r.blank())
                .map(r -> new PracticeDraft.Partner(r.name, r.value))
                .toList();
        var figureList = figures.stream()
                .filter(r -> !r.blank())
                .map(r -> new PracticeDraft.Figure(r.name, amount(r.value)))
                .toList();
        return new PracticeDraft(
                title,
                summary,
                story,
                country,
                place,
                partnerList,
                fields,
                targetGroups,
                startYear,
                endYear,
                results,
                figureList,
                lessons,
                partnershipId);
    }

    private static long amount(String value) {
        try {
            return value == null || value.isBlank()
                    ? 0
                    : Long.parseLong(value.strip().replace(" ", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Fills up the rows to their fixed number after binding, so the form always shows all of them. */
    void pad() {
        while (partners.size() < PARTNER_ROWS) {
            partners.add(new Row());
        }
        while (figures.size() < FIGURE_ROWS) {
            figures.add(new Row());
        }
    }

    private static List<Row> rows(int n) {
        var rows = new ArrayList<Row>();
        for (int i = 0; i < n; i++) {
            rows.add(new Row());
        }
        return rows;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getStory() {
        return story;
    }

    public void setStory(String story) {
        this.story = story;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Integer getStartYear() {
        return startYear;
    }

    public void setStartYear(Integer startYear) {
        this.startYear = startYear;
    }

    public Integer getEndYear() {
        return endYear;
    }

    public void setEndYear(Integer endYear) {
        this.endYear = endYear;
    }

    public String getResults() {
        return results;
    }

    public void setResults(String results) {
        this.results = results;
    }

    public String getLessons() {
        return lessons;
    }

    public void setLessons(String lessons) {
        this.lessons = lessons;
    }

    public Long getPartnershipId() {
        return partnershipId;
    }

    public void setPartnershipId(Long partnershipId) {
        this.partnershipId = partnershipId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Set<String> getFields() {
        return fields;
    }

    public void setFields(Set<String> fields) {
        this.fields = fields;
    }

    public Set<String> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(Set<String> targetGroups) {
        this.targetGroups = targetGroups;
    }

    public List<Row> getPartners() {
        return partners;
    }

    public void setPartners(List<Row> partners) {
        this.partners = partners;
    }

    public List<Row> getFigures() {
        return figures;
    }

    public void setFigures(List<Row> figures) {
        this.figures = figures;
    }
}
