package org.totalplace.pilots.rest;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A body joining a pilot's partnership, named by its id or by its code (one of the two). */
@Schema(name = "JoinRequest")
@JoinRequest.OneBody
public record JoinRequest(
        @Schema(description = "The body's id; or give bodyCode", nullable = true)
        UUID bodyId,

        @Schema(description = "The body's code; or give bodyId", nullable = true, example = "E08000037")
        @Size(max = PartnerBodyRequest.CODE_MAX_LENGTH)
        String bodyCode,

        @Schema(description = "The first day of membership", example = "2009-06-01")
        @NotNull
        LocalDate from) {

    String body() {
        return bodyId != null ? bodyId.toString() : bodyCode;
    }

    String bodyField() {
        return bodyId != null ? "bodyId" : "bodyCode";
    }

    /** Exactly one of bodyId and bodyCode. */
    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = OneBody.Check.class)
    public @interface OneBody {

        String message() default "give bodyId or bodyCode";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<OneBody, JoinRequest> {

            @Override
            public boolean isValid(JoinRequest request, ConstraintValidatorContext context) {
                if (request == null) {
                    return true;
                }
                boolean byCode = request.bodyCode != null && !request.bodyCode.isBlank();
                if (request.bodyId != null ^ byCode) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                if (byCode) {
                    context.buildConstraintViolationWithTemplate("give bodyId or bodyCode, not both")
                            .addPropertyNode("bodyCode").addConstraintViolation();
                } else {
                    context.buildConstraintViolationWithTemplate("give bodyId or bodyCode to name the body that joins")
                            .addPropertyNode("bodyId").addConstraintViolation();
                }
                return false;
            }
        }
    }
}
