package org.totalplace.governance.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What may be done to an item of a SCHEDULED meeting's agenda, and the order that results. Pure; whether the
 * meeting's agenda may change at all is {@code MeetingTransitions.checkChangeAgenda}.
 */
public final class AgendaEdits {

    public static final String PAPER_ID = "paperId";
    public static final String POSITION = "position";
    public static final String KIND = "kind";

    private AgendaEdits() {
    }

    /** A paper is discussed by the group it was written for; another group's paper would be tabled by mistake. */
    public static RuleDecision checkAttach(UUID meetingGroupId, UUID paperGroupId) {
        if (!meetingGroupId.equals(paperGroupId)) {
            return RuleDecision.reject(PAPER_ID, "the paper was written for another governance group; "
                    + "only a paper of the meeting's own group can go on its agenda");
        }
        return RuleDecision.allow();
    }

    /** Positions run 1..n, so an item can move to any of them and nowhere else. */
    public static RuleDecision checkMove(int itemCount, int toPosition) {
        if (toPosition < 1 || toPosition > itemCount) {
            return RuleDecision.reject(POSITION, "the agenda has " + itemCount + " item" + (itemCount == 1 ? "" : "s")
                    + ", so an item can move to position 1 to " + itemCount + ", not " + toPosition);
        }
        return RuleDecision.allow();
    }

    /**
     * Only what a person added can be taken off again: standing items are the group's template, and a barrier or
     * a matter arising is open business that must be heard; it leaves the agenda by being dealt with.
     */
    public static RuleDecision checkRemove(AgendaItemKind kind) {
        return switch (kind) {
            case ADDED -> RuleDecision.allow();
            case STANDING -> RuleDecision.reject(KIND, "a STANDING item comes from the group's standing agenda "
                    + "and stays on the meeting's agenda; only ADDED items can be removed");
            case BARRIER, MATTERS_ARISING -> RuleDecision.reject(KIND, "a " + kind + " item is open business carried "
                    + "onto the meeting and is removed by dealing with it; only ADDED items can be removed");
        };
    }

    /** The order after the item at {@code fromPosition} moves to {@code toPosition} (both 1-based); the rest keep their order. */
    public static <T> List<T> moved(List<T> inOrder, int fromPosition, int toPosition) {
        List<T> order = new ArrayList<>(inOrder);
        T item = order.remove(fromPosition - 1);
        order.add(toPosition - 1, item);
        return order;
    }
}
