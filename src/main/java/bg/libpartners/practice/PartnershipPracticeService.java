package bg.libpartners.practice;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.directory.Directory;
import bg.libpartners.partnership.PartnershipAccess;
import bg.libpartners.partnership.PartnershipCatalog;
import bg.libpartners.partnership.PartnershipDetails;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Publish as a good practice" on a partnership: a draft practice filled from the partnership's record (title,
 * summary from the need and goals, the lead library's place, the partners by type, fields, target groups, period and
 * a link back), which its author then completes and sends for review. Only those who may edit the partnership — its
 * lead library's staff, the coordinators of its oblast, administrators — may start one. The partnership is read
 * through the partnership module's public {@link PartnershipCatalog} and {@link PartnershipAccess}; that module
 * knows nothing of practices.
 */
@Service
public class PartnershipPracticeService {

    private static final int SUMMARY_MAX = 2000;

    private final PartnershipCatalog partnerships;
    private final PartnershipAccess access;
    private final Directory directory;
    private final PracticeService practices;
    private final MessageSource messages;

    PartnershipPracticeService(
            PartnershipCatalog partnerships,
            PartnershipAccess access,
            Directory directory,
            PracticeService practices,
            MessageSource messages) {
        this.partnerships = partnerships;
        this.access = access;
        this.directory = directory;
        this.practices = practices;
        this.messages = messages;
    }

    /**
     * The id of a draft practice for this partnership: the one already started and still editable, or a new one.
     *
     * @throws bg.libpartners.platform.NotFoundException when there is no such partnership
     * @throws AccessDeniedException when the user may not edit it
     */
    @Transactional
    public long start(long partnershipId) {
        var me = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("sign in"));
        var partnership = partnerships.findUnchecked(partnershipId);
        access.checkEdit(me, partnership);
        return practices
                .editableDraftOf(partnershipId)
                .orElseGet(() -> practices.draftFor(
                        draftOf(partnership, LocaleContextHolder.getLocale()),
                        partnership.leadLibraryId(),
                        partnership.oblastCode()));
    }

    PracticeDraft draftOf(PartnershipDetails p, Locale locale) {
        var partners = p.parties().stream()
                .filter(x -> x.partnerType() != null
                        && Codes.PARTNER_TYPES.contains(x.partnerType())
                        && x.organisationName() != null
                        && !x.organisationName().isBlank())
                .map(x -> new PracticeDraft.Partner(partyName(x, locale), x.partnerType()))
                .toList();
        var fields = new LinkedHashSet<String>();
        p.fields().stream()
                .map(Enum::name)
                .filter(Codes.FIELDS::contains)
                .sorted()
                .forEach(fields::add);
        var groups = new LinkedHashSet<String>();
        p.targetGroups().stream()
                .map(Enum::name)
                .filter(Codes.TARGET_GROUPS::contains)
                .sorted()
                .forEach(groups::add);
        String place = directory
                .findOptional(p.leadLibraryId())
                .map(l -> firstText(l.settlementName(), l.municipalityName()))
                .orElse(null);
        return new PracticeDraft(
                p.title(),
                summary(p),
                story(p, locale),
                "BG",
                place,
                partners,
                fields,
                groups,
                p.startDate() == null ? null : p.startDate().getYear(),
                p.endDate() == null ? null : p.endDate().getYear(),
                null,
                List.of(),
                null,
                p.id());
    }

    /** The need the partnership answers and its goals; the concept or the title when both are empty. */
    private static String summary(PartnershipDetails p) {
        var text = String.join(
                "\n\n",
                Stream.of(p.need(), p.goals())
                        .filter(PartnershipPracticeService::hasText)
                        .map(String::strip)
                        .toList());
        if (text.isEmpty()) {
            text = firstText(p.concept(), p.title());
        }
        return text.length() > SUMMARY_MAX ? text.substring(0, SUMMARY_MAX - 1).strip() + "…" : text;
    }

    /** The concept, then each partner with its role, responsibilities and benefits, as Markdown. */
    private String story(PartnershipDetails p, Locale locale) {
        var story = new StringBuilder();
        if (hasText(p.concept())) {
            story.append("## ")
                    .append(messages.getMessage("practice.fromPartnership.concept", null, locale))
                    .append("\n\n")
                    .append(p.concept().strip())
                    .append("\n\n");
        }
        if (!p.parties().isEmpty()) {
            story.append("## ")
                    .append(messages.getMessage("practice.fromPartnership.partners", null, locale))
                    .append("\n\n");
            for (var party : p.parties()) {
                story.append("- **")
                        .append(markdownSafe(partyName(party, locale)))
                        .append("**");
                var details = Stream.of(party.role(), party.responsibilities(), party.benefits())
                        .filter(PartnershipPracticeService::hasText)
                        .map(s -> markdownSafe(s.strip()))
                        .toList();
                if (!details.isEmpty()) {
                    story.append(" — ").append(String.join("; ", details));
                }
                story.append('\n');
            }
            story.append('\n');
        }
        if (hasText(p.channels())) {
            story.append("## ")
                    .append(messages.getMessage("practice.fromPartnership.communication", null, locale))
                    .append("\n\n")
                    .append(p.channels().strip())
                    .append('\n');
        }
        return story.toString().strip();
    }

    /**
     * A party as a practice names it: an organisation by its name, a person (a partner of type "individual") only as
     * "a volunteer", since a practice is public and the person agreed to be in the directory, not in a story. The
     * author may still name them in the text once they agree.
     */
    private String partyName(PartnershipDetails.PartyView party, Locale locale) {
        return "INDIVIDUAL".equals(party.partnerType())
                ? messages.getMessage("practice.fromPartnership.individual", null, locale)
                : party.organisationName();
    }

    private static String markdownSafe(String text) {
        return text == null
                ? ""
                : text.replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1").replaceAll("\\s+", " ");
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    private static String firstText(String... values) {
        return Stream.of(values)
                .filter(Objects::nonNull)
                .filter(PartnershipPracticeService::hasText)
                .findFirst()
                .orElse("");
    }
}
