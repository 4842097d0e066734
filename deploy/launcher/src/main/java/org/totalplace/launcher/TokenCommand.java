package org.totalplace.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./deploy/token --role pilot-lead --pilot lewisham [--pilot …] [--region "London"]
 * [--subject alice@example.gov.uk] [--hours 8]}: prints a bearer token for the services of a local run,
 * signed with the key pair in {@code deploy/.run/keys/} (created if absent, so {@code ./deploy/run} then
 * uses the same pair). Only the token goes to standard output; the private key is never printed.
 */
public final class TokenCommand {

    static final String USAGE = "usage: ./deploy/token --role ROLE [--pilot CODE]... [--region \"REGION\"] "
            + "[--subject NAME] [--hours N]\n  roles: " + String.join(", ", Tokens.ROLES)
            + "\n  regions: " + String.join(", ", Tokens.REGIONS);

    private TokenCommand() {
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(USAGE);
            return;
        }
        try {
            Request request = parse(List.of(args));
            Path keysDirectory = keysDirectory(ProjectLayout.root());
            Tokens tokens = new Tokens(Keys.inDirectory(keysDirectory), Tokens.issuerFromEnvironment(System.getenv()));
            System.out.println(tokens.mint(request.claims(), request.lifetime()));
        } catch (IllegalArgumentException e) {
            System.err.println("deploy/token: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        } catch (InfrastructureException e) {
            System.err.println("deploy/token: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Where {@code ./deploy/run} and {@code ./deploy/token} keep the local key pair (git-ignored). */
    public static Path keysDirectory(Path projectRoot) {
        return projectRoot.resolve("deploy/.run/keys");
    }

    record Request(Tokens.Claims claims, Duration lifetime) {
    }

    static Request parse(List<String> args) {
        String role = null;
        String region = null;
        String subject = null;
        long hours = 8;
        List<String> pilots = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args.get(++i);
            switch (option) {
                case "--role" -> role = value;
                case "--pilot" -> pilots.add(value);
                case "--region" -> region = value;
                case "--subject" -> subject = value;
                case "--hours" -> hours = hours(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (role == null) {
            throw new IllegalArgumentException("--role is required");
        }
        return new Request(new Tokens.Claims(subject == null ? role + "@totalplace.local" : subject, role, pilots, region),
                Duration.ofHours(hours));
    }

    private static long hours(String value) {
        try {
            long hours = Long.parseLong(value);
            if (hours < 1 || hours > 24 * 31) {
                throw new IllegalArgumentException("--hours must be between 1 and 744, got " + value);
            }
            return hours;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--hours must be a whole number, got '" + value + "'");
        }
    }
}
