package bg.libpartners.directory;

/**
 * The Bulgarian company identifier (ЕИК/БУЛСТАТ): 9 digits for a legal entity, 13 for a branch, each ending in a
 * check digit. A value is checked as written; it is never "fixed" (a lost leading zero stays a fault to report).
 */
public final class Eik {

    private static final int[] W9 = {1, 2, 3, 4, 5, 6, 7, 8};
    private static final int[] W9_ALT = {3, 4, 5, 6, 7, 8, 9, 10};
    private static final int[] W13 = {2, 7, 3, 5};
    private static final int[] W13_ALT = {4, 9, 5, 7};

    private Eik() {}

    public static boolean isValid(String value) {
        if (value == null || !value.matches("\\d{9}|\\d{13}")) {
            return false;
        }
        int[] d = value.chars().map(c -> c - '0').toArray();
        if (checkDigit(d, 0, W9, W9_ALT) != d[8]) {
            return false;
        }
        return d.length == 9 || checkDigit(d, 8, W13, W13_ALT) == d[12];
    }

    /** The nine-digit EIK that the first eight digits make with their check digit (for generated and demo data). */
    public static String complete(String firstEight) {
        if (firstEight == null || !firstEight.matches("\\d{8}")) {
            throw new IllegalArgumentException("eight digits expected");
        }
        int[] d = (firstEight + "0").chars().map(c -> c - '0').toArray();
        return firstEight + checkDigit(d, 0, W9, W9_ALT);
    }

    private static int checkDigit(int[] digits, int from, int[] weights, int[] alternative) {
        int sum = weightedSum(digits, from, weights) % 11;
        if (sum != 10) {
            return sum;
        }
        sum = weightedSum(digits, from, alternative) % 11;
        return sum == 10 ? 0 : sum;
    }

    private static int weightedSum(int[] digits, int from, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digits[from + i] * weights[i];
        }
        return sum;
    }
}
