package org.totalplace.pilots.events;

import java.util.UUID;
import org.totalplace.pilots.domain.PartnerBody;

/** The data of partner-body-registered and partner-body-updated: the whole register entry after the change. */
public record PartnerBodyEvent(UUID bodyId, String name, String type, String tier, String code, String region,
                               long version) {

    public static final String REGISTERED = "totalplace.pilots.partner-body-registered.v1";
    public static final String UPDATED = "totalplace.pilots.partner-body-updated.v1";

    public static PartnerBodyEvent of(PartnerBody body) {
        return new PartnerBodyEvent(body.id(), body.name(), body.type().name(),
                body.tier() == null ? null : body.tier().name(), body.code(),
                body.region() == null ? null : body.region().displayName(), body.version());
    }
}
