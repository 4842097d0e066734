package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Partner bodies matched to submissions by name, code or id, ignoring case and spacing only. */
class PartnerBodyMatchTest {

    private static final PartnerBodyMatch.Expected GATESHEAD = new PartnerBodyMatch.Expected(UUID.randomUUID(),
            "Gateshead Council", "LOCAL_AUTHORITY", "E08000037");
    private static final PartnerBodyMatch.Expected PCT = new PartnerBodyMatch.Expected(UUID.randomUUID(),
            "Gateshead Primary Care Trust", "PRIMARY_CARE_TRUST", "5KF");
    private static final PartnerBodyMatch.Expected POLICE = new PartnerBodyMatch.Expected(UUID.randomUUID(),
            "Northumbria Police Authority", "POLICE_AUTHORITY", null);

    private static PartnerBodyMatch.Offered submission(String body) {
        return new PartnerBodyMatch.Offered(UUID.randomUUID(), body, "DRAFT");
    }

    @Test
    void shouldMatchByNameIgnoringCaseAndRepeatedSpaces() {
        assertThat(PartnerBodyMatch.belongsTo("  GATESHEAD   council ", GATESHEAD)).isTrue();
        assertThat(PartnerBodyMatch.belongsTo("Gateshead\tCouncil", GATESHEAD)).isTrue();
    }

    @Test
    void shouldMatchByCodeOrId() {
        assertThat(PartnerBodyMatch.belongsTo("5kf", PCT)).isTrue();
        assertThat(PartnerBodyMatch.belongsTo(POLICE.bodyId().toString().toUpperCase(), POLICE)).isTrue();
    }

    @Test
    void shouldNotMatchANearMiss() {
        assertThat(PartnerBodyMatch.belongsTo("Gateshead MBC", GATESHEAD)).isFalse();
        assertThat(PartnerBodyMatch.belongsTo("Gateshead Council (revenue)", GATESHEAD)).isFalse();
        assertThat(PartnerBodyMatch.belongsTo("", POLICE)).isFalse();
    }

    @Test
    void shouldListMissingBodiesPresentOnesAndSubmissionsMatchingNone() {
        PartnerBodyMatch.Offered council = submission("Gateshead Council");
        PartnerBodyMatch.Offered councilAgain = submission("gateshead council");
        PartnerBodyMatch.Offered stray = submission("Gateshead MBC");

        PartnerBodyMatch.Result result = PartnerBodyMatch.match(List.of(GATESHEAD, PCT, POLICE),
                List.of(council, councilAgain, stray));

        assertThat(result.missing()).containsExactly(PCT, POLICE);
        assertThat(result.present()).hasSize(1);
        assertThat(result.present().get(0).body()).isEqualTo(GATESHEAD);
        assertThat(result.present().get(0).submissions()).containsExactly(council, councilAgain);
        assertThat(result.unmatched()).containsExactly(stray);
    }
}
