package org.totalplace.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import io.restassured.RestAssured;
import org.totalplace.launcher.Postgres;
import org.totalplace.launcher.ProjectLayout;
import org.totalplace.launcher.ServiceSpec;
import org.totalplace.launcher.Stack;

/** The four packaged services on a real broker and throw-away databases, started the way ./deploy/run does. */
final class RunningSystem implements AutoCloseable {

    private final Stack stack;
    private final Path workDirectory;

    private RunningSystem(Stack stack, Path workDirectory) {
        this.stack = stack;
        this.workDirectory = workDirectory;
    }

    private static RunningSystem shared;

    /** One running system for all end-to-end test classes of this JVM; stopped when the JVM exits. */
    static synchronized RunningSystem shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    private static RunningSystem start() {
        try {
            // Under target/: broker data and service logs stay inspectable after a failure, and mvn clean removes them.
            Path work = Files.createDirectories(ProjectLayout.root().resolve("deploy/e2e/target/e2e-runs"))
                    .resolve("run-" + System.currentTimeMillis());
            Files.createDirectories(work);
            Stack stack = new Stack(Stack.Options.forTest(work), Postgres.fromEnvironment(), ProjectLayout.root());
            // Services are plain child processes: stop them even if the test JVM is asked to exit early.
            Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "stop-e2e-stack"));
            stack.start(line -> System.out.println("[e2e] " + line));
            // Every request the end-to-end tests send carries a programme-office token unless a test says otherwise
            RestAssured.authentication = RestAssured.oauth2(stack.programmeOfficeToken());
            return new RunningSystem(stack, work);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Stack stack() {
        return stack;
    }

    /** A programme-office token the running services accept. */
    String token() {
        return stack.programmeOfficeToken();
    }

    String url(ServiceSpec spec) {
        return stack.baseUrl(spec);
    }

    Connection database(ServiceSpec spec) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", stack.postgres().user());
        if (!stack.postgres().password().isEmpty()) {
            props.setProperty("password", stack.postgres().password());
        }
        return DriverManager.getConnection(stack.jdbcUrl(spec), props);
    }

    Path workDirectory() {
        return workDirectory;
    }

    @Override
    public void close() {
        stack.stop();
    }
}
