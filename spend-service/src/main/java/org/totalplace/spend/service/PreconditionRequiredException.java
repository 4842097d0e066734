package org.totalplace.spend.service;

import java.util.List;

/** An update came without saying which version it changes ({@code If-Match}). */
public class PreconditionRequiredException extends ServiceException {

    public PreconditionRequiredException(String detail) {
        super(detail, List.of(new Violation("If-Match", detail)));
    }
}
