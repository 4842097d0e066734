package org.totalplace.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.totalplace.launcher.ProjectLayout;

/**
 * The services share no jar (each is deployed on its own), so the technical shape they have in common —
 * problem details, paging, the outbox and its relay — is a copy in each. This test keeps the copies one:
 * a change to one of these classes must be made in every service at once (the package name aside).
 */
class ServiceShapeTest {

    private static final List<String> ALL = List.of("pilots", "governance", "spend", "reporting");
    private static final List<String> PRODUCERS = List.of("pilots", "governance", "spend");
    /** Services that consume events; reporting-service's copies are the reference for these. */
    private static final List<String> CONSUMERS = List.of("reporting", "governance", "spend");

    private static final List<String> IN_EVERY_SERVICE = List.of(
            "config/ClockProducer.java", "config/HttpConfig.java", "domain/Caller.java",
            "rest/BodySizeLimit.java", "rest/JsonPaths.java", "rest/JsonTypes.java", "rest/PageResponse.java",
            "rest/Problem.java", "rest/ProblemKind.java", "rest/ProblemMappers.java", "rest/BearerAuthentication.java",
            "rest/ViolationPaths.java",
            "service/ConflictException.java", "service/NotFoundException.java",
            "service/PreconditionFailedException.java", "service/PreconditionRequiredException.java",
            "service/ServiceException.java", "service/Violation.java",
            "rest/PageParams.java", "service/Page.java",
            "audit/AuditTrail.java", "audit/RequestTrace.java", "rest/AuditEntryResponse.java", "rest/AuditResource.java",
            "rest/RequestIds.java",
            "service/AuditEntries.java",
            "domain/Permission.java", "domain/Place.java", "domain/PilotScope.java", "domain/AccessDecision.java",
            "domain/AccessRules.java", "rest/Guarded.java", "rest/Places.java", "rest/Access.java",
            "rest/AccessFilter.java");

    private static final List<String> IN_EVERY_PRODUCER = List.of(
            "config/OutboxConfig.java", "events/Backoff.java", "events/EventEnvelope.java", "events/Outbox.java",
            "events/OutboxEvent.java", "events/OutboxProducer.java", "events/OutboxPublisher.java",
            "events/OutboxRecorded.java", "events/OutboxRelay.java", "service/PageRequest.java");

    private static final List<String> IN_EVERY_CONSUMER = List.of(
            "config/ConsumerRetryConfig.java", "events/EventFields.java", "events/EventPipeline.java",
            "events/Outcome.java", "events/PilotChanged.java", "events/PoisonEventException.java",
            "events/ProcessedEvents.java", "events/ReadModelChange.java", "events/ReceivedEvent.java");

    @Test
    void shouldKeepTheSharedClassesIdenticalInEveryService() throws IOException {
        List<String> drift = new ArrayList<>();
        drift.addAll(differences(IN_EVERY_SERVICE, "pilots", ALL));
        drift.addAll(differences(IN_EVERY_PRODUCER, "pilots", PRODUCERS));
        drift.addAll(differences(IN_EVERY_CONSUMER, "reporting", CONSUMERS));
        assertThat(drift).as("shared classes that differ from the reference copy").isEmpty();
    }

    @Test
    void shouldNoticeADifferenceBetweenTwoCopies() {
        assertThat(normalise("package org.totalplace.spend.rest;\nclass A { int x; }", "spend"))
                .isEqualTo(normalise("package org.totalplace.pilots.rest;\nclass A { int x; }", "pilots"))
                .isNotEqualTo(normalise("package org.totalplace.pilots.rest;\nclass A { long x; }", "pilots"));
    }

    private static List<String> differences(List<String> files, String referenceService, List<String> services)
            throws IOException {
        List<String> drift = new ArrayList<>();
        for (String file : files) {
            String reference = normalise(read(referenceService, file), referenceService);
            for (String service : services) {
                Path copy = source(service, file);
                if (!Files.exists(copy)) {
                    drift.add(service + "-service lacks " + file);
                } else if (!normalise(read(service, file), service).equals(reference)) {
                    drift.add(service + "-service/" + file);
                }
            }
        }
        return drift;
    }

    private static Path source(String service, String file) {
        return ProjectLayout.root().resolve(service + "-service/src/main/java/org/totalplace/" + service).resolve(file);
    }

    private static String read(String service, String file) throws IOException {
        return Files.readString(source(service, file), StandardCharsets.UTF_8);
    }

    private static String normalise(String source, String service) {
        return source.replace("org.totalplace." + service, "org.totalplace.SERVICE");
    }
}
