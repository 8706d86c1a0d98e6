package bg.libpartners.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.AccountService;
import bg.libpartners.account.Role;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The per-address sign-in throttle: one address guessing many accounts is stopped, the same account elsewhere is not. */
@IntegrationTest
@AutoConfigureMockMvc
class SignInThrottleIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    ThrottleService throttles;

    @Autowired
    ThrottleProperties limits;

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    static MockHttpServletRequestBuilder signIn(String email, String password, String address) {
        return post("/login")
                .param("username", email)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    @Test
    void oneAddressGuessingManyAccountsIsThrottledWhileTheAccountStillSignsInFromElsewhere() throws Exception {
        var email = unique("shared");
        accounts.create(email, "Shared", Role.EXPERT, "shared right password", Locale.ENGLISH);
        var attacker = "10.18.0.1";
        // All but one of the address's allowance spent at once (each a different unknown account), the last one
        // through the sign-in form: a refill of the allowance during slow password checks cannot blur the edge.
        for (int i = 1; i < limits.signInPerAddress(); i++) {
            throttles.trySignIn(unique("guess"), attacker);
        }
        mvc.perform(signIn(unique("guess"), "whatever12345", attacker)).andExpect(redirectedUrl("/login?error"));

        mvc.perform(signIn(email, "shared right password", attacker))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrlPattern("/login?throttled=*"));
        mvc.perform(signIn(email, "shared right password", "10.18.0.2")).andExpect(authenticated());
    }
}
