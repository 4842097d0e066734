package org.totalplace.spend.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.JWTAuthMechanism;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Set;

/**
 * Bearer JWTs, verified by SmallRye JWT ({@code mp.jwt.verify.*}), with one change: the challenge the HTTP
 * security layer sends for a request it refuses before any resource is chosen (no token on a protected path,
 * or a token that does not verify) carries the same {@code application/problem+json} body as every other
 * error, besides its {@code WWW-Authenticate: Bearer} header. {@link ProblemMappers} answers the same
 * failures inside a resource alike.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class BearerAuthentication implements HttpAuthenticationMechanism {

    private final JWTAuthMechanism jwt;
    private final ObjectMapper json;

    BearerAuthentication(JWTAuthMechanism jwt, ObjectMapper json) {
        this.jwt = jwt;
        this.json = json;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        return jwt.authenticate(context, identities);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return jwt.getChallenge(context);
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (context.response().headWritten()) {
            return Uni.createFrom().item(true);
        }
        boolean presented = context.request().getHeader(HttpHeaders.AUTHORIZATION) != null;
        Problem problem = ProblemMappers.unauthenticated(presented, context.request().path());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            return HttpAuthenticationMechanism.super.sendChallenge(context);
        }
        context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.WWW_AUTHENTICATE, ProblemMappers.challenge(presented));
        return Uni.createFrom().completionStage(context.response().end(body).toCompletionStage()).replaceWith(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return jwt.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return jwt.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return jwt.getPriority() + 1;
    }
}
