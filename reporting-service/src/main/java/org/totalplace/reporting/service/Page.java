package org.totalplace.reporting.service;

import java.util.List;
import java.util.function.Function;

/** The items of one page and how many items there are on all pages. */
public record Page<T>(List<T> items, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total);
    }
}
