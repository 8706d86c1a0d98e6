package bg.libpartners.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EikTest {

    @Test
    void acceptsNineDigitEiksWithTheirCheckDigit() {
        assertThat(Eik.isValid("000455980")).isTrue(); // НЧ „Съзнание 1873“, Брестовица, as in the register
        assertThat(Eik.isValid("831609046")).isTrue();
        assertThat(Eik.isValid("121759222")).isTrue();
    }

    @Test
    void usesTheSecondWeightsWhenTheFirstSumLeavesTen() {
        // 17620092: the first weights leave 10, the second 9
        assertThat(Eik.complete("17620092")).isEqualTo("176200929");
        assertThat(Eik.isValid("176200929")).isTrue();
        // 17620105: both leave 10, so the check digit is 0
        assertThat(Eik.complete("17620105")).isEqualTo("176201050");
        assertThat(Eik.isValid("176201051")).isFalse();
    }

    @Test
    void rejectsAWrongCheckDigitOrLength() {
        assertThat(Eik.isValid("000455981")).isFalse();
        assertThat(Eik.isValid("00000000")).isFalse();
        assertThat(Eik.isValid("12345678")).isFalse();
        assertThat(Eik.isValid("1234567890")).isFalse();
        assertThat(Eik.isValid("12345678A")).isFalse();
        assertThat(Eik.isValid(null)).isFalse();
    }

    @Test
    void checksBothDigitsOfAThirteenDigitBulstat() {
        var nine = Eik.complete("83160904");
        assertThat(nine).isEqualTo("831609046");
        var valid = thirteen(nine, "001");
        assertThat(Eik.isValid(valid)).isTrue();
        var last = valid.charAt(12) - '0';
        assertThat(Eik.isValid(valid.substring(0, 12) + ((last + 1) % 10))).isFalse();
        // a valid branch suffix on an invalid nine-digit root is still invalid
        assertThat(Eik.isValid("831609047" + valid.substring(9))).isFalse();
    }

    /** The branch check digit computed independently of the class under test. */
    private static String thirteen(String nine, String branch) {
        int[] d = (nine + branch).chars().map(c -> c - '0').toArray();
        int[] w = {2, 7, 3, 5};
        int[] w2 = {4, 9, 5, 7};
        int sum = 0;
        for (int i = 0; i < 4; i++) {
            sum += d[8 + i] * w[i];
        }
        int check = sum % 11;
        if (check == 10) {
            sum = 0;
            for (int i = 0; i < 4; i++) {
                sum += d[8 + i] * w2[i];
            }
            check = sum % 11 == 10 ? 0 : sum % 11;
        }
        return nine + branch + check;
    }
}
