package org.totalplace.pilots.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
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
}
