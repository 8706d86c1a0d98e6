package bg.libpartners.geography;

/** How much a match of a register's name to a settlement is trusted, most first. */
enum MatchTier {
    EXACT,
    ALIAS,
    LOOSE,
    SUFFIX,
    TYPO;

    /** The tiers used outside the named municipality, where a guess would travel too far. */
    static final MatchTier[] STRICT = {EXACT, ALIAS, LOOSE};

    boolean matches(SettlementName name, String variantKey) {
        return switch (this) {
            case EXACT -> name.reason() == null && name.key().equals(variantKey);
            case ALIAS -> name.reason() != null && name.key().equals(variantKey);
            case LOOSE -> name.loose().equals(PlaceNames.looseKey(variantKey));
            // "Пасарел" for "Долни Пасарел": the register dropped a qualifier
            case SUFFIX -> name.reason() == null && name.key().endsWith(" " + variantKey);
            // one letter typed wrong ("Косталево" for "Костелево"); only in long names, where it cannot hit another
            case TYPO ->
                name.reason() == null
                        && variantKey.length() >= 6
                        && oneEditApart(name.loose(), PlaceNames.looseKey(variantKey));
        };
    }

    private static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int start = 0;
        while (start < a.length() && start < b.length() && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        int endA = a.length();
        int endB = b.length();
        while (endA > start && endB > start && a.charAt(endA - 1) == b.charAt(endB - 1)) {
            endA--;
            endB--;
        }
        return endA - start <= 1 && endB - start <= 1;
    }
}
