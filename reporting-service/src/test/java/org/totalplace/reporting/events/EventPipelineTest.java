package org.totalplace.reporting.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.enterprise.inject.Vetoed;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.totalplace.reporting.config.ConsumerRetryConfig;

/** The pipeline's decisions without Quarkus: what is poison, what is retried, what is counted. */
class EventPipelineTest {

    private static final String TYPE = "totalplace.pilots.pilot-registered.v1";

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final ScriptedProcessedEvents processed = new ScriptedProcessedEvents();
    private final EventPipeline pipeline = new EventPipeline(processed, registry, retries(3));

    private static ConsumerRetryConfig retries(int maxAttempts) {
        return new ConsumerRetryConfig() {
            @Override
            public int maxAttempts() {
                return maxAttempts;
            }

            @Override
            public Duration initialBackoff() {
                return Duration.ZERO;
            }

            @Override
            public Duration maxBackoff() {
                return Duration.ZERO;
            }
        };
    }

    /** Answers applyOnce from a script: an outcome, or an exception to throw. Not a bean of the test application. */
    @Vetoed
    static final class ScriptedProcessedEvents extends ProcessedEvents {
        final Deque<Object> script = new ArrayDeque<>();
        int calls;

        @Override
        public Outcome applyOnce(ReceivedEvent event, ReadModelChange change) {
            calls++;
            Object next = script.isEmpty() ? Outcome.APPLIED : script.pop();
            if (next instanceof RuntimeException e) {
                throw e;
            }
            return (Outcome) next;
        }
    }

    private static ConsumerRecord<String, String> record(String value) {
        return new ConsumerRecord<>("totalplace.pilots.v1", 0, 7L, "key", value);
    }

    private static String event(String type) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"/pilots-service\","
                + "\"type\":\"" + type + "\",\"data\":{}}";
    }

    private double count(String name) {
        return registry.find(name).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    @Test
    void shouldRetryAFailureThatIsNotPoisonAndCountTheEventOnce() {
        processed.script.add(new IllegalStateException("connection refused"));

        Outcome outcome = pipeline.process(record(event(TYPE)), e -> () -> { });

        assertThat(outcome).isEqualTo(Outcome.APPLIED);
        assertThat(processed.calls).isEqualTo(2);
        assertThat(registry.get(EventPipeline.APPLIED).tag("type", TYPE).counter().count()).isEqualTo(1.0);
        assertThat(count(EventPipeline.REJECTED)).isZero();
    }

    @Test
    void shouldGiveUpAfterTheLastAttemptSoTheRecordIsDeadLettered() {
        for (int i = 0; i < 3; i++) {
            processed.script.add(new IllegalStateException("connection refused"));
        }

        assertThatThrownBy(() -> pipeline.process(record(event(TYPE)), e -> () -> { }))
                .hasMessageContaining("after 3 attempts").hasMessageContaining("connection refused");
        assertThat(processed.calls).isEqualTo(3);
        assertThat(count(EventPipeline.REJECTED)).isEqualTo(1.0);
        assertThat(count(EventPipeline.APPLIED)).isZero();
    }

    @Test
    void shouldRejectPoisonAtOnceWithoutOpeningATransaction() {
        assertThatThrownBy(() -> pipeline.process(record("not an event"), e -> () -> { }))
                .isInstanceOf(PoisonEventException.class);

        assertThat(processed.calls).isZero();
        assertThat(count(EventPipeline.REJECTED)).isEqualTo(1.0);
    }

    @Test
    void shouldRejectDataTheDecoderRefusesWithoutRetrying() {
        assertThatThrownBy(() -> pipeline.process(record(event(TYPE)), e -> {
            throw new PoisonEventException("data.pilotId must be a UUID");
        })).isInstanceOf(PoisonEventException.class).hasMessage("data.pilotId must be a UUID");

        assertThat(processed.calls).isZero();
        assertThat(count(EventPipeline.REJECTED)).isEqualTo(1.0);
    }

    @Test
    void shouldCountDuplicatesAndIgnoredTypesByType() {
        processed.script.add(Outcome.DUPLICATE);
        processed.script.add(Outcome.IGNORED);

        pipeline.process(record(event(TYPE)), e -> () -> { });
        pipeline.process(record(event("totalplace.pilots.pilot-retired.v1")), e -> null);

        assertThat(registry.get(EventPipeline.DUPLICATES).tag("type", TYPE).counter().count()).isEqualTo(1.0);
        assertThat(registry.get(EventPipeline.IGNORED).tag("type", "totalplace.pilots.pilot-retired.v1").counter().count())
                .isEqualTo(1.0);
        assertThat(count(EventPipeline.APPLIED)).isZero();
    }
}
