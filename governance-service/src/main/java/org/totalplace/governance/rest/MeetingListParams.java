package org.totalplace.governance.rest;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.MeetingStatus;

/** {@code ?from=2009-10-01&to=2010-03-31&status=SCHEDULED}: a group's meetings within days, of one status. */
@MeetingListParams.DaysThatExist
public class MeetingListParams {

    private static final String ISO_DATE = "\\d{4}-\\d{2}-\\d{2}";
    private static final String STATUSES = "SCHEDULED|HELD|CANCELLED";

    @QueryParam("from")
    @Schema(description = "Only meetings on or after this day", example = "2009-10-01")
    @Pattern(regexp = ISO_DATE, message = "must be an ISO-8601 date, e.g. 2009-10-01")
    String from;

    @QueryParam("to")
    @Schema(description = "Only meetings on or before this day", example = "2010-03-31")
    @Pattern(regexp = ISO_DATE, message = "must be an ISO-8601 date, e.g. 2010-03-31")
    String to;

    @QueryParam("status")
    @Schema(description = "Only meetings with this status", example = "SCHEDULED")
    @Pattern(regexp = STATUSES, message = "must be one of: " + STATUSES)
    String status;

    Optional<LocalDate> fromDay() {
        return Optional.ofNullable(from).map(LocalDate::parse);
    }

    Optional<LocalDate> toDay() {
        return Optional.ofNullable(to).map(LocalDate::parse);
    }

    Optional<MeetingStatus> meetingStatus() {
        return Optional.ofNullable(status).map(MeetingStatus::valueOf);
    }

    /** from and to, when they look like dates, are days that exist (not 2010-02-30). */
    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = DaysThatExist.Check.class)
    public @interface DaysThatExist {

        String message() default "must be a day that exists";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<DaysThatExist, MeetingListParams> {

            @Override
            public boolean isValid(MeetingListParams params, ConstraintValidatorContext context) {
                if (params == null) {
                    return true;
                }
                boolean valid = true;
                context.disableDefaultConstraintViolation();
                for (String[] day : new String[][] {{"from", params.from}, {"to", params.to}}) {
                    if (day[1] != null && day[1].matches(ISO_DATE) && !exists(day[1])) {
                        context.buildConstraintViolationWithTemplate("must be a day that exists, e.g. 2009-10-01")
                                .addPropertyNode(day[0]).addConstraintViolation();
                        valid = false;
                    }
                }
                return valid;
            }

            private static boolean exists(String day) {
                try {
                    LocalDate.parse(day);
                    return true;
                } catch (DateTimeParseException notADay) {
                    return false;
                }
            }
        }
    }
}
