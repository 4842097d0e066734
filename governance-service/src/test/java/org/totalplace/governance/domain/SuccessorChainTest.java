package org.totalplace.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Following successors to today. Seed 003: the Government Offices' abolition was announced in July 2010 with final
 * decisions after the Spending Review; the closure days and successors below are examples, not seed facts.
 */
class SuccessorChainTest {

    private static final LocalDate TODAY = LocalDate.of(2012, 1, 1);
    private static final LocalDate CLOSED = LocalDate.of(2011, 4, 1); // example day

    private static final UUID GO_NE = id(1);
    private static final UUID CLG = id(2);
    private static final UUID DCLG = id(3);

    @Test
    void shouldLeaveABodyThatNeverChangedAsItIs() {
        BodyLink clg = new BodyLink(CLG, "CLG", "Department for Communities and Local Government", null, null, null);

        CurrentBody current = SuccessorChain.follow(clg, none(), TODAY);

        assertThat(current).isEqualTo(new CurrentBody(CLG, "CLG", "Department for Communities and Local Government",
                null, null));
    }

    @Test
    void shouldShowARenamedBodyByItsNewNameSinceTheRename() {
        LocalDate renamedOn = LocalDate.of(2010, 5, 12);
        BodyLink dcsf = new BodyLink(id(9), "DCSF", "Department for Education", renamedOn, null, null);

        assertThat(SuccessorChain.follow(dcsf, none(), TODAY).since()).isEqualTo(renamedOn);
        assertThat(SuccessorChain.follow(dcsf, none(), TODAY).name()).isEqualTo("Department for Education");
    }

    @Test
    void shouldFollowAnAbolishedBodyToTheBodyItsFunctionsWentTo() {
        BodyLink goNe = ended(GO_NE, "GO-NE", "Government Office for the North East", CLOSED, CLG);
        BodyLink clg = new BodyLink(CLG, "CLG", "Department for Communities and Local Government", null, null, null);

        CurrentBody current = SuccessorChain.follow(goNe, known(Map.of(CLG, clg)), TODAY);

        assertThat(current.bodyId()).isEqualTo(CLG);
        assertThat(current.name()).isEqualTo("Department for Communities and Local Government");
        assertThat(current.since()).isEqualTo(CLOSED);
        assertThat(current.endedOn()).isNull();
    }

    @Test
    void shouldFollowSeveralSuccessionsTakingTheLastDay() {
        LocalDate later = LocalDate.of(2011, 6, 1);
        BodyLink goNe = ended(GO_NE, "GO-NE", "Government Office for the North East", CLOSED, CLG);
        BodyLink clg = ended(CLG, "CLG", "Example department", later, DCLG);
        BodyLink dclg = new BodyLink(DCLG, "X", "Example successor", null, null, null);

        CurrentBody current = SuccessorChain.follow(goNe, known(Map.of(CLG, clg, DCLG, dclg)), TODAY);

        assertThat(current.bodyId()).isEqualTo(DCLG);
        assertThat(current.since()).isEqualTo(later);
    }

    @Test
    void shouldEndAtASuccessorNotKnownHereYetAsTheSuccessionNamedIt() {
        BodyLink goNe = ended(GO_NE, "GO-NE", "Government Office for the North East", CLOSED, CLG);

        CurrentBody current = SuccessorChain.follow(goNe, none(), TODAY);

        assertThat(current).isEqualTo(new CurrentBody(CLG, "CLG", "successor of " + GO_NE, CLOSED, null));
    }

    @Test
    void shouldShowABodyAbolishedWithoutASuccessorAsEnded() {
        BodyLink gol = new BodyLink(id(4), "GOL", "Government Office for London", null, CLOSED, null);

        CurrentBody current = SuccessorChain.follow(gol, none(), TODAY);

        assertThat(current.bodyId()).isEqualTo(id(4));
        assertThat(current.endedOn()).isEqualTo(CLOSED);
        assertThat(current.since()).isEqualTo(CLOSED);
    }

    @Test
    void shouldStopBeforeGoingRoundACycleOfSuccessors() {
        BodyLink a = ended(GO_NE, "A", "Body A", CLOSED, CLG);
        BodyLink b = ended(CLG, "B", "Body B", CLOSED.plusDays(1), GO_NE);

        CurrentBody current = SuccessorChain.follow(a, known(Map.of(GO_NE, a, CLG, b)), TODAY);

        assertThat(current.bodyId()).isEqualTo(CLG);
        assertThat(current.endedOn()).isEqualTo(CLOSED.plusDays(1));
    }

    @Test
    void shouldStopAtABodyNamingItselfAsItsSuccessor() {
        BodyLink self = ended(GO_NE, "A", "Body A", CLOSED, GO_NE);

        assertThat(SuccessorChain.follow(self, known(Map.of(GO_NE, self)), TODAY).bodyId()).isEqualTo(GO_NE);
    }

    @Test
    void shouldNotFollowASuccessionThatTakesEffectAfterToday() {
        BodyLink goNe = ended(GO_NE, "GO-NE", "Government Office for the North East", CLOSED, CLG);

        CurrentBody current = SuccessorChain.follow(goNe, none(), CLOSED.minusDays(1));

        assertThat(current.bodyId()).isEqualTo(GO_NE);
        assertThat(current.since()).isNull();
        assertThat(current.endedOn()).isNull();
    }

    private static BodyLink ended(UUID id, String code, String name, LocalDate endedOn, UUID successor) {
        return new BodyLink(id, code, name, null, endedOn,
                new BodyLink.Successor(successor, successor.equals(CLG) ? "CLG" : "X", "successor of " + id));
    }

    private static Function<UUID, Optional<BodyLink>> none() {
        return id -> Optional.empty();
    }

    private static Function<UUID, Optional<BodyLink>> known(Map<UUID, BodyLink> bodies) {
        return id -> Optional.ofNullable(bodies.get(id));
    }

    private static UUID id(int n) {
        return UUID.fromString("00000000-0000-0000-0000-%012d".formatted(n));
    }
}
