package org.totalplace.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyProductTransitionsTest {

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            "DRAFT, SUBMIT_FOR_APPROVAL, AWAITING_APPROVAL",
            "AWAITING_APPROVAL, APPROVE, APPROVED",
            "AWAITING_APPROVAL, REJECT, DRAFT"})
    void shouldAllowTheApprovalWorkflow(KeyProductStatus from, KeyProductAction action, KeyProductStatus to) {
        assertThat(KeyProductTransitions.check(from, action).allowed()).isTrue();
        assertThat(KeyProductTransitions.after(action)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} --{1}--> refused: {2}")
    @CsvSource({
            "DRAFT, APPROVE, only a key product AWAITING_APPROVAL can be approved; it is DRAFT",
            "DRAFT, REJECT, only a key product AWAITING_APPROVAL can be rejected; it is DRAFT",
            "AWAITING_APPROVAL, SUBMIT_FOR_APPROVAL, only a DRAFT can be submitted for approval; it is AWAITING_APPROVAL",
            "APPROVED, SUBMIT_FOR_APPROVAL, 'the key product is APPROVED, which is final'",
            "APPROVED, APPROVE, 'the key product is APPROVED, which is final'",
            "APPROVED, REJECT, 'the key product is APPROVED, which is final'"})
    void shouldRefuseIllegalMovesWithTheReason(KeyProductStatus from, KeyProductAction action, String reason) {
        RuleDecision decision = KeyProductTransitions.check(from, action);
        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("status");
        assertThat(decision.reason()).isEqualTo(reason);
    }
}
