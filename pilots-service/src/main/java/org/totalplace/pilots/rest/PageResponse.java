package org.totalplace.pilots.rest;

import java.util.List;

/** One page of a list: {@code {"items":[…],"page":0,"size":50,"total":13}}. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public PageResponse {
        items = List.copyOf(items);
    }
}
