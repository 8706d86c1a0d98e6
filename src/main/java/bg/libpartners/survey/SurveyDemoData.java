package bg.libpartners.survey;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.platform.LibPartnersProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * In demo mode, one campaign of the inventory in progress (marked demo) to the libraries of Пловдив and two more
 * oblasts: a few drafts with reported partnerships, one submitted answer, the rest not yet answered; its invitations
 * are not mailed. Submitted demo answers report no partnerships, so the demo registry keeps only the seed's examples.
 */
@Component
@Order(50)
class SurveyDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SurveyDemoData.class);
    static final String TITLE = "Проучване на съществуващите партньорства (демонстрация)";
    private static final CurrentUser SYSTEM = new CurrentUser(
            null, "demo", "LibPartners", Role.ADMIN, Set.of(), null, true, false, Locale.forLanguageTag("bg"));

    private final LibPartnersProperties properties;
    private final Directory directory;
    private final CampaignService campaigns;
    private final Answering answering;
    private final InventorySeeder inventory;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SurveyDemoData(
            LibPartnersProperties properties,
            Directory directory,
            CampaignService campaigns,
            Answering answering,
            InventorySeeder inventory,
            JdbcTemplate jdbc,
            Clock clock) {
        this.properties = properties;
        this.directory = directory;
        this.campaigns = campaigns;
        this.answering = answering;
        this.inventory = inventory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo() || jdbc.queryForObject("select count(*) from survey_campaign", Long.class) > 0) {
            return;
        }
        try {
            create();
        } catch (RuntimeException e) {
            log.warn("The demo survey was not created: {}", e.getMessage());
        }
    }

    private void create() {
        var oblasts = new LinkedHashSet<String>();
        oblasts.add("PDV");
        directory.list(OrganisationKind.LIBRARY, null, null, PageRequest.of(0, 500)).stream()
                .map(o -> o.oblastCode())
                .filter(o -> o != null)
                .distinct()
                .limit(3)
                .forEach(oblasts::add);
        var today = LocalDate.now(clock.withZone(SurveyClock.SOFIA));
        long id = campaigns.create(
                SYSTEM,
                new CampaignInput(
                        TITLE,
                        "Проучване на съществуващите партньорства при целевите библиотеки по програмата.",
                        today.minusDays(10),
                        today.plusDays(20),
                        inventory.inventoryId(),
                        oblasts.stream().limit(3).collect(java.util.stream.Collectors.toSet()),
                        Set.of(),
                        Set.of("LIBRARY"),
                        Set.of(),
                        List.of(),
                        List.of(7, 2)),
                true);
        int invited = campaigns.launch(SYSTEM, id);
        // the demo mails nobody; those without an address stay NO_ADDRESS, to show how links are handed over
        jdbc.update(
                "update survey_invitation set mail_state = 'NONE' where campaign_id = ? and mail_state = 'PENDING'",
                id);
        var orgs = jdbc.queryForList(
                "select organisation_id from survey_invitation where campaign_id = ?"
                        + " and has_account = false order by organisation_id",
                Long.class,
                id);
        for (int i = 0; i < Math.min(4, orgs.size()); i++) {
            var inv = answering.invitationsOf(id, orgs.get(i));
            if (i == 0) {
                answering.saveAs(inv, values(false), null, true);
            } else {
                answering.saveAs(inv, values(true), null, false);
            }
        }
        log.info("Demo survey {} launched to {} libraries", id, invited);
    }

    private static Values values(boolean partnerships) {
        var plain = new LinkedHashMap<String, List<String>>();
        plain.put("respondent", List.of("Библиотекар"));
        plain.put("has_partnerships", List.of(partnerships ? "YES" : "NO"));
        Map<String, List<Map<String, List<String>>>> groups = new LinkedHashMap<>();
        if (partnerships) {
            var block = new LinkedHashMap<String, List<String>>();
            block.put("title", List.of("Лятно четене с децата от селото"));
            block.put("partner1_name", List.of("Кметство"));
            block.put("partner1_type", List.of("PUBLIC_BODY"));
            block.put("partner1_contribution", List.of("PREMISES", "MONEY"));
            block.put("field", List.of("READING"));
            block.put("target", List.of("CHILDREN"));
            block.put("since", List.of("2019"));
            block.put("agreement", List.of("NO"));
            block.put("principle_common_goals", List.of("YES"));
            groups.put(Inventory.GROUP, List.of(block));
        }
        return new Values(plain, groups);
    }
}
