package bg.libpartners.account;

/** The one password rule: long enough to resist guessing; no composition rules that push people to patterns. */
final class Passwords {

    static final int MIN_LENGTH = 10;

    private Passwords() {}

    static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new AccountException("password", "account.password.tooShort");
        }
        if (password.length() > 200) {
            throw new AccountException("password", "account.password.tooLong");
        }
    }
}
