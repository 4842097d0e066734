package org.totalplace.reporting.events;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A Government Office's webhook endpoint, written with the JDK only: {@link #healthy()} records every POST and
 * answers from a script of status codes (204 once the script is used up); {@link #hanging()} accepts connections
 * and never answers, like a receiver that is up but stuck.
 */
final class TestReceiver implements AutoCloseable {

    /** One POST as received: headers with lower-case names, the body exactly as sent. */
    record Received(Instant at, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Integer> script = new ArrayDeque<>();
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private ServerSocket hangingSocket;
    private int port;

    private TestReceiver() {
    }

    static TestReceiver healthy(Integer... statuses) throws IOException {
        TestReceiver receiver = new TestReceiver();
        receiver.script.addAll(List.of(statuses));
        receiver.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.server.setExecutor(Executors.newFixedThreadPool(4));
        receiver.server.createContext("/hooks", exchange -> {
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            receiver.received.add(new Received(Instant.now(), headers, body));
            int status = receiver.next();
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.server.start();
        receiver.port = receiver.server.getAddress().getPort();
        return receiver;
    }

    static TestReceiver hanging() throws IOException {
        TestReceiver receiver = new TestReceiver();
        receiver.hangingSocket = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"));
        receiver.port = receiver.hangingSocket.getLocalPort();
        Thread acceptor = new Thread(() -> {
            while (!receiver.hangingSocket.isClosed()) {
                try {
                    receiver.held.add(receiver.hangingSocket.accept()); // read nothing, answer nothing
                } catch (IOException closed) {
                    return;
                }
            }
        }, "hanging-receiver");
        acceptor.setDaemon(true);
        acceptor.start();
        return receiver;
    }

    private synchronized int next() {
        return script.isEmpty() ? 204 : script.pop();
    }

    synchronized void answerFromNowOn(int status) {
        script.clear();
        for (int i = 0; i < 1000; i++) {
            script.add(status);
        }
    }

    synchronized void recover() {
        script.clear();
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hooks";
    }

    List<Received> received() {
        return new ArrayList<>(received);
    }

    int connectionsHeld() {
        return held.size();
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            server.stop(0);
        }
        if (hangingSocket != null) {
            hangingSocket.close();
            for (Socket socket : held) {
                socket.close();
            }
        }
    }
}
