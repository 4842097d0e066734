package org.totalplace.spend.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.totalplace.spend.domain.KnownPartnerMembership;

/**
 * The data of {@code totalplace.pilots.partner-body-joined.v1} and {@code ...partner-body-left.v1}: one period of a
 * body in a pilot's partnership, with the body's name, type and code, and the membership's version. {@code to} is
 * null until the body leaves.
 */
public record PartnerMembershipChanged(KnownPartnerMembership.Period period) {

    public static PartnerMembershipChanged from(JsonNode data) {
        LocalDate from = date(EventFields.text(data, "from", "data.from"), "data.from");
        String toText = EventFields.optionalText(data, "to", "data.to");
        LocalDate to = toText == null ? null : date(toText, "data.to");
        if (to != null && to.isBefore(from)) {
            throw new PoisonEventException("data.to " + to + " is before data.from " + from);
        }
        return new PartnerMembershipChanged(new KnownPartnerMembership.Period(
                EventFields.uuid(data, "membershipId", "data.membershipId"),
                EventFields.uuid(data, "pilotId", "data.pilotId"),
                EventFields.uuid(data, "bodyId", "data.bodyId"),
                EventFields.text(data, "bodyName", "data.bodyName"),
                EventFields.text(data, "bodyType", "data.bodyType"),
                EventFields.optionalText(data, "bodyCode", "data.bodyCode"),
                from, to,
                EventFields.nonNegativeLong(data, "version", "data.version")));
    }

    private static LocalDate date(String text, String path) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException(path + " must be an ISO date such as 2009-04-01, not '" + text + "'");
        }
    }
}
