package org.totalplace.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AgendaEditsTest {

    private static final List<String> AGENDA = List.of("achievements", "pilots", "problems", "risks", "products");

    @Test
    void shouldMoveAnItemUpAndKeepTheOthersInOrder() {
        assertThat(AgendaEdits.moved(AGENDA, 4, 2)).containsExactly("achievements", "risks", "pilots", "problems", "products");
    }

    @Test
    void shouldMoveAnItemDownAndKeepTheOthersInOrder() {
        assertThat(AgendaEdits.moved(AGENDA, 1, 5)).containsExactly("pilots", "problems", "risks", "products", "achievements");
    }

    @Test
    void shouldLeaveTheOrderAloneWhenAnItemMovesToItsOwnPosition() {
        assertThat(AgendaEdits.moved(AGENDA, 3, 3)).isEqualTo(AGENDA);
    }

    @Test
    void shouldRefuseAPositionOffTheAgenda() {
        assertThat(AgendaEdits.checkMove(5, 1).allowed()).isTrue();
        assertThat(AgendaEdits.checkMove(5, 5).allowed()).isTrue();
        RuleDecision beyond = AgendaEdits.checkMove(5, 6);
        assertThat(beyond.rejected()).isTrue();
        assertThat(beyond.field()).isEqualTo("position");
        assertThat(beyond.reason()).contains("1 to 5");
        assertThat(AgendaEdits.checkMove(5, 0).rejected()).isTrue();
    }

    @Test
    void shouldRefuseAnotherGroupsPaper() {
        UUID officials = UUID.randomUUID();
        UUID board = UUID.randomUUID();

        assertThat(AgendaEdits.checkAttach(officials, officials).allowed()).isTrue();
        RuleDecision decision = AgendaEdits.checkAttach(officials, board);
        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("paperId");
    }

    @Test
    void shouldLetOnlyAddedItemsBeRemovedNamingTheKindOtherwise() {
        assertThat(AgendaEdits.checkRemove(AgendaItemKind.ADDED).allowed()).isTrue();
        for (AgendaItemKind kind : List.of(AgendaItemKind.STANDING, AgendaItemKind.BARRIER, AgendaItemKind.MATTERS_ARISING)) {
            RuleDecision decision = AgendaEdits.checkRemove(kind);
            assertThat(decision.rejected()).as(kind.name()).isTrue();
            assertThat(decision.field()).isEqualTo("kind");
            assertThat(decision.reason()).contains(kind.name()).contains("only ADDED items can be removed");
        }
    }
}
