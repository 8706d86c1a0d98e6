package bg.libpartners.directory;

import org.springframework.security.access.AccessDeniedException;

/**
 * Marking an organisation a national strategic partner (or taking the mark away) is for coordinators and admins only:
 * it puts the organisation into every library's suggestions. A 403; the API and the form name the field.
 */
public class NationalPartnerNotAllowedException extends AccessDeniedException {

    public static final String FIELD = "strategic";
    public static final String MESSAGE_KEY = "directory.error.strategicNational";

    NationalPartnerNotAllowedException() {
        super(MESSAGE_KEY);
    }
}
