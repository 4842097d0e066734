package org.totalplace.pilots.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartnerBodyRulesTest {

    @Test
    void shouldAllowAMetropolitanDistrictWithItsGssCode() {
        PartnerBodyDetails gateshead = new PartnerBodyDetails("Gateshead Council", PartnerBodyType.LOCAL_AUTHORITY,
                LocalAuthorityTier.METROPOLITAN_DISTRICT, "E08000037", Region.NORTH_EAST);

        assertThat(PartnerBodyRules.check(gateshead)).isEmpty();
    }

    @Test
    void shouldRequireATierOfALocalAuthority() {
        RuleDecision decision = PartnerBodyRules.checkTier(PartnerBodyType.LOCAL_AUTHORITY, null);

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("tier");
        assertThat(decision.reason()).contains("LOCAL_AUTHORITY must give its tier").contains("LONDON_BOROUGH");
    }

    @ParameterizedTest
    @EnumSource(value = PartnerBodyType.class, names = "LOCAL_AUTHORITY", mode = EnumSource.Mode.EXCLUDE)
    void shouldForbidATierForAnyOtherType(PartnerBodyType type) {
        RuleDecision decision = PartnerBodyRules.checkTier(type, LocalAuthorityTier.COUNTY);

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("tier");
        assertThat(decision.reason()).contains("a " + type + " must not give one");
    }

    @ParameterizedTest
    @EnumSource(value = PartnerBodyType.class, names = "LOCAL_AUTHORITY", mode = EnumSource.Mode.EXCLUDE)
    void shouldAllowAnyOtherTypeWithoutATier(PartnerBodyType type) {
        assertThat(PartnerBodyRules.checkTier(type, null).allowed()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"E0800003", "E080000370", "X08000037", "08000037", "GATESHEAD", "E08-00037"})
    void shouldRejectALocalAuthorityCodeThatIsNotAGssCode(String code) {
        RuleDecision decision = PartnerBodyRules.checkCode(PartnerBodyType.LOCAL_AUTHORITY,
                LocalAuthorityTier.METROPOLITAN_DISTRICT, code);

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("code");
        assertThat(decision.reason()).contains("'" + code + "' is not an ONS GSS code");
    }

    @ParameterizedTest
    @CsvSource({"E10000031, COUNTY", "E07000222, DISTRICT", "E06000055, UNITARY", "E08000026, METROPOLITAN_DISTRICT",
            "E09000023, LONDON_BOROUGH", "E09000001, LONDON_BOROUGH"})
    void shouldAcceptAnEnglishGssCodeOfTheGivenTier(String code, LocalAuthorityTier tier) {
        assertThat(PartnerBodyRules.checkCode(PartnerBodyType.LOCAL_AUTHORITY, tier, code).allowed()).isTrue();
    }

    @Test
    void shouldRejectAnEnglishGssCodeOfAnotherTier() {
        RuleDecision decision = PartnerBodyRules.checkCode(PartnerBodyType.LOCAL_AUTHORITY,
                LocalAuthorityTier.UNITARY, "E08000037");

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("code");
        assertThat(decision.reason()).contains("METROPOLITAN_DISTRICT (prefix E08)").contains("UNITARY (prefix E06)");
    }

    @Test
    void shouldRejectAnEnglishGssCodeThatIsNoCouncil() {
        RuleDecision decision = PartnerBodyRules.checkCode(PartnerBodyType.LOCAL_AUTHORITY,
                LocalAuthorityTier.COUNTY, "E12000001");

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.reason()).contains("not the code of an English local authority");
    }

    @Test
    void shouldAcceptACouncilCodeOfAnotherNationWhateverTheTier() {
        assertThat(PartnerBodyRules.checkCode(PartnerBodyType.LOCAL_AUTHORITY, LocalAuthorityTier.UNITARY,
                "W06000015").allowed()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5LG", "5NT", "TAK"})
    void shouldAcceptAThreeCharacterOdsCodeOfAPrimaryCareTrust(String code) {
        assertThat(PartnerBodyRules.checkCode(PartnerBodyType.PRIMARY_CARE_TRUST, null, code).allowed()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5L", "5LGX", "E08000037", "5-G"})
    void shouldRejectAPrimaryCareTrustCodeThatIsNotAnOdsCode(String code) {
        RuleDecision decision = PartnerBodyRules.checkCode(PartnerBodyType.PRIMARY_CARE_TRUST, null, code);

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("code");
        assertThat(decision.reason()).contains("NHS ODS code");
    }

    @Test
    void shouldLetOtherTypesUseTheirOwnCodes() {
        assertThat(PartnerBodyRules.checkCode(PartnerBodyType.THIRD_SECTOR, null, "1089464").allowed()).isTrue();
        assertThat(PartnerBodyRules.checkCode(PartnerBodyType.GOVERNMENT_OFFICE, null, "GONE").allowed()).isTrue();
    }

    @Test
    void shouldAllowAnyTypeWithoutACode() {
        for (PartnerBodyType type : PartnerBodyType.values()) {
            assertThat(PartnerBodyRules.checkCode(type, LocalAuthorityTier.COUNTY, null).allowed()).as(type.name()).isTrue();
        }
    }

    @Test
    void shouldReportEveryBrokenRuleAtOnce() {
        PartnerBodyDetails details = new PartnerBodyDetails("Mystery council", PartnerBodyType.LOCAL_AUTHORITY, null,
                "5LG", null);

        List<RuleDecision> rejections = PartnerBodyRules.check(details);

        assertThat(rejections).extracting(RuleDecision::field).containsExactly("tier", "code");
    }

    @Test
    void shouldKeepCodesInUpperCaseAndTreatABlankCodeAsNone() {
        assertThat(new PartnerBodyDetails("NHS Lewisham", PartnerBodyType.PRIMARY_CARE_TRUST, null, " 5lg ", null)
                .code()).isEqualTo("5LG");
        assertThat(new PartnerBodyDetails("A charity", PartnerBodyType.THIRD_SECTOR, null, "  ", null).code()).isNull();
    }

    @Test
    void shouldKnowTheGssPrefixOfEveryTier() {
        for (LocalAuthorityTier tier : LocalAuthorityTier.values()) {
            assertThat(LocalAuthorityTier.ofGssPrefix(tier.gssPrefix())).contains(tier);
        }
        assertThat(LocalAuthorityTier.ofGssPrefix("E12")).isEmpty();
    }
}
