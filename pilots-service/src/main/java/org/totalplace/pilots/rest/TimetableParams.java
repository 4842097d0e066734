package org.totalplace.pilots.rest;

import org.totalplace.pilots.domain.PilotCode;
import org.totalplace.pilots.domain.ProgrammePhase;
import org.totalplace.pilots.service.PageRequest;

/** What the timetable's requests and query parameters share. */
final class TimetableParams {

    static final String PHASE_RULE = "must be 1 (the count) or 2 (service redesign)";
    /** Text that is absent or has something in it. */
    static final String NOT_BLANK = "[\\s\\S]*\\S[\\s\\S]*";
    /** A section of a submission is named like a code: {@code financial-implications}. */
    static final String SECTION_PATTERN = PilotCode.PATTERN;
    static final String SECTION_RULE = "must be lowercase letters and digits in words joined by single hyphens";

    private TimetableParams() {
    }

    /** {@code ?page=0&size=50&sort=-dueDate} as a page request; the sort was checked against the resource's list. */
    static PageRequest pageRequest(PageParams paging, String sort) {
        boolean descending = sort.startsWith("-");
        return new PageRequest(paging.page(), paging.size(), descending ? sort.substring(1) : sort, descending);
    }

    static ProgrammePhase phase(int number) {
        return ProgrammePhase.numbered(number).orElseThrow(() -> new IllegalArgumentException(PHASE_RULE));
    }
}
