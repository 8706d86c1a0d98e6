package bg.libpartners.funding;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.SignedInPickSource;
import bg.libpartners.platform.pick.Choice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The application form's partnership picker ({@code application-partnership}): the partnerships the applicant library
 * leads. The form sends its library ({@code libraryId}); without it, the partnerships of every library the person
 * acts for. {@link ApplicationService} checks the choice again on save.
 */
@Component
class FundingPickSource extends SignedInPickSource {

    static final String KIND = "application-partnership";

    private final ApplicationService applications;

    FundingPickSource(ApplicationService applications) {
        super(KIND);
        this.applications = applications;
    }

    @Override
    protected List<Choice> suggest(CurrentUser me, String q, int limit) {
        var libraries = new ArrayList<Long>();
        var asked = requestedLibrary();
        if (asked != null && FundingAccess.actsFor(me, asked)) {
            libraries.add(asked);
        } else {
            applications.librariesOf(me).forEach(l -> libraries.add(l.id()));
        }
        var choices = new ArrayList<Choice>();
        for (var library : libraries) {
            choices.addAll(applications.suggestPartnerships(me, library, q, limit));
        }
        return choices.stream().limit(limit).toList();
    }

    @Override
    protected Optional<Choice> find(CurrentUser me, long id) {
        return applications.partnershipChoice(me, id);
    }

    private static Long requestedLibrary() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var value = attributes.getRequest().getParameter("libraryId");
            if (value != null && value.matches("\\d{1,18}")) {
                return Long.parseLong(value);
            }
        }
        return null;
    }
}
