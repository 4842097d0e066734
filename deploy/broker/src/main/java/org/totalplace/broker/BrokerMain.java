package org.totalplace.broker;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.kafka.common.Uuid;

/**
 * Starts a single-node KRaft Kafka broker from Apache Kafka's own jars.
 *
 * <p>Formats the storage on first use, then hands over to {@code kafka.Kafka}. When started with
 * {@code --exit-on-stdin-close}, the broker shuts down as soon as its standard input closes: the
 * launcher (or test JVM) that started it holds the other end of that pipe, so a parent that dies,
 * even by {@code kill -9}, never leaves a stray broker behind.
 */
public final class BrokerMain {

    private BrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: BrokerMain <server.properties> [--exit-on-stdin-close]");
            System.exit(2);
        }
        String config = args[0];
        if (args.length > 1 && "--exit-on-stdin-close".equals(args[1])) {
            watchParent(System.in);
        }
        formatIfNeeded(config);
        kafka.Kafka.main(new String[] {config});
    }

    private static void formatIfNeeded(String config) throws IOException {
        Properties props = new Properties();
        try (InputStream in = new FileInputStream(config)) {
            props.load(in);
        }
        Path logDir = Path.of(props.getProperty("log.dirs"));
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        String clusterId = Uuid.randomUuid().toString();
        PrintStream out = System.out;
        int rc = kafka.tools.StorageTool.execute(new String[] {"format", "-t", clusterId, "-c", config}, out);
        if (rc != 0) {
            throw new IllegalStateException("formatting Kafka storage in " + logDir + " failed with code " + rc);
        }
    }

    private static void watchParent(InputStream stdin) {
        Thread watcher = new Thread(() -> {
            byte[] buffer = new byte[64];
            try {
                while (stdin.read(buffer) >= 0) {
                    // keep draining until the parent closes the pipe
                }
            } catch (IOException ignored) {
                // a broken pipe means the parent is gone as well
            }
            System.exit(0);
        }, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
