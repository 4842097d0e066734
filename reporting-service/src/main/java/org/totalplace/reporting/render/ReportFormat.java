package org.totalplace.reporting.render;

/** The forms a report is offered in; the index links each as {@code <report path>?format=<extension>}. */
public enum ReportFormat {
    HTML("html", "HTML", "text/html"),
    PDF("pdf", "PDF", "application/pdf"),
    JSON("json", "JSON", "application/json"),
    CSV("csv", "CSV", "text/csv");

    private final String extension;
    private final String label;
    private final String mediaType;

    ReportFormat(String extension, String label, String mediaType) {
        this.extension = extension;
        this.label = label;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    public String mediaType() {
        return mediaType;
    }
}
