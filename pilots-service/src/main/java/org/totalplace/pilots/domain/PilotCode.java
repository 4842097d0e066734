package org.totalplace.pilots.domain;

import java.util.regex.Pattern;

/**
 * The stable, human-readable key of a pilot ({@code lewisham}, {@code central-bedfordshire-and-luton}):
 * lowercase words of letters and digits joined by single hyphens, at most {@value #MAX_LENGTH} characters.
 * A code never changes once a pilot is registered.
 */
public record PilotCode(String value) {

    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final int MAX_LENGTH = 60;
    public static final String RULE =
            "must be lowercase letters and digits in words joined by single hyphens, at most " + MAX_LENGTH + " characters";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    public PilotCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("pilot code '" + value + "' " + RULE);
        }
    }

    public static boolean isValid(String candidate) {
        return candidate != null && candidate.length() <= MAX_LENGTH && COMPILED.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
