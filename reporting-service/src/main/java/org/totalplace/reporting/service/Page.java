package org.totalplace.reporting.service;

import java.util.List;
import java.util.function.Function;

/** One page of a query's results and how many there are in all. */
public record Page<T>(List<T> items, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total);
    }
}
