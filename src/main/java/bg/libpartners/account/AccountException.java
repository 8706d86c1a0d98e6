package bg.libpartners.account;

import bg.libpartners.platform.BadRequestException;

/** A rule of accounts was broken; the field says where, the message key says what, in the asker's language. */
public class AccountException extends BadRequestException {

    public AccountException(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }

    public String getField() {
        return getParameter();
    }
}
