package org.totalplace.spend.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.spend.service.InvalidRequestException;
import org.totalplace.spend.service.Violation;

/** {@code ?factor=3&minMonths=3} of the breaks queries, read as text so that a bad value is a 400 naming it. */
public class BreakParams {

    @QueryParam("factor")
    @DefaultValue("3")
    @Schema(description = "A month is a break when its total is above factor × median or below median ÷ factor; "
            + "a decimal greater than 1", example = "3")
    @Pattern(regexp = "\\d{1,3}(\\.\\d{1,4})?", message = "must be a decimal such as 3 or 2.5 (at most 4 decimal places)")
    String factor;

    @QueryParam("minMonths")
    @DefaultValue("3")
    @Schema(description = "Fewest months with lines for an assessment, 1 to 120", example = "3")
    @Pattern(regexp = "[1-9]|[1-9]\\d|1[01]\\d|120", message = "must be a whole number from 1 to 120")
    String minMonths;

    BigDecimal factor() {
        BigDecimal value = new BigDecimal(factor);
        if (value.compareTo(BigDecimal.ONE) <= 0) {
            throw new InvalidRequestException("factor must be greater than 1",
                    List.of(new Violation("factor", "must be greater than 1")));
        }
        return value;
    }

    int minMonths() {
        return Integer.parseInt(minMonths);
    }
}
