package org.totalplace.reporting;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.totalplace.testkit.RealInfrastructure;

/** The real PostgreSQL database and Kafka broker every {@code @QuarkusTest} of this service runs against. */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "reporting"))
public class InfrastructureResource {
}
