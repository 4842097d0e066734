package org.totalplace.spend.service;

import java.util.List;

/** The client changed an older version than the one stored: it must read again and redo its change. */
public class PreconditionFailedException extends ServiceException {

    public PreconditionFailedException(String detail) {
        super(detail, List.of(new Violation("If-Match", detail)));
    }
}
