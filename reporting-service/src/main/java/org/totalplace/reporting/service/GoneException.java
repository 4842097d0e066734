package org.totalplace.reporting.service;

import java.util.List;

/** The request names something that existed but was withdrawn (410). */
public class GoneException extends ServiceException {

    public GoneException(String detail) {
        super(detail, List.of());
    }
}
