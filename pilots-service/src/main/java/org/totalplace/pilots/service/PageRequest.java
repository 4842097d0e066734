package org.totalplace.pilots.service;

/** One page of a list, sorted by a field the resource allows, ascending unless {@code descending}. */
public record PageRequest(int page, int size, String sortField, boolean descending) {

    public PageRequest {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1");
        }
    }
}
