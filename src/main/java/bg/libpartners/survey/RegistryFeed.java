package bg.libpartners.survey;

import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.directory.OrganisationSummary;
import bg.libpartners.partnership.PartnershipInput;
import bg.libpartners.partnership.PartnershipService;
import bg.libpartners.platform.SqlInstants;
import bg.libpartners.taxonomy.ActivityField;
import bg.libpartners.taxonomy.Contribution;
import bg.libpartners.taxonomy.TargetGroup;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Submitted answers feed the registry: each block of the "partnerships" section becomes a draft partnership of the
 * lead library marked "reported in survey …", through the partnership module's public API. Partners are matched to
 * the directory (the one picked, else EIK, else name and settlement); one that matches nothing becomes a proposal
 * for the coordinator. {@code survey_reported} maps (campaign, organisation, block) to the partnership, so a new
 * submission updates the same record and never makes a second.
 */
@Component
class RegistryFeed {

    private final PartnershipService partnerships;
    private final Directory directory;
    private final JdbcTemplate jdbc;
    private final SqlInstants instants;
    private final MessageSource messages;
    private final Clock clock;

    RegistryFeed(
            PartnershipService partnerships,
            Directory directory,
            JdbcTemplate jdbc,
            SqlInstants instants,
            MessageSource messages,
            Clock clock) {
        this.partnerships = partnerships;
        this.directory = directory;
        this.jdbc = jdbc;
        this.instants = instants;
        this.messages = messages;
        this.clock = clock;
    }

    /** @return the ids of the partnerships written */
    List<Long> submitted(Campaign c, Invitation inv, Definition definition, Values values) {
        var blocks = values.groups().getOrDefault(Inventory.GROUP, List.of());
        if (definition.section(Inventory.GROUP).isEmpty() || blocks.isEmpty()) {
            return List.of();
        }
        Optional<Long> lead = "LIBRARY".equals(inv.kind())
                ? Optional.of(inv.organisationId())
                : directory.librariesOf(inv.organisationId()).stream()
                        .map(OrganisationSummary::id)
                        .findFirst();
        if (lead.isEmpty()) {
            return List.of();
        }
        String mark = messages.getMessage("survey.reported.mark", new Object[] {c.getTitle()}, Inventory.BG);
        var written = new ArrayList<Long>();
        for (int i = 0; i < blocks.size(); i++) {
            var block = blocks.get(i);
            String title = first(block, "title");
            if (title == null) {
                continue;
            }
            int item = i + 1;
            var parties = parties(c, inv, lead.get(), item, block);
            var input = new PartnershipInput(
                    cut(title, 300),
                    lead.get(),
                    enums(TargetGroup.class, block.get("target")),
                    enums(ActivityField.class, block.get("field")),
                    null,
                    cut(first(block, "story"), 4000),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    since(first(block, "since")),
                    null,
                    parties,
                    null);
            Long existing = jdbc
                    .query(
                            "select partnership_id from survey_reported where campaign_id = ?"
                                    + " and organisation_id = ? and item_index = ?",
                            (rs, n) -> rs.getLong(1),
                            c.getId(),
                            inv.organisationId(),
                            item)
                    .stream()
                    .findFirst()
                    .orElse(null);
            long id = partnerships.recordReported(existing, input, mark);
            var now = instants.bind(clock.instant());
            if (existing == null) {
                jdbc.update(
                        "insert into survey_reported (campaign_id, organisation_id, item_index, partnership_id,"
                                + " updated_at) values (?, ?, ?, ?, ?)",
                        c.getId(),
                        inv.organisationId(),
                        item,
                        id,
                        now);
            } else {
                jdbc.update(
                        "update survey_reported set partnership_id = ?, updated_at = ? where campaign_id = ?"
                                + " and organisation_id = ? and item_index = ?",
                        id,
                        now,
                        c.getId(),
                        inv.organisationId(),
                        item);
            }
            written.add(id);
        }
        return written;
    }

