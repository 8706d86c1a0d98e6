package bg.libpartners.survey.web;

import bg.libpartners.survey.CampaignInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The new-campaign form; oblasts ticked in a list, municipalities picked by name (type-ahead), organisations from
 * the directory search.
 */
public class CampaignForm {

    private String title;
    private String purpose;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate opensOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate closesOn;

    private Long questionnaireId;
    private List<String> oblasts = new ArrayList<>();
    private List<String> municipalities = new ArrayList<>();
    private List<String> kinds = new ArrayList<>(List.of("LIBRARY", "CHITALISHTE"));
    private List<String> statuses = new ArrayList<>(List.of("ACTIVE"));
    private List<Long> picked = new ArrayList<>();
    private String reminderDays = "7, 2";

    CampaignInput input() {
        Set<String> munis = new LinkedHashSet<>();
        if (municipalities != null) {
            municipalities.stream()
                    .filter(m -> m != null && !m.isBlank())
                    .map(String::strip)
                    .forEach(munis::add);
        }
        var days = new ArrayList<Integer>();
        if (reminderDays != null) {
            for (var d : reminderDays.split("[,;\\s]+")) {
                if (!d.isBlank()) {
                    try {
                        days.add(Integer.valueOf(d.trim()));
                    } catch (NumberFormatException e) {
                        days.add(-1);
                    }
                }
            }
        }
        return new CampaignInput(
                title,
                purpose,
                opensOn,
                closesOn,
                questionnaireId,
                new LinkedHashSet<>(oblasts),
                munis,
                new LinkedHashSet<>(kinds),
                new LinkedHashSet<>(statuses),
                picked,
                days);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public Long getQuestionnaireId() {
        return questionnaireId;
    }

    public void setQuestionnaireId(Long questionnaireId) {
        this.questionnaireId = questionnaireId;
    }

    public List<String> getOblasts() {
        return oblasts;
    }

    public void setOblasts(List<String> oblasts) {
        this.oblasts = oblasts == null ? new ArrayList<>() : oblasts;
    }

    public List<String> getMunicipalities() {
        return municipalities;
    }

    public void setMunicipalities(List<String> municipalities) {
        this.municipalities = municipalities;
    }

    public List<String> getKinds() {
        return kinds;
    }

    public void setKinds(List<String> kinds) {
        this.kinds = kinds == null ? new ArrayList<>() : kinds;
    }

    public List<String> getStatuses() {
        return statuses;
    }

    public void setStatuses(List<String> statuses) {
        this.statuses = statuses == null ? new ArrayList<>() : statuses;
    }

    public List<Long> getPicked() {
        return picked;
    }

    public void setPicked(List<Long> picked) {
        this.picked = picked == null ? new ArrayList<>() : picked;
    }

    public String getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(String reminderDays) {
        this.reminderDays = reminderDays;
    }
}
