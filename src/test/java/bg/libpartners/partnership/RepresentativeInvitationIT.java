package bg.libpartners.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.InvitationService;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
@Import(PartnershipFixtures.class)
class RepresentativeInvitationIT {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    @Autowired MockMvc mvc;
    @Autowired PartnershipFixtures fx;
    @Autowired PartnershipService service;
    @Autowired PartnershipCatalog catalog;
    @Autowired InvitationService invitations;

    @Test
    void librarianInvitesTheRepresentativeWhoThenSeesOnlyThatPartnershipAndConfirms() throws Exception {
        long id = fx.create("Покана за представител");
        var librarian = fx.demo(Role.LIBRARIAN);
        var party = service.get(librarian, id).parties().get(0);
        var email = "predstavitel@example.bg";

        mvc.perform(post("/partnerships/" + id + "/parties/" + party.id() + "/invite").with(user(librarian))
                .with(csrf()).param("email", email)).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "partnership.notice.invited"));
        var received = mail.getReceivedMessagesForDomain("example.bg");
        assertThat(received).hasSize(1);
        var matcher = Pattern.compile("/invitations/([A-Za-z0-9_-]+)").matcher((String) received[0].getContent());
        assertThat(matcher.find()).isTrue();
        var view = invitations.open(matcher.group(1));
        assertThat(view.role()).isEqualTo(Role.PARTNER);
        assertThat(view.scope().kind()).isEqualTo(ScopeKind.ORGANISATION);
        assertThat(view.scope().ref()).isEqualTo(String.valueOf(party.organisationId()));

        var representative = invitations.accept(matcher.group(1), "Представител", "дълга-парола-2026!");
        assertThat(service.get(representative, id).title()).isEqualTo("Покана за представител");
        assertThat(catalog.list(representative, new PartnershipFilter(null, null, null, null), 0, 100).items())
                .allMatch(r -> service.get(representative, r.id()).parties().stream()
                        .anyMatch(x -> x.organisationId() == party.organisationId()));
        service.confirm(representative, id, party.id());
        assertThat(service.get(librarian, id).parties().get(0).confirmed()).isTrue();
    }

    @Test
    void onlyThoseWhoMayEditInvite() throws Exception {
        long id = fx.create("Покана без право");
        var party = service.get(fx.demo(Role.LIBRARIAN), id).parties().get(0);
        mvc.perform(post("/partnerships/" + id + "/parties/" + party.id() + "/invite")
                .with(user(fx.demo(Role.PARTNER))).with(csrf()).param("email", "drug@example.org"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/partnerships/" + id + "/parties/" + party.id() + "/invite")
                .with(user(fx.demo(Role.LIBRARIAN))).with(csrf()).param("email", "не-е-имейл"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("errorKey", "account.invite.emailInvalid"));
    }
}
