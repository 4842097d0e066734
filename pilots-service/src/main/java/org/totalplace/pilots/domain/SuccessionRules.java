package org.totalplace.pilots.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a succession of a partner body must respect. Pure: no I/O, no framework.
 *
 * <ul>
 * <li>a body ends (is merged or abolished) once: after that nothing more happens to it ({@link #checkNotEnded});</li>
 * <li>a succession takes effect after the body was established (when that is known) and after its previous
 * succession, so the name history stays a sequence of periods;</li>
 * <li>a merger names the body merged into; an abolition may name the body its functions went to; neither is the
 * body itself, nor a body established after, or ended by, the effective date;</li>
 * <li>a rename gives a new name that differs from the current one.</li>
 * </ul>
 */
public final class SuccessionRules {

    public static final String KIND = "kind";
    public static final String EFFECTIVE_ON = "effectiveOn";
    public static final String SUCCESSOR = "successor";

    private SuccessionRules() {
    }

    /** The proposed change: for a rename {@code newName}, otherwise the {@code successor} body (if any). */
    public record Proposal(SuccessionKind kind, LocalDate effectiveOn, Optional<SuccessorBody> successor, String newName) {
    }

    /** The body named as successor, as the rules need it. */
    public record SuccessorBody(UUID id, String name, LocalDate establishedOn, LocalDate endedOn) {
    }

    /** Rejects any succession of a body that was already merged or abolished (a clash with what is stored: 409). */
    public static RuleDecision checkNotEnded(BodyLineage body) {
        return body.end().map(end -> RuleDecision.reject(KIND, "'" + body.nameOn(end.effectiveOn()) + "' was already "
                        + end.kind().name().toLowerCase(java.util.Locale.ROOT) + " with effect from " + end.effectiveOn()
                        + "; a body ends once"))
                .orElse(RuleDecision.allow());
    }

    /** Every rule the proposal breaks, each naming its field; empty when all hold. */
    public static List<RuleDecision> check(BodyLineage body, Proposal proposal) {
        List<RuleDecision> rejections = new ArrayList<>();
        LocalDate day = proposal.effectiveOn();
        if (body.establishedOn() != null && !day.isAfter(body.establishedOn())) {
            rejections.add(RuleDecision.reject(EFFECTIVE_ON, "must be after " + body.establishedOn()
                    + ", the day the body was established"));
        }
        body.latest().filter(previous -> !day.isAfter(previous.effectiveOn())).ifPresent(previous ->
                rejections.add(RuleDecision.reject(EFFECTIVE_ON, "must be after " + previous.effectiveOn()
                        + ", when the body's previous succession (" + previous.kind() + ") took effect")));
        switch (proposal.kind()) {
            case RENAMED -> checkNewName(body, proposal.newName()).ifPresent(rejections::add);
            case MERGED -> {
                if (proposal.successor().isEmpty()) {
                    rejections.add(RuleDecision.reject(SUCCESSOR, "a MERGED body names the body it was merged into"));
                }
                proposal.successor().flatMap(successor -> checkSuccessor(body, successor, day)).ifPresent(rejections::add);
            }
            case ABOLISHED -> proposal.successor().flatMap(successor -> checkSuccessor(body, successor, day))
                    .ifPresent(rejections::add);
        }
        return rejections;
    }

    /** A body established on {@code establishedOn} cannot have had a succession before then. */
    public static RuleDecision checkEstablished(LocalDate establishedOn, BodyLineage body) {
        if (establishedOn == null || body.successions().isEmpty()) {
            return RuleDecision.allow();
        }
        LocalDate first = body.successions().get(0).effectiveOn();
        return first.isAfter(establishedOn) ? RuleDecision.allow()
                : RuleDecision.reject("establishedOn", "must be before " + first + ", when the body's first succession "
                        + "took effect");
    }

    private static Optional<RuleDecision> checkNewName(BodyLineage body, String newName) {
        if (newName == null || newName.isBlank()) {
            return Optional.of(RuleDecision.reject(SUCCESSOR, "a RENAMED body gives its new name here"));
        }
        if (PilotAliases.key(newName).equals(PilotAliases.key(body.currentName()))) {
            return Optional.of(RuleDecision.reject(SUCCESSOR, "'" + newName + "' is the body's name already"));
        }
        return Optional.empty();
    }

    private static Optional<RuleDecision> checkSuccessor(BodyLineage body, SuccessorBody successor, LocalDate day) {
        if (successor.id().equals(body.id())) {
            return Optional.of(RuleDecision.reject(SUCCESSOR, "a body cannot succeed itself"));
        }
        if (successor.establishedOn() != null && successor.establishedOn().isAfter(day)) {
            return Optional.of(RuleDecision.reject(SUCCESSOR, "'" + successor.name() + "' was only established on "
                    + successor.establishedOn() + ", after " + day));
        }
        if (successor.endedOn() != null && !successor.endedOn().isAfter(day)) {
            return Optional.of(RuleDecision.reject(SUCCESSOR, "'" + successor.name() + "' itself ended on "
                    + successor.endedOn() + "; name the body that carries on from " + day));
        }
        return Optional.empty();
    }
}
