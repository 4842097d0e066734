package org.totalplace.reporting.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code ?page=0&size=50} of any list. Read as text and checked here, so that {@code ?size=lots}
 * is a 400 naming {@code size} (JAX-RS would answer a failed number conversion with 404).
 */
public class PageParams {

    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    @Schema(description = "Page number, from 0", example = "0")
    @Pattern(regexp = "\\d{1,9}", message = "must be a whole number, 0 or more")
    String page;

    @QueryParam("size")
    @DefaultValue("50")
    @Schema(description = "Items per page, 1 to " + MAX_SIZE, example = "50")
    @Pattern(regexp = "[1-9]|[1-9]\\d|1\\d\\d|200", message = "must be a whole number from 1 to " + MAX_SIZE)
    String size;

    int page() {
        return Integer.parseInt(page);
    }

    int size() {
        return Integer.parseInt(size);
    }

    /** The {@code Link} header of this page: {@code rel="prev"} and {@code rel="next"} where they exist. */
    String linkHeader(UriInfo uri, long total) {
        List<String> links = new ArrayList<>();
        if (page() > 0) {
            links.add(link(uri, Math.min(page() - 1, lastPage(total)), "prev"));
        }
        if ((long) (page() + 1) * size() < total) {
            links.add(link(uri, page() + 1, "next"));
        }
        return links.isEmpty() ? null : String.join(", ", links);
    }

    private int lastPage(long total) {
        return (int) Math.max(0, (total - 1) / size());
    }

    private static String link(UriInfo uri, int page, String rel) {
        return "<" + uri.getRequestUriBuilder().replaceQueryParam("page", page).build() + ">; rel=\"" + rel + "\"";
    }
}
