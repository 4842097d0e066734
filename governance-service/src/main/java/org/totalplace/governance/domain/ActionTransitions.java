package org.totalplace.governance.domain;

/**
 * Which moves an action may make. Pure. An action is closed once: a done action that turns out not to be done,
 * or a dropped one that matters again, is a new action at the next meeting, so the record of each stays true.
 */
public final class ActionTransitions {

    public static final String STATUS = "status";

    private ActionTransitions() {
    }

    public static RuleDecision check(ActionStatus from, ActionMove move) {
        if (from != ActionStatus.OPEN) {
            return RuleDecision.reject(STATUS, "the action is already " + from + "; only an OPEN action can be "
                    + (move == ActionMove.COMPLETE ? "completed" : "dropped") + ", and a closed action stays closed");
        }
        return RuleDecision.allow();
    }

    /** The status after an allowed move. */
    public static ActionStatus after(ActionMove move) {
        return switch (move) {
            case COMPLETE -> ActionStatus.DONE;
            case DROP -> ActionStatus.DROPPED;
        };
    }
}
