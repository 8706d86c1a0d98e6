package bg.libpartners.funding.web;

import bg.libpartners.funding.Call;
import bg.libpartners.funding.CallInput;
import bg.libpartners.funding.CallService;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/** The call editor's form; bound field by field (direct field access). */
public class CallForm {

    public static class CriterionRow {
        public String name;
        public String description;
        public Integer weight;
    }

    public String title;
    public String purpose;
    public String budget;
    public String minGrant;
    public String maxGrant;
    public String cofinancingShare = "20";
    public Set<String> libraryKinds = new LinkedHashSet<>();
    public Set<String> oblasts = new LinkedHashSet<>();
    public boolean agreementRequired;

    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    public LocalDateTime opensAt;

    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    public LocalDateTime closesAt;

    public int scaleMax = 10;
    public List<CriterionRow> criteria = new ArrayList<>();
    public List<Long> documents = new ArrayList<>();
    public String questions;
    public String requiredAttachments;
    public Long version;

    static CallForm blank() {
        var form = new CallForm();
        form.fill();
        return form;
    }

    static CallForm of(CallService.CallView c) {
        var f = new CallForm();
        f.title = c.title();
        f.purpose = c.purpose();
        f.budget = Forms.typed(c.budget());
        f.minGrant = Forms.typed(c.minGrant());
        f.maxGrant = Forms.typed(c.maxGrant());
        f.cofinancingShare = Forms.typed(c.cofinancingShare());
        f.libraryKinds = new LinkedHashSet<>(c.libraryKinds());
        f.oblasts = new LinkedHashSet<>(c.oblasts());
        f.agreementRequired = c.agreementRequired();
        f.opensAt = c.opensAt();
        f.closesAt = c.closesAt();
        f.scaleMax = c.scaleMax();
        for (var cr : c.criteria()) {
            var row = new CriterionRow();
            row.name = cr.name();
            row.description = cr.description();
            row.weight = cr.weight();
            f.criteria.add(row);
        }
        f.documents = new ArrayList<>(
                c.documents().stream().map(Call.Document::materialId).toList());
        f.questions = String.join("\n", c.questions());
        f.requiredAttachments = String.join("\n", c.requiredAttachments());
        f.version = c.version();
        f.fill();
        return f;
    }

    /** Room for up to six criteria. */
    void fill() {
        while (criteria.size() < 6) {
            criteria.add(new CriterionRow());
        }
    }

    CallInput toInput() {
        var rows = criteria.stream()
                .filter(r -> r.name != null && !r.name.isBlank() || r.weight != null)
                .map(r -> new Call.Criterion(
                        r.name == null ? null : r.name.trim(),
                        r.description == null || r.description.isBlank() ? null : r.description.trim(),
                        r.weight == null ? 0 : r.weight))
                .toList();
        return new CallInput(
                title,
                purpose,
                Forms.amount(budget, "budget"),
                Forms.amount(minGrant, "minGrant"),
                Forms.amount(maxGrant, "maxGrant"),
                Forms.amount(cofinancingShare, "cofinancingShare"),
                libraryKinds,
                oblasts,
                agreementRequired,
                opensAt,
                closesAt,
                scaleMax,
                rows,
                documents == null
                        ? List.of()
                        : documents.stream().filter(java.util.Objects::nonNull).toList(),
                Forms.lines(questions),
                Forms.lines(requiredAttachments),
                version);
    }
}
