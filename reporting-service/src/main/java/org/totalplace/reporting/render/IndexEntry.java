package org.totalplace.reporting.render;

import java.util.List;

/**
 * One report on the index page. {@code path} is the report's address (e.g. {@code /reports/budget}); each of
 * {@code formats} is linked as {@link #href(ReportFormat)}, the path with {@code ?format=}. {@code query} (e.g.
 * {@code asOf=2010-02-05}, already URL-encoded) is added to every link, or null.
 */
public record IndexEntry(String kind, String title, String description, String path, List<ReportFormat> formats,
                         String query) {

    public IndexEntry {
        formats = List.copyOf(formats);
    }

    /** A report offered in every format. */
    public IndexEntry(String kind, String title, String description, String path) {
        this(kind, title, description, path, List.of(ReportFormat.values()), null);
    }

    public String href(ReportFormat format) {
        String href = path + "?format=" + format.extension();
        return query == null || query.isBlank() ? href : href + "&" + query;
    }
}
