package org.totalplace.pilots.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    @Test
    void shouldAnswerABugWithA500CarryingACorrelationId() {
        Response response = new ProblemMappers(new ObjectMapper()).internal(new NullPointerException("bug"), null);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getMediaType()).hasToString("application/problem+json");
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.type()).isEqualTo("urn:totalplace:problem:internal");
        assertThat(problem.correlationId()).isNotBlank();
        assertThat(problem.detail()).contains(problem.correlationId()).doesNotContain("NullPointerException");
    }

    @Test
    void shouldAnswerARequestWithoutATokenWithA401ProblemAndABearerChallenge() {
        Response response = new ProblemMappers(new ObjectMapper()).unauthenticated(new UnauthorizedException(), null, null);

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getMediaType()).hasToString("application/problem+json");
        assertThat(response.getHeaderString("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(((Problem) response.getEntity()).type()).isEqualTo("urn:totalplace:problem:unauthenticated");
    }

    @Test
    void shouldAnswerACallerWhoseRoleMayNotWithA403Problem() {
        Response response = new ProblemMappers(new ObjectMapper()).forbidden(new ForbiddenException(), null);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getMediaType()).hasToString("application/problem+json");
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.type()).isEqualTo("urn:totalplace:problem:forbidden");
        assertThat(problem.status()).isEqualTo(403);
    }
}
