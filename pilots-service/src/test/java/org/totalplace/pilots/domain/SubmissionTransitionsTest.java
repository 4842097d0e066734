package org.totalplace.pilots.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class SubmissionTransitionsTest {

    private static final List<String> BUDGET_STRUCTURE = List.of("financial-implications", "whitehall-changes");
    private static final Map<String, String> COMPLETE = Map.of(
            "financial-implications", "Pooled budgets for the under-fives save 4% of the counted spend",
            "whitehall-changes", "Lift the ring-fence on the Sure Start grant");

    /** The lifecycle: every (state, action) pair that may happen. */
    private static final Map<SubmissionState, Set<SubmissionAction>> LIFECYCLE = Map.of(
            SubmissionState.DRAFT, EnumSet.of(SubmissionAction.SUBMIT),
            SubmissionState.SUBMITTED, EnumSet.of(SubmissionAction.ACCEPT, SubmissionAction.RETURN),
            SubmissionState.RETURNED, EnumSet.of(SubmissionAction.SUBMIT),
            SubmissionState.ACCEPTED, EnumSet.noneOf(SubmissionAction.class));

    @Test
    void shouldSubmitADraftWhoseRequiredSectionsAreWritten() {
        TransitionDecision decision = check(SubmissionState.DRAFT, SubmissionAction.SUBMIT, COMPLETE);

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.field()).isNull();
        assertThat(decision.reason()).isNull();
    }

    @Test
    void shouldAcceptASubmittedSubmission() {
        assertThat(check(SubmissionState.SUBMITTED, SubmissionAction.ACCEPT, COMPLETE).allowed()).isTrue();
    }

    @Test
    void shouldReturnASubmittedSubmission() {
        assertThat(check(SubmissionState.SUBMITTED, SubmissionAction.RETURN, COMPLETE).allowed()).isTrue();
    }

    @Test
    void shouldResubmitAReturnedSubmission() {
        assertThat(check(SubmissionState.RETURNED, SubmissionAction.SUBMIT, COMPLETE).allowed()).isTrue();
    }

    @Test
    void shouldRefuseToSubmitWhileARequiredSectionIsBlank() {
        TransitionDecision decision = check(SubmissionState.DRAFT, SubmissionAction.SUBMIT,
                Map.of("financial-implications", "Savings of £4m a year", "whitehall-changes", "  \n "));

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("sections");
        assertThat(decision.reason()).isEqualTo(
                "the required section whitehall-changes is blank; write it before submitting");
    }

    @Test
    void shouldListEveryMissingSectionInTheOrderOfTheAgreedStructure() {
        TransitionDecision decision = check(SubmissionState.RETURNED, SubmissionAction.SUBMIT,
                Map.of("an-extra-note", "Written, but not a required section"));

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.reason()).isEqualTo("the required sections financial-implications, whitehall-changes "
                + "are blank; write them before submitting");
        assertThat(SubmissionTransitions.missingSections(BUDGET_STRUCTURE, Map.of("whitehall-changes", "x")))
                .containsExactly("financial-implications");
    }

    @Test
    void shouldRefuseToSubmitNothingWhereNoStructureWasAgreed() {
        TransitionDecision empty = SubmissionTransitions.check(SubmissionState.DRAFT, SubmissionAction.SUBMIT,
                List.of(), Map.of("summary", " "));
        TransitionDecision written = SubmissionTransitions.check(SubmissionState.DRAFT, SubmissionAction.SUBMIT,
                List.of(), Map.of("summary", "What the count found over the summer"));

        assertThat(empty.rejected()).isTrue();
        assertThat(empty.field()).isEqualTo("sections");
        assertThat(empty.reason()).contains("nothing has been written");
        assertThat(written.allowed()).isTrue();
    }

    @ParameterizedTest(name = "{0} may not be {1}")
    @MethodSource("illegalTransitions")
    void shouldRefuseEveryTransitionOutsideTheLifecycleNamingTheState(SubmissionState state, SubmissionAction action) {
        TransitionDecision decision = check(state, action, COMPLETE);

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("state");
        assertThat(decision.reason()).contains(state.name());
    }

    static Stream<Arguments> illegalTransitions() {
        List<Arguments> illegal = new ArrayList<>();
        for (SubmissionState state : SubmissionState.values()) {
            for (SubmissionAction action : SubmissionAction.values()) {
                if (!LIFECYCLE.get(state).contains(action)) {
                    illegal.add(Arguments.of(state, action));
                }
            }
        }
        assertThat(illegal).hasSize(8);
        return illegal.stream();
    }

    @Test
    void shouldSayWhyEachIllegalTransitionIsRefused() {
        assertThat(check(SubmissionState.DRAFT, SubmissionAction.ACCEPT, COMPLETE).reason())
                .isEqualTo("only a SUBMITTED submission can be accepted; this one is DRAFT");
        assertThat(check(SubmissionState.DRAFT, SubmissionAction.RETURN, COMPLETE).reason())
                .isEqualTo("only a SUBMITTED submission can be returned; this one is DRAFT");
        assertThat(check(SubmissionState.SUBMITTED, SubmissionAction.SUBMIT, COMPLETE).reason())
                .isEqualTo("the submission is already SUBMITTED; it can only be accepted or returned now");
        assertThat(check(SubmissionState.RETURNED, SubmissionAction.ACCEPT, COMPLETE).reason())
                .isEqualTo("only a SUBMITTED submission can be accepted; this one is RETURNED and must be submitted again first");
        assertThat(check(SubmissionState.RETURNED, SubmissionAction.RETURN, COMPLETE).reason())
                .isEqualTo("only a SUBMITTED submission can be returned; this one is RETURNED and must be submitted again first");
        assertThat(check(SubmissionState.ACCEPTED, SubmissionAction.SUBMIT, COMPLETE).reason())
                .isEqualTo("the submission is ACCEPTED, which is final; it can no longer be submitted");
        assertThat(check(SubmissionState.ACCEPTED, SubmissionAction.ACCEPT, COMPLETE).reason())
                .isEqualTo("the submission is ACCEPTED, which is final; it can no longer be accepted");
        assertThat(check(SubmissionState.ACCEPTED, SubmissionAction.RETURN, COMPLETE).reason())
                .isEqualTo("the submission is ACCEPTED, which is final; it can no longer be returned");
    }

    @Test
    void shouldJudgeTheLifecycleBeforeTheSections() {
        TransitionDecision decision = check(SubmissionState.SUBMITTED, SubmissionAction.SUBMIT, Map.of());

        assertThat(decision.field()).isEqualTo("state");
    }

    @ParameterizedTest
    @EnumSource(value = SubmissionState.class, names = {"DRAFT", "RETURNED"})
    void shouldLetThePilotEditWhatItHolds(SubmissionState state) {
        assertThat(SubmissionTransitions.checkEdit(state).allowed()).isTrue();
    }

    @Test
    void shouldRefuseEditsWhileSubmittedOrOnceAccepted() {
        TransitionDecision submitted = SubmissionTransitions.checkEdit(SubmissionState.SUBMITTED);
        TransitionDecision accepted = SubmissionTransitions.checkEdit(SubmissionState.ACCEPTED);

        assertThat(submitted.rejected()).isTrue();
        assertThat(submitted.field()).isEqualTo("state");
        assertThat(submitted.reason()).isEqualTo("the submission is SUBMITTED and cannot be edited unless it is returned");
        assertThat(accepted.rejected()).isTrue();
        assertThat(accepted.reason()).isEqualTo("the submission is ACCEPTED, which is final; it cannot be edited");
    }

    @Test
    void shouldLeadEachActionToItsState() {
        assertThat(SubmissionAction.SUBMIT.target()).isEqualTo(SubmissionState.SUBMITTED);
        assertThat(SubmissionAction.ACCEPT.target()).isEqualTo(SubmissionState.ACCEPTED);
        assertThat(SubmissionAction.RETURN.target()).isEqualTo(SubmissionState.RETURNED);
    }

    @Test
    void shouldRefuseToJudgeWithoutStateOrAction() {
        assertThatThrownBy(() -> SubmissionTransitions.check(null, SubmissionAction.SUBMIT, BUDGET_STRUCTURE, COMPLETE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SubmissionTransitions.check(SubmissionState.DRAFT, null, BUDGET_STRUCTURE, COMPLETE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static TransitionDecision check(SubmissionState state, SubmissionAction action, Map<String, String> sections) {
        return SubmissionTransitions.check(state, action, BUDGET_STRUCTURE, sections);
    }
}
