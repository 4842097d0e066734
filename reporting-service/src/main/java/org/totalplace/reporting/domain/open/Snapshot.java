package org.totalplace.reporting.domain.open;

/**
 * What a publication shows, fixed when it was published: the JSON content, a CSV table and, for a count, its
 * Fiscal Data Package descriptor (null otherwise).
 */
public record Snapshot(String title, String content, String csv, String dataPackage) {
}
