package bg.libpartners.survey;

import bg.libpartners.account.AccountService;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.account.Scope;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** The demo people, the demo librarian's library and another library of Пловдив, and campaigns to them. */
@Component
public class SurveyFixtures {

    final UserDetailsService users;
    final AccountService accounts;
    final Directory directory;
    final CampaignService campaigns;
    final InventorySeeder inventory;

    @org.springframework.beans.factory.annotation.Autowired
    Answering answering;

    final InvitationMailer mails;
    final JdbcTemplate jdbc;

    SurveyFixtures(
            UserDetailsService users,
            AccountService accounts,
            Directory directory,
            CampaignService campaigns,
            InventorySeeder inventory,
            InvitationMailer mails,
            JdbcTemplate jdbc) {
        this.users = users;
        this.accounts = accounts;
        this.directory = directory;
        this.campaigns = campaigns;
        this.inventory = inventory;
        this.mails = mails;
        this.jdbc = jdbc;
    }

    public CurrentUser demo(Role role) {
        return (CurrentUser) users.loadUserByUsername(DemoAccounts.of(role).email());
    }

    public long library() {
        return Long.parseLong(
                demo(Role.LIBRARIAN).refs(ScopeKind.LIBRARY).iterator().next());
    }

    /** A library of Пловдив other than the demo librarian's, given a register e-mail. */
    public long otherLibrary(String email) {
        // a library of its own per e-mail, so that one test's accounts and mails do not meet another's
        var candidates = directory.list(OrganisationKind.LIBRARY, "PDV", null, PageRequest.of(0, 200)).stream()
                .filter(o -> o.id() != library())
                .toList();
        long other = candidates
                .get(Math.floorMod(email.hashCode(), candidates.size()))
                .id();
        jdbc.update("update organisation set emails = ? where id = ?", email, other);
        return other;
    }

    public CurrentUser user(String email, Role role, Scope scope) {
        if (accounts.idOf(email).isEmpty()) {
            accounts.create(email, email, role, "Survey-test-password-1", Locale.forLanguageTag("bg"), scope);
        }
        return (CurrentUser) users.loadUserByUsername(email);
    }

    public long inventoryId() {
        return inventory.inventoryId();
    }

    /** A campaign of the coordinator to the given organisations, from today for 30 days, launched. */
    public long launched(String title, List<Long> picked) {
        var coordinator = demo(Role.COORDINATOR);
        long id = campaigns.create(
                coordinator,
                new CampaignInput(
                        title,
                        "Проверка",
                        LocalDate.now(),
                        LocalDate.now().plusDays(30),
                        inventoryId(),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        picked,
                        List.of(7, 2)));
        campaigns.launch(coordinator, id);
        return id;
    }

    /** The first block's answer to {@code key} of the group, as saved for the link's organisation; null if none. */
    public String answered(String token, String group, String key) {
        var blocks = answering.byLink(token).values().groups().getOrDefault(group, List.of());
        var v = blocks.isEmpty() ? null : blocks.get(0).get(key);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    public String link(long campaign, long organisation) {
        var link = campaigns.issueLink(demo(Role.COORDINATOR), campaign, organisation);
        return link.substring(link.indexOf("/s/") + 3);
    }
}
