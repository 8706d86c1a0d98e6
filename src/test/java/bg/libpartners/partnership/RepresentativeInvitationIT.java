package bg.libpartners.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.InvitationService;
import bg.libpartners.account.Role;
import bg.libpartners.account.Scope;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.account.TestPeople;
import bg.libpartners.directory.Directory;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
@Import(PartnershipFixtures.class)
class RepresentativeInvitationIT {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(bg.libpartners.TestMail.SMTP).withPerMethodLifecycle(false);

    @Autowired
    MockMvc mvc;

    @Autowired
    PartnershipFixtures fx;

    @Autowired
    PartnershipService service;

    @Autowired
    PartnershipCatalog catalog;

    @Autowired
    InvitationService invitations;

    @Autowired
    Directory directory;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestPeople people;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    @Test
    void librarianInvitesTheRepresentativeWhoThenSeesOnlyThatPartnershipAndConfirms() throws Exception {
        long id = fx.create("Покана за представител");
        var librarian = fx.demo(Role.LIBRARIAN);
        var party = service.get(librarian, id).parties().get(0);
        var email = "predstavitel@example.bg";

        mvc.perform(post("/partnerships/" + id + "/parties/" + party.id() + "/invite")
                        .with(user(librarian))
                        .with(csrf())
                        .param("email", email))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "partnership.notice.invited"));
        var received = mail.getReceivedMessagesForDomain("example.bg");
        assertThat(received).hasSize(1);
        var matcher = Pattern.compile("/invitations/([A-Za-z0-9_-]+)").matcher((String) received[0].getContent());
        assertThat(matcher.find()).isTrue();
        var view = invitations.open(matcher.group(1));
        assertThat(view.role()).isEqualTo(Role.PARTNER);
        assertThat(view.scope())
                .as("that party of that partnership, not the organisation")
                .isEqualTo(Scope.of(ScopeKind.PARTY, party.id()));

        var representative = invitations.accept(matcher.group(1), "Представител", "дълга-парола-2026!");
        assertThat(service.get(representative, id).title()).isEqualTo("Покана за представител");
        assertThat(catalog.list(representative, new PartnershipFilter(null, null, null, null), 0, 100)
                        .items())
                .allMatch(r -> service.get(representative, r.id()).parties().stream()
                        .anyMatch(x -> x.organisationId() == party.organisationId()));
        service.confirm(representative, id, party.id());
        assertThat(service.get(librarian, id).parties().get(0).confirmed()).isTrue();
    }

    /**
     * Invited from a partnership, a representative has rights there only: not on the organisation's record nor its
     * other partnerships. They ask for those; a librarian or a coordinator of another oblast cannot grant them, the
     * coordinator of the organisation's oblast can (and its existing representative can decline).
     */
    @Test
    void aRepresentativeInvitedFromAPartnershipGetsThatPartnershipOnlyUntilTheOrganisationIsApproved()
            throws Exception {
        long id = fx.create("Само това партньорство");
        long other = fx.create("Друго партньорство на същата организация");
        var librarian = fx.demo(Role.LIBRARIAN);
        var party = service.get(librarian, id).parties().get(0);
        long orgId = party.organisationId();
        var representative = invite(id, party.id(), "samo-tuk@example.net");
        var before = directory.details(fx.demo(Role.ADMIN), orgId);

        assertThat(service.get(representative, id).title()).isEqualTo("Само това партньорство");
        assertThat(catalog.list(representative, new PartnershipFilter(null, null, null, null), 0, 100)
                        .items())
                .extracting(PartnershipRow::id)
                .containsExactly(id);
        assertThatThrownBy(() -> service.get(representative, other)).isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("/partnerships/" + other).with(user(representative))).andExpect(status().isForbidden());
        service.confirm(representative, id, party.id());
        service.comment(representative, id, party.id(), "Потвърждаваме ролята си.");
        assertThatThrownBy(() -> service.confirm(
                        representative,
                        other,
                        service.get(librarian, other).parties().get(0).id()))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(put("/api/v1/organisations/" + orgId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "name",
                                "Превзета организация",
                                "partnerType",
                                "EDUCATION",
                                "strategic",
                                "NATIONAL",
                                "strategicReason",
                                "x")))
                        .with(user(representative))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(directory.find(orgId).name()).isEqualTo(before.summary().name());

        // the organisation's page offers to ask; the request waits for someone who may grant it
        mvc.perform(get("/organisations/" + orgId).with(user(representative)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/organisations/" + orgId + "/representation")));
        var asked = mvc.perform(post("/api/v1/organisations/" + orgId + "/representation-requests")
                        .with(user(representative))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andReturn();
        long request = json.readTree(asked.getResponse().getContentAsString())
                .get("id")
                .asLong();

        var otherOblast = people.create(Role.COORDINATOR, Scope.of(ScopeKind.OBLAST, "VRC"));
        for (var stranger : new CurrentUser[] {librarian, otherOblast, representative}) {
            mvc.perform(post("/api/v1/representation-requests/" + request + "/approve")
                            .with(user(stranger))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/representation-requests").with(user(otherOblast)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        assertThat(reload(representative).covers(ScopeKind.ORGANISATION, orgId))
                .as("nothing granted")
                .isFalse();

        var coordinator = fx.demo(Role.COORDINATOR);
        mvc.perform(get("/representation-requests").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("samo-tuk@example.net")));
        mvc.perform(post("/api/v1/representation-requests/" + request + "/approve")
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/representation-requests/" + request + "/approve")
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isConflict());
        var approved = reload(representative);
        assertThat(approved.covers(ScopeKind.ORGANISATION, orgId)).isTrue();
        assertThat(directory.mayEdit(approved, orgId)).isTrue();
        assertThat(service.get(approved, other).title()).isEqualTo("Друго партньорство на същата организация");

        // another one asks; the organisation's existing representative declines on the page
        var second = invite(id, party.id(), "vtori@example.net");
        long secondRequest = json.readTree(
                        mvc.perform(post("/api/v1/organisations/" + orgId + "/representation-requests")
                                        .with(user(second))
                                        .with(csrf()))
                                .andExpect(status().isCreated())
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                .get("id")
                .asLong();
        mvc.perform(post("/representation-requests/" + secondRequest + "/decline")
                        .with(user(fx.demo(Role.PARTNER)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(reload(second).covers(ScopeKind.ORGANISATION, orgId)).isFalse();
    }

    private CurrentUser invite(long id, long partyId, String email) throws Exception {
        mvc.perform(post("/partnerships/" + id + "/parties/" + partyId + "/invite")
                        .with(user(fx.demo(Role.LIBRARIAN)))
                        .with(csrf())
                        .param("email", email))
                .andExpect(status().is3xxRedirection());
        var received = mail.getReceivedMessagesForDomain(email);
        assertThat(received).hasSize(1);
        var matcher = Pattern.compile("/invitations/([A-Za-z0-9_-]+)").matcher((String) received[0].getContent());
        assertThat(matcher.find()).isTrue();
        return invitations.accept(matcher.group(1), "Представител " + email, "дълга-парола-2026!");
    }

    private CurrentUser reload(CurrentUser someone) {
        return (CurrentUser) users.loadUserByUsername(someone.email());
    }

    @Test
    void onlyThoseWhoMayEditInvite() throws Exception {
        long id = fx.create("Покана без право");
        var party = service.get(fx.demo(Role.LIBRARIAN), id).parties().get(0);
        mvc.perform(post("/partnerships/" + id + "/parties/" + party.id() + "/invite")
                        .with(user(fx.demo(Role.PARTNER)))
                        .with(csrf())
                        .param("email", "drug@example.org"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/partnerships/" + id + "/parties/" + party.id() + "/invite")
                        .with(user(fx.demo(Role.LIBRARIAN)))
                        .with(csrf())
                        .param("email", "не-е-имейл"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("errorKey", "account.invite.emailInvalid"));
    }
}
