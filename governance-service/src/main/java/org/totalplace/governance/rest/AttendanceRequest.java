package org.totalplace.governance.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.AttendanceMark;
import org.totalplace.governance.domain.AttendanceStatus;

/** A meeting's whole attendance register ({@code PUT /meetings/{id}/attendance}); it replaces any earlier one. */
@Schema(name = "AttendanceRequest")
public record AttendanceRequest(
        @Schema(description = "One entry per membership of the group in post on the meeting date, each listed once")
        @NotNull @Size(max = 200)
        List<@NotNull @Valid Entry> entries,

        @Schema(description = "Others in attendance, by name; they never count towards the quorum",
                example = "[\"John Atkinson, Leadership Centre for Local Government\"]")
        @Size(max = 100)
        List<@NotBlank @Size(max = 200) String> inAttendance) {

    @Schema(name = "AttendanceEntryRequest")
    public record Entry(
            @Schema(description = "A membership of the meeting's group", example = "0b6f2f57-3c1e-4f0a-9a55-6f3a8d1c2e01")
            @NotNull
            UUID membershipId,

            @Schema(description = "REPRESENTED: away, with their alternate present in their stead", example = "REPRESENTED")
            @NotNull
            AttendanceStatus status,

            @Schema(description = "For REPRESENTED (and only then): the membership of the ALTERNATE standing in for "
                    + "this member", example = "7b3f5d2e-9c4a-4f6b-8d8e-2a3b4c5d6e7f")
            UUID representedBy) {

        AttendanceMark mark() {
            return new AttendanceMark(membershipId, status, representedBy);
        }
    }

    List<AttendanceMark> marks() {
        return entries.stream().map(Entry::mark).toList();
    }

    List<String> names() {
        return inAttendance == null ? List.of() : inAttendance.stream().map(String::strip).toList();
    }
}
