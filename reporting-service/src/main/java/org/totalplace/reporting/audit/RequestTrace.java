package org.totalplace.reporting.audit;

import jakarta.enterprise.context.RequestScoped;

/** The id of the HTTP request being served, set by the REST layer and written into audit entries. */
@RequestScoped
public class RequestTrace {

    private String requestId;

    public String requestId() {
        return requestId;
    }

    public void requestId(String requestId) {
        this.requestId = requestId;
    }
}
