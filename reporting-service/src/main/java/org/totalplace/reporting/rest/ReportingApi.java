package org.totalplace.reporting.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The API as a whole: every operation needs a bearer token (unless totalplace.reports.public opens the reports
 * for reading).
 */
@OpenAPIDefinition(
        info = @Info(title = "reporting-service", version = "1",
                description = "Read models of the Total Place programme built from the events of pilots-, governance- "
                        + "and spend-service: pilots, their groups and their counted spend."),
        security = @SecurityRequirement(name = "bearer"),
        components = @Components(securitySchemes = @SecurityScheme(securitySchemeName = "bearer",
                type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
                description = "A JWT from the identity provider (locally: ./deploy/token --role ROLE); its groups claim "
                        + "carries the role, pilots and region the scope. Without a valid one: 401 unauthenticated.")))
public class ReportingApi extends Application {
}
