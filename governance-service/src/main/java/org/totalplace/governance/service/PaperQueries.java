package org.totalplace.governance.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import org.totalplace.governance.domain.GovernanceGroup;
import org.totalplace.governance.domain.Meeting;
import org.totalplace.governance.domain.MeetingStatus;
import org.totalplace.governance.domain.Paper;

/** Reads of the papers written for governance groups. */
@ApplicationScoped
public class PaperQueries {

    private final GroupQueries groups;

    PaperQueries(GroupQueries groups) {
        this.groups = groups;
    }

    public Paper require(String id) {
        return Ids.asUuid(id).flatMap(uuid -> Paper.<Paper>findByIdOptional(uuid))
                .orElseThrow(() -> new NotFoundException("No paper has the id '" + id + "'"));
    }

    /** The day of the earliest HELD meeting whose agenda carries the paper: where it was tabled, if anywhere. */
    public Optional<LocalDate> tabledOn(Paper paper) {
        return Meeting.<Meeting>find("status = ?1 and id in (select i.meetingId from AgendaItem i where i.paperId = ?2)",
                        Sort.by("date"), MeetingStatus.HELD, paper.id())
                .firstResultOptional()
                .map(Meeting::date);
    }

    /** One page of the group's papers; ties in the sort field go by item number, then by when they were written. */
    public Page<Paper> ofGroup(String groupIdOrCode, PageRequest request) {
        GovernanceGroup group = groups.require(groupIdOrCode);
        Sort sort = Sort.by(request.sortField(), request.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending)
                .and("itemNumber", Sort.NullPrecedence.NULLS_LAST).and("createdAt").and("id");
        var query = Paper.ofGroup(group.id(), sort);
        return new Page<>(query.page(request.page(), request.size()).list(), query.count());
    }
}
