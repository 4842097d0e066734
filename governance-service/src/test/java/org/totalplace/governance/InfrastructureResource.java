package org.totalplace.governance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.totalplace.testkit.RealInfrastructure;

/** Declares, once for every {@code @QuarkusTest} of this service, the real PostgreSQL database and Kafka broker. */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "governance"))
public final class InfrastructureResource {

    private InfrastructureResource() {
    }
}
