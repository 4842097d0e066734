package org.totalplace.reporting.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.totalplace.reporting.config.JournalConfig;
import org.totalplace.reporting.domain.state.JournalEvent;
import org.totalplace.reporting.service.TopicReplay;

/**
 * Reads the three topics with a plain KafkaConsumer: every partition assigned, from its beginning up to the end
 * offset taken at the start, no consumer group and so no commits (live consumption is not disturbed). Each record
 * goes through its consumer's own decoding: what a consumer would dead-letter is skipped here as well.
 */
@ApplicationScoped
public class KafkaTopicReplay implements TopicReplay {

    private static final Duration POLL = Duration.ofMillis(500);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    JournalConfig config;

    @ConfigProperty(name = "mp.messaging.incoming." + PilotEventsConsumer.CHANNEL + ".topic")
    String pilotsTopic;

    @ConfigProperty(name = "mp.messaging.incoming." + GovernanceEventsConsumer.CHANNEL + ".topic")
    String governanceTopic;

    @ConfigProperty(name = "mp.messaging.incoming." + SpendEventsConsumer.CHANNEL + ".topic")
    String spendTopic;

    @Inject
    PilotEventsConsumer pilots;

    @Inject
    GovernanceEventsConsumer governance;

    @Inject
    SpendEventsConsumer spend;

    @Override
    public Replay readAll() {
        Map<String, Function<ReceivedEvent, ReadModelChange>> decoders = new LinkedHashMap<>();
        decoders.put(pilotsTopic, pilots::decode);
        decoders.put(governanceTopic, governance::decode);
        decoders.put(spendTopic, spend::decode);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : decoders.keySet()) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic);
                if (infos != null) {
                    infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<String, long[]> counts = new HashMap<>();
            decoders.keySet().forEach(topic -> counts.put(topic, new long[3]));
            List<JournalEvent> events = new ArrayList<>();
            Duration timeout = config.rebuildTimeout();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!reachedEnd(consumer, partitions, ends)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the topics were not read to their end within " + timeout);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= ends.getOrDefault(partition, 0L)) {
                        continue; // published after the rebuild started: the consumers will journal it
                    }
                    long[] count = counts.get(record.topic());
                    count[0]++;
                    JournalEvent event = decode(record.value(), decoders.get(record.topic()));
                    if (event == null) {
                        count[2]++;
                    } else {
                        count[1]++;
                        events.add(event);
                    }
                }
            }
            List<TopicCount> topics = decoders.keySet().stream()
                    .map(topic -> new TopicCount(topic, counts.get(topic)[0], counts.get(topic)[1],
                            counts.get(topic)[2]))
                    .toList();
            return new Replay(events, topics);
        }
    }

    /** The journal entry of a record, or null for one the journal does not keep (poison included). */
    private static JournalEvent decode(String value, Function<ReceivedEvent, ReadModelChange> decoder) {
        try {
            ReceivedEvent event = ReceivedEvent.parse(value);
            decoder.apply(event);
            return Journaling.entryOf(event);
        } catch (PoisonEventException e) {
            return null;
        }
    }

    private static boolean reachedEnd(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions,
                                      Map<TopicPartition, Long> ends) {
        for (TopicPartition partition : partitions) {
            if (consumer.position(partition) < ends.getOrDefault(partition, 0L)) {
                return false;
            }
        }
        return true;
    }

    private Properties properties() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-service-journal-rebuild");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        // An unreachable broker fails the rebuild in seconds rather than after Kafka's default minute per call.
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
        return props;
    }
}
