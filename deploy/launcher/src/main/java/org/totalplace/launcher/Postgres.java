package org.totalplace.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server the services use, named the way libpq does it: {@code PGHOST}, {@code PGPORT},
 * {@code PGUSER}, {@code PGPASSWORD} (defaults 127.0.0.1, 5432, postgres, no password).
 */
public final class Postgres {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmm");
    private static final Pattern TEST_DATABASE = Pattern.compile("^[a-z]+_test_(\\d{12})_[a-z0-9]+$");
    private static final Pattern SAFE_NAME = Pattern.compile("^[a-z][a-z0-9_]{0,62}$");

    private final String host;
    private final int port;
    private final String user;
    private final String password;

    public Postgres(String host, int port, String user, String password) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    public static Postgres fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    static Postgres fromEnvironment(Map<String, String> env) {
        String portText = env.getOrDefault("PGPORT", "5432");
        int port;
        try {
            port = Integer.parseInt(portText.trim());
        } catch (NumberFormatException e) {
            throw new InfrastructureException("PGPORT must be a port number, got '" + portText + "'");
        }
        return new Postgres(env.getOrDefault("PGHOST", "127.0.0.1"), port,
                env.getOrDefault("PGUSER", "postgres"), env.getOrDefault("PGPASSWORD", ""));
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String describe() {
        return user + "@" + host + ":" + port;
    }

    /** Fails with a message a person can act on when the server cannot be reached. */
    public void checkReachable() {
        try (Connection ignored = connect("postgres")) {
            // reachable
        } catch (SQLException e) {
            throw new InfrastructureException("""
                    PostgreSQL is not reachable at %s (%s).
                    The services need a PostgreSQL server (version 15 or newer) they can create databases on.
                    Point them at one with PGHOST, PGPORT, PGUSER and PGPASSWORD, e.g.
                        PGHOST=db.example PGPORT=5433 PGUSER=totalplace PGPASSWORD=… ./deploy/run
                    On the project's development machines the local server is started with
                        pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start"""
                    .formatted(describe(), e.getMessage()), e);
        }
    }

    public boolean databaseExists(String name) {
        try (Connection c = connect("postgres");
             var ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new InfrastructureException("cannot look up database " + name + " on " + describe(), e);
        }
    }

    /** Creates the database unless it is there already; returns whether it was created. */
    public boolean ensureDatabase(String name) {
        if (databaseExists(name)) {
            return false;
        }
        execute("create database " + safe(name));
        return true;
    }

    /** A fresh database for one test run, e.g. {@code pilots_test_202611222105_k3x9q}. */
    public String createUniqueDatabase(String prefix) {
        dropAbandonedTestDatabases(Duration.ofHours(6));
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
        String name = safe(prefix + "_test_" + LocalDateTime.now().format(STAMP) + "_" + suffix);
        execute("create database " + name);
        return name;
    }

    public void dropDatabase(String name) {
        execute("drop database if exists " + safe(name) + " with (force)");
    }

    /** Test databases left by runs that were killed before they could clean up. */
    void dropAbandonedTestDatabases(Duration olderThan) {
        LocalDateTime cutoff = LocalDateTime.now().minus(olderThan);
        List<String> abandoned = new ArrayList<>();
        try (Connection c = connect("postgres");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select datname from pg_database where datname like '%\\_test\\_%'")) {
            while (rs.next()) {
                Matcher m = TEST_DATABASE.matcher(rs.getString(1));
                if (m.matches() && LocalDateTime.parse(m.group(1), STAMP).isBefore(cutoff)) {
                    abandoned.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new InfrastructureException("cannot list databases on " + describe(), e);
        }
        abandoned.forEach(this::dropDatabase);
    }

    private void execute(String sql) {
        try (Connection c = connect("postgres"); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new InfrastructureException("'" + sql + "' failed on " + describe() + ": " + e.getMessage(), e);
        }
    }

    private Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        if (!password.isEmpty()) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(jdbcUrl(database), props);
    }

    private static String safe(String name) {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a safe database name: " + name);
        }
        return name;
    }
}
