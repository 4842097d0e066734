package org.totalplace.reporting.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionRulesTest {

    private static final List<String> TOTALS = List.of("totalplace.spend.pilot-totals-changed.v1");

    @Test
    void shouldAcceptAnHttpsSubscriptionOfARegion() {
        assertThat(SubscriptionRules.check("GO North East", "https://go-ne.example/hooks", "North East", TOTALS))
                .isEmpty();
        assertThat(SubscriptionRules.check("GO London", "http://10.0.0.5:8080/in", "London", TOTALS)).isEmpty();
    }

    @Test
    void rejectsAUrlThatIsNotHttpOrHttps() {
        assertThat(SubscriptionRules.check("x", "ftp://go.example/in", "London", TOTALS))
                .extracting(SubscriptionRules.Rejection::field).containsExactly("url");
        assertThat(SubscriptionRules.check("x", "go.example/in", "London", TOTALS))
                .extracting(SubscriptionRules.Rejection::field).containsExactly("url");
        assertThat(SubscriptionRules.check("x", "https://user:pw@go.example/in", "London", TOTALS))
                .extracting(SubscriptionRules.Rejection::field).containsExactly("url");
    }

    @Test
    void rejectsAnUnknownRegionAndUnknownTypesNamingEach() {
        List<SubscriptionRules.Rejection> rejections = SubscriptionRules.check("x", "https://go.example/in",
                "Wales", List.of("totalplace.spend.pilot-totals-changed.v1", "totalplace.spend.totals-changed"));

        assertThat(rejections).extracting(SubscriptionRules.Rejection::field)
                .containsExactly("region", "eventTypes[1]");
    }

    @Test
    void rejectsABlankNameAndNoTypes() {
        assertThat(SubscriptionRules.check(" ", "https://go.example/in", "London", List.of()))
                .extracting(SubscriptionRules.Rejection::field).containsExactly("name", "eventTypes");
    }
}
