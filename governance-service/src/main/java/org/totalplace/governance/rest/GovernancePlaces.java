package org.totalplace.governance.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.totalplace.governance.domain.ActionItem;
import org.totalplace.governance.domain.Barrier;
import org.totalplace.governance.domain.Decision;
import org.totalplace.governance.domain.GovernanceGroup;
import org.totalplace.governance.domain.KnownPilot;
import org.totalplace.governance.domain.Meeting;
import org.totalplace.governance.domain.Paper;
import org.totalplace.governance.domain.Place;
import org.totalplace.governance.domain.RaidItem;
import org.totalplace.governance.service.GroupQueries;

/**
 * Where governance records lie. A barrier is its pilot's; so is a risk or issue naming a pilot. A pilot board is
 * its pilot's record, and so is everything of it: its meetings (and their agenda, attendance, minutes), papers,
 * decisions, actions, memberships, series and standing agenda. Every other group, and everything of it, is
 * programme-wide: it has no place (empty), as has a record that does not exist (the endpoint then 404s).
 * {@link PilotRecordFilter} makes a programme-wide read of a record with a place a {@code READ_PILOT} of it.
 */
@ApplicationScoped
public class GovernancePlaces implements Places {

    /** The resources whose path parameter named by {@code record} is a group's id or code. */
    private static final Set<Class<?>> OF_A_GROUP = Set.of(GroupResource.class, GroupMeetingsResource.class,
            GroupPaperResource.class, MembershipResource.class, MeetingSeriesResource.class,
            StandingAgendaResource.class);
    /** The resources whose path parameter named by {@code record} is a meeting's id. */
    private static final Set<Class<?>> OF_A_MEETING = Set.of(MeetingResource.class, AgendaResource.class,
            AttendanceResource.class, HeldMeetingResource.class, MeetingActionsResource.class,
            MeetingDecisionsResource.class, MinutesResource.class);
    /** The resources whose path parameter named by {@code record} is a barrier's id. */
    private static final Set<Class<?>> OF_A_BARRIER = Set.of(BarrierResource.class, BarrierCommentResource.class);

    private final GroupQueries groups;

    GovernancePlaces(GroupQueries groups) {
        this.groups = groups;
    }

    @Override
    public Optional<Place> pilot(String idOrCode) {
        Optional<KnownPilot> pilot = uuid(idOrCode).map(id -> KnownPilot.<KnownPilot>findByIdOptional(id))
                .orElseGet(() -> KnownPilot.find("code", idOrCode).firstResultOptional());
        return pilot.map(GovernancePlaces::of);
    }

    @Override
    public Optional<Place> record(Class<?> resource, String id) {
        if (OF_A_GROUP.contains(resource)) {
            return groups.find(id).flatMap(this::ofGroup);
        }
        if (OF_A_BARRIER.contains(resource)) {
            return uuid(id).flatMap(key -> Barrier.<Barrier>findByIdOptional(key)).map(barrier -> ofPilot(barrier.pilotId()));
        }
        if (resource == RiskResource.class) {
            return uuid(id).flatMap(key -> RaidItem.<RaidItem>findByIdOptional(key))
                    .flatMap(item -> Optional.ofNullable(item.pilotId())).map(this::ofPilot);
        }
        Optional<UUID> groupId = groupOf(resource, id);
        return groupId.flatMap(key -> GovernanceGroup.<GovernanceGroup>findByIdOptional(key)).flatMap(this::ofGroup);
    }

    /** The place of a pilot this service knows by id; one no scoped caller reaches when it is not known. */
    public Place ofPilot(UUID pilotId) {
        return KnownPilot.<KnownPilot>findByIdOptional(pilotId).map(GovernancePlaces::of)
                .orElseGet(() -> new Place(Optional.empty(), Optional.empty()));
    }

    private Optional<Place> ofGroup(GovernanceGroup group) {
        return Optional.ofNullable(group.pilotId()).map(this::ofPilot);
    }

    private static Optional<UUID> groupOf(Class<?> resource, String id) {
        Optional<UUID> key = uuid(id);
        if (OF_A_MEETING.contains(resource)) {
            return key.flatMap(meeting -> Meeting.<Meeting>findByIdOptional(meeting)).map(Meeting::groupId);
        }
        if (resource == PaperResource.class) {
            return key.flatMap(paper -> Paper.<Paper>findByIdOptional(paper)).map(Paper::groupId);
        }
        if (resource == DecisionResource.class) {
            return key.flatMap(decision -> Decision.<Decision>findByIdOptional(decision)).map(Decision::groupId);
        }
        if (resource == ActionResource.class) {
            return key.flatMap(action -> ActionItem.<ActionItem>findByIdOptional(action)).map(ActionItem::groupId);
        }
        return Optional.empty();
    }

    private static Place of(KnownPilot pilot) {
        return Place.pilot(pilot.code(), pilot.region());
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return text != null && text.length() == 36 ? Optional.of(UUID.fromString(text)) : Optional.empty();
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
