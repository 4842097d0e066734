package org.totalplace.pilots.rest;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.totalplace.pilots.domain.Region;

/** Adds to the OpenAPI document what annotations cannot say: the regions, by their JSON names, from the enum. */
public class OpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Schema region = OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.STRING))
                .description("An English region, by its official name")
                .enumeration(new ArrayList<>(Region.displayNames()));
        openAPI.getComponents().addSchema("Region", region);
    }
}