    private List<PartnershipInput.PartyInput> parties(
            Campaign c, Invitation inv, long lead, int item, Map<String, List<String>> block) {
        var seen = new LinkedHashSet<Long>();
        var parties = new ArrayList<PartnershipInput.PartyInput>();
        for (int n = 1; n <= Inventory.PARTNER_SLOTS; n++) {
            String p = "partner" + n + "_";
            Long org = first(block, p + "org") == null ? null : Long.valueOf(first(block, p + "org"));
            String name = first(block, p + "name");
            if (org == null && name != null) {
                String eik = first(block, p + "eik");
                var match =
                        directory.findByEik(eik).or(() -> directory.findByNameIn(name, first(block, p + "settlement")));
                org = match.map(OrganisationSummary::id).orElseGet(() -> propose(c, inv, item, block, p, name, eik));
            } else if (org == null) {
                jdbc.update(
                        "delete from survey_partner_proposal where campaign_id = ? and organisation_id = ?"
                                + " and item_index = ? and slot = ? and status = 'PROPOSED'",
                        c.getId(),
                        inv.organisationId(),
                        item,
                        slotOf(p));
            }
            if (org != null && org != lead && seen.add(org)) {
                parties.add(new PartnershipInput.PartyInput(
                        org,
                        null,
                        null,
                        enums(Contribution.class, block.get(p + "contribution")),
                        null,
                        null,
                        null,
                        null));
            }
        }
        return parties;
    }

    /** A partner that matched nothing: proposed (again) to the coordinator, or the organisation they decided on. */
    private Long propose(
            Campaign c, Invitation inv, int item, Map<String, List<String>> block, String p, String name, String eik) {
        int slot = slotOf(p);
        var decided = jdbc.query(
                "select status, resolved_id, name from survey_partner_proposal where campaign_id = ?"
                        + " and organisation_id = ? and item_index = ? and slot = ?",
                (rs, n) -> new Object[] {rs.getString(1), rs.getObject(2), rs.getString(3)},
                c.getId(),
                inv.organisationId(),
                item,
                slot);
        if (!decided.isEmpty()) {
            var row = decided.get(0);
            boolean sameName = name.equalsIgnoreCase((String) row[2]);
            if (sameName && row[1] != null) {
                return ((Number) row[1]).longValue();
            }
            if (sameName && "REJECTED".equals(row[0])) {
                return null;
            }
            jdbc.update(
                    "update survey_partner_proposal set name = ?, eik = ?, settlement = ?, partner_type = ?,"
                            + " status = 'PROPOSED', resolved_id = null, decided_by = null, decided_at = null"
                            + " where campaign_id = ? and organisation_id = ? and item_index = ? and slot = ?",
                    cut(name, 500),
                    cut(eik, 13),
                    cut(first(block, p + "settlement"), 200),
                    first(block, p + "type"),
                    c.getId(),
                    inv.organisationId(),
                    item,
                    slot);
            return null;
        }
        jdbc.update(
                "insert into survey_partner_proposal (campaign_id, organisation_id, item_index, slot, name, eik,"
                        + " settlement, partner_type, oblast_code, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PROPOSED')",
                c.getId(),
                inv.organisationId(),
                item,
                slot,
                cut(name, 500),
                cut(eik, 13),
                cut(first(block, p + "settlement"), 200),
                first(block, p + "type"),
                inv.oblastCode());
        return null;
    }

    static int slotOf(String prefix) {
        return Integer.parseInt(prefix.substring("partner".length(), prefix.length() - 1));
    }

    static String first(Map<String, List<String>> block, String key) {
        var v = block.get(key);
        return v == null || v.isEmpty() || v.get(0).isBlank() ? null : v.get(0).trim();
    }

    static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> codes) {
        var set = EnumSet.noneOf(type);
        if (codes != null) {
            for (var code : codes) {
                try {
                    set.add(Enum.valueOf(type, code));
                } catch (IllegalArgumentException e) {
                    // a code of an older questionnaire version that the taxonomy no longer has
                }
            }
        }
        return set;
    }

    static LocalDate since(String year) {
        try {
            return year == null ? null : LocalDate.of(Integer.parseInt(year), 1, 1);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String cut(String s, int max) {
        return CampaignService.cut(s, max);
    }

    static boolean isPartner(OrganisationSummary o) {
        return o.kind() == OrganisationKind.PARTNER;
    }
}
