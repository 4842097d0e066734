package org.totalplace.governance.service;

import java.util.List;

/** The request names something that does not exist. */
public class NotFoundException extends ServiceException {

    public NotFoundException(String detail) {
        super(detail, List.of());
    }
}
