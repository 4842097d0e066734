package org.totalplace.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    @TempDir
    Path directory;

    @Test
    void shouldServeTopicsWithSeveralPartitionsAndKeepDataAcrossRestart() throws Exception {
        KafkaBroker broker = KafkaBroker.onFreePorts(directory).start();
        try {
            broker.createTopics(Topics.ALL);
            try (var admin = broker.admin()) {
                Set<String> names = admin.listTopics().names().get(20, TimeUnit.SECONDS);
                assertThat(names).containsAll(Topics.ALL);
                var description = admin.describeTopics(List.of(Topics.PILOTS)).allTopicNames().get(20, TimeUnit.SECONDS);
                assertThat(description.get(Topics.PILOTS).partitions()).hasSize(Topics.PARTITIONS);
            }
            send(broker, "pilot-1", "{\"hello\":\"lewisham\"}");

            broker.stop();
            assertThat(broker.isRunning()).isFalse();
            broker.start();

            assertThat(readAll(broker)).extracting(ConsumerRecord::value).containsExactly("{\"hello\":\"lewisham\"}");
        } finally {
            broker.stop();
        }
    }

    @Test
    void shouldRefuseToStartWhenItsPortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            KafkaBroker broker = KafkaBroker.at(directory, taken.getLocalPort(), FreePorts.next());
            assertThatThrownBy(broker::start)
                    .isInstanceOf(InfrastructureException.class)
                    .hasMessageContaining("port " + taken.getLocalPort());
        }
    }

    private static void send(KafkaBroker broker, String key, String value) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (var producer = new KafkaProducer<String, String>(props)) {
            producer.send(new ProducerRecord<>(Topics.PILOTS, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<ConsumerRecord<String, String>> readAll(KafkaBroker broker) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (var consumer = new KafkaConsumer<String, String>(props)) {
            List<TopicPartition> partitions = List.of(0, 1, 2).stream().map(p -> new TopicPartition(Topics.PILOTS, p)).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var records = new java.util.ArrayList<ConsumerRecord<String, String>>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }
}
