package bg.libpartners.account;

/**
 * The inviter may not hand out this scope: it names an oblast, library, chitalishte or organisation outside what they
 * hold. A 403 in the API; the invitation form shows it at the scope field.
 */
public class ScopeNotYoursException extends AccountException {

    ScopeNotYoursException(String messageKey) {
        super("scope", messageKey);
    }
}
