package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CategoryRuleTest {

    /** The definition the hand-written normalisation must keep: strip, runs of \s to one space, lower case. */
    private static String byRegex(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    @Test
    void shouldNormaliseCategoriesAsTheRegularExpressionDefinitionDoes() {
        for (String text : new String[] {"", " ", "Adult Social Care", "  ADULT\t\tsocial \n care  ", "a \u000B b",
                "a\u00A0 b", "\u2003Libraries\u2003", "x\r\ny", "single space", "two  spaces", "trailing\t"}) {
            assertThat(CategoryRule.normal(text)).as("'%s'", text).isEqualTo(byRegex(text));
        }
    }

    @Test
    void shouldNormaliseRandomTextAsTheRegularExpressionDefinitionDoes() {
        char[] alphabet = {'a', 'B', ' ', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '\u2003', 'é', 'İ'};
        Random random = new Random(20091201);
        for (int n = 0; n < 20_000; n++) {
            char[] text = new char[random.nextInt(12)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String value = new String(text);
            assertThat(CategoryRule.normal(value)).as("'%s'", value).isEqualTo(byRegex(value));
        }
    }
}
