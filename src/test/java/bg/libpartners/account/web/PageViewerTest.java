package bg.libpartners.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class PageViewerTest {

    private final PageViewer viewer = new PageViewer();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aVisitorIsNotSignedInAndHoldsNoRole() {
        assertThat(viewer.signedIn()).isFalse();
        assertThat(viewer.hasAnyRole("ADMIN")).isFalse();
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "k", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(viewer.signedIn()).isFalse();
        assertThat(viewer.hasAnyRole("ANONYMOUS")).isFalse();
    }

    @Test
    void rolesAreMatchedWholeAsHasAnyRoleMatchesThem() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "c", null, AuthorityUtils.createAuthorityList("ROLE_COORDINATOR")));
        assertThat(viewer.signedIn()).isTrue();
        assertThat(viewer.hasAnyRole("ADMIN", "COORDINATOR")).isTrue();
        assertThat(viewer.hasAnyRole("ADMIN")).isFalse();
        // a role that ends like another is not that role
        assertThat(viewer.hasAnyRole("ORDINATOR")).isFalse();
        assertThat(viewer.hasAnyRole(List.of().toArray(String[]::new))).isFalse();
    }
}
