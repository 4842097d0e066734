package org.totalplace.pilots;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.totalplace.testkit.RealInfrastructure;

/** Every {@code @QuarkusTest} of this service runs against a real PostgreSQL database and Kafka broker. */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "pilots"))
public final class InfrastructureResource {

    private InfrastructureResource() {
    }
}
