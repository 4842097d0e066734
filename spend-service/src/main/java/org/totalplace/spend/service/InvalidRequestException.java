package org.totalplace.spend.service;

import java.util.List;

/** The request cannot be carried out as sent (a mapping naming a column the file lacks, a file that is not CSV): 400. */
public class InvalidRequestException extends ServiceException {

    public InvalidRequestException(String detail, List<Violation> violations) {
        super(detail, violations);
    }
}
