package org.totalplace.spend;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.totalplace.testkit.RealInfrastructure;

/** The one declaration of this service's test infrastructure: a fresh PostgreSQL database and a real broker. */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "spend"))
public final class InfrastructureResource {

    private InfrastructureResource() {
    }
}
