package org.totalplace.launcher;

/** Something the system needs from its surroundings (a database server, a free port, the broker's jars) is not there. */
public class InfrastructureException extends RuntimeException {
    public InfrastructureException(String message) {
        super(message);
    }

    public InfrastructureException(String message, Throwable cause) {
        super(message, cause);
    }
}
