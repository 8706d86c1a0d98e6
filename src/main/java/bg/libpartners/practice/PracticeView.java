package bg.libpartners.practice;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A practice as pages, the API and the brochure show it; the story is already sanitised HTML. The author's name is
 * there only when the author agreed to be named publicly, so no page, feed or API answer names a person otherwise.
 * {@code illustrative}: the story adds details its source does not hold, for illustration (pages say so in a note).
 */
public record PracticeView(
        Long id,
        String slug,
        String title,
        String summary,
        String story,
        String storyHtml,
        String country,
        String place,
        Integer startYear,
        Integer endYear,
        String results,
        String lessons,
        Long partnershipId,
        String authorName,
        PracticeStatus status,
        String moderatorComment,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        long version,
        List<PracticeDraft.Partner> partners,
        Set<String> fields,
        Set<String> targetGroups,
        List<PracticeDraft.Figure> figures,
        List<Image> images,
        boolean illustrative) {

    /** A picture, addressed by its position in the practice. */
    public record Image(int position, String sha256, String mediaType, String caption) {}

    static PracticeView of(GoodPractice p) {
        var images = new java.util.ArrayList<Image>();
        for (int i = 0; i < p.getImages().size(); i++) {
            var image = p.getImages().get(i);
            images.add(new Image(i, image.getSha256(), image.getMediaType(), image.getCaption()));
        }
        return new PracticeView(
                p.getId(),
                p.getSlug(),
                p.getTitle(),
                p.getSummary(),
                p.getStory(),
                p.getStoryHtml(),
                p.getCountry(),
                p.getPlace(),
                p.getStartYear(),
                p.getEndYear(),
                p.getResults(),
                p.getLessons(),
                p.getPartnershipId(),
                p.isAuthorPublic() ? p.getAuthorName() : null,
                p.getStatus(),
                p.getModeratorComment(),
                p.getCreatedAt(),
                p.getUpdatedAt(),
                p.getPublishedAt(),
                p.getVersion(),
                p.getPartners().stream()
                        .map(x -> new PracticeDraft.Partner(x.getName(), x.getType()))
                        .toList(),
                Set.copyOf(p.getFields()),
                Set.copyOf(p.getTargetGroups()),
                p.getFigures().stream()
                        .map(f -> new PracticeDraft.Figure(f.getLabel(), f.getAmount()))
                        .toList(),
                List.copyOf(images),
                p.isIllustrative());
    }

    /** The types of the partners, each once, in the order they first appear. */
    public List<String> partnerTypes() {
        return partners.stream().map(PracticeDraft.Partner::type).distinct().toList();
    }

    public boolean published() {
        return status == PracticeStatus.PUBLISHED;
    }

    public PracticeDraft toDraft() {
        return new PracticeDraft(
                title,
                summary,
                story,
                country,
                place,
                partners,
                fields,
                targetGroups,
                startYear,
                endYear,
                results,
                figures,
                lessons,
                partnershipId);
    }
}
