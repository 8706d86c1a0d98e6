package bg.libpartners.material.web;

import bg.libpartners.material.MaterialKind;
import bg.libpartners.material.MaterialService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The upload form: what the material is; tags and linked practice ids as comma-separated lists. */
public class MaterialForm {

    @NotBlank
    @Size(max = 300)
    private String title;

    @NotNull
    private MaterialKind kind = MaterialKind.BROCHURE;

    @NotBlank
    @Pattern(regexp = "[a-z]{2}")
    private String language = "bg";

    @Size(max = 4000)
    private String description;

    @Size(max = 1000)
    private String tags;

    @Pattern(regexp = "[0-9,\\s]*")
    private String practices;

    MaterialService.Description toDescription() {
        return new MaterialService.Description(
                title,
                kind,
                language,
                description,
                split(tags),
                split(practices).stream().map(Long::valueOf).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private static Set<String> split(String list) {
        return list == null
                ? Set.of()
                : Arrays.stream(list.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public MaterialKind getKind() {
        return kind;
    }

    public void setKind(MaterialKind kind) {
        this.kind = kind;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getPractices() {
        return practices;
    }

    public void setPractices(String practices) {
        this.practices = practices;
    }
}
