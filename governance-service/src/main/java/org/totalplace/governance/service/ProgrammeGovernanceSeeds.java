package org.totalplace.governance.service;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.totalplace.governance.domain.AgendaItemDetails;
import org.totalplace.governance.domain.Cadence;
import org.totalplace.governance.domain.GovernanceGroup;
import org.totalplace.governance.domain.GroupCode;
import org.totalplace.governance.domain.GroupDetails;
import org.totalplace.governance.domain.GroupKind;
import org.totalplace.governance.domain.Membership;
import org.totalplace.governance.domain.MembershipRole;
import org.totalplace.governance.domain.MembershipTerms;
import org.totalplace.governance.domain.StandingAgendaItem;

/**
 * The programme's national governance as seeds 000 and 002 describe it, loaded on start through the same
 * services as any request, so each group and membership also emits its event. A group that already exists
 * is left as it is: loading again adds nothing.
 */
@ApplicationScoped
public class ProgrammeGovernanceSeeds {

    public static final String MINISTERIAL = "ministerial-group";
    public static final String OFFICIALS = "officials-group";
    public static final String IMPROVEMENT_BOARD = "improvement-board";

    /** Total Place was launched at Budget 2009 (22 April 2009); the seeds give no other start for these seats. */
    static final LocalDate LAUNCHED = LocalDate.of(2009, 4, 22);

    private static final Logger LOG = Logger.getLogger(ProgrammeGovernanceSeeds.class);
    /** Any fixed number: the advisory lock that keeps two instances starting together from loading twice. */
    private static final long SEED_LOCK = 0x5EED_0004L;

    private static final String CLG = "Department for Communities and Local Government";
    private static final String LGA = "LGA";

    private final GroupService groups;
    private final MembershipService memberships;

    ProgrammeGovernanceSeeds(GroupService groups, MembershipService memberships) {
        this.groups = groups;
        this.memberships = memberships;
    }

    void onStart(@Observes StartupEvent started) {
        int loaded = load();
        if (loaded > 0) {
            LOG.infof("Loaded %d governance groups of the programme from the seeds", loaded);
        }
    }

    /**
     * Creates whichever seeded groups (with their members) do not exist yet, and the officials' group's standing
     * agenda if it has none; returns how many groups it created.
     */
    @Transactional
    public int load() {
        Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(" + SEED_LOCK + ")")
                .getSingleResult();
        int created = 0;
        if (GovernanceGroup.findByCode(MINISTERIAL).isEmpty()) {
            ministerialGroup();
            created++;
        }
        if (GovernanceGroup.findByCode(OFFICIALS).isEmpty()) {
            officialsGroup();
            created++;
        }
        GovernanceGroup officials = GovernanceGroup.findByCode(OFFICIALS).orElseThrow();
        if (StandingAgendaItem.ofGroup(officials.id()).isEmpty()) {
            officialsStandingAgenda(officials);
        }
        if (GovernanceGroup.findByCode(IMPROVEMENT_BOARD).isEmpty()) {
            groups.create(new GroupCode(IMPROVEMENT_BOARD), new GroupDetails("LGA Improvement Board",
                    GroupKind.IMPROVEMENT_BOARD, null, null, null,
                    "Receives reports on Total Place and considers its wider role in the roll-out of Total Place"));
            created++;
        }
        return created;
    }

    private void ministerialGroup() {
        String chair = "Secretary of State for Communities and Local Government";
        GovernanceGroup group = groups.create(new GroupCode(MINISTERIAL), new GroupDetails("Ministerial group",
                GroupKind.MINISTERIAL, null, chair, null,
                "Ensure that the barriers and incentives for joint working are addressed swiftly and effectively "
                        + "and drive forward action across Government"));
        post(group, chair, MembershipRole.CHAIR, CLG);
        post(group, "Chief Secretary to the Treasury", MembershipRole.MEMBER, "HM Treasury");
        post(group, "Minister for Communities and Local Government", MembershipRole.MEMBER, CLG);
        post(group, "Minister for the Cabinet Office", MembershipRole.MEMBER, "Cabinet Office");
        post(group, "Secretary of State for the Home Department", MembershipRole.MEMBER, "Home Office");
        post(group, "Secretary of State for Work and Pensions", MembershipRole.MEMBER,
                "Department for Work and Pensions");
        post(group, "Secretary of State for Children, Schools and Families", MembershipRole.MEMBER,
                "Department for Children, Schools and Families");
        post(group, "Secretary of State for Health", MembershipRole.MEMBER, "Department of Health");
        // The LGA seat: "LGA (Chairman Cllr Margaret Eaton or Cllr David Parsons)". A membership is a person or a
        // post, not both, so the seat is held by the Chairman in person, with Cllr Parsons as her alternate.
        Membership eaton = person(group, "Cllr Margaret Eaton", MembershipRole.MEMBER, null, LGA);
        person(group, "Cllr David Parsons", MembershipRole.ALTERNATE, eaton.id(), LGA);
    }

    private void officialsGroup() {
        String chair = "Lord Michael Bichard";
        GovernanceGroup group = groups.create(new GroupCode(OFFICIALS), new GroupDetails(
                "High-level officials' group", GroupKind.OFFICIALS, null, chair, Cadence.MONTHLY,
                "Support and provide oversight for the work of Total Place at national level, listen to the "
                        + "findings at the local level, ensure that interdependencies are identified and addressed, "
                        + "and ensure that the project has full support across central government"));
        person(group, chair, MembershipRole.CHAIR, null, null);
    }

    /** The six items seed 000 gives for the officials' group's standing agenda, in its words and order. */
    static final List<String> OFFICIALS_STANDING_AGENDA = List.of(
            "Showcasing key achievements within the past period; the outlook for the next period; and progress "
                    + "against key milestones",
            "Listening to and learning from the progress of the work in the 13 pilot areas",
            "Developing the opportunities and resolving problems highlighted at the local level",
            "Considering key programmes risks and issues, ensuring that adequate resourcing is in place to ensure "
                    + "the programme objectives are met",
            "Update on the development of key products (particularly Pre-Budget Report and Budget reports and other "
                    + "key communications products) and commenting, inputting and providing approvals as appropriate",
            "Reviewing interdependencies between Total Place and other areas of work to ensure a joined-up approach "
                    + "and solutions");

    private static void officialsStandingAgenda(GovernanceGroup officials) {
        for (int n = 0; n < OFFICIALS_STANDING_AGENDA.size(); n++) {
            StandingAgendaItem.of(officials, n + 1, new AgendaItemDetails(OFFICIALS_STANDING_AGENDA.get(n), null, null))
                    .persist();
        }
    }

    private void post(GovernanceGroup group, String post, MembershipRole role, String onBehalfOf) {
        memberships.start(group, new MembershipTerms(null, post, role, null, onBehalfOf, LAUNCHED, null));
    }

    private Membership person(GovernanceGroup group, String person, MembershipRole role, UUID alternateFor,
                              String onBehalfOf) {
        return memberships.start(group, new MembershipTerms(person, null, role, alternateFor, onBehalfOf, LAUNCHED,
                null));
    }

    /** The codes of the groups this class loads. */
    public static List<String> codes() {
        return List.of(MINISTERIAL, OFFICIALS, IMPROVEMENT_BOARD);
    }
}
