package org.totalplace.governance.domain;

/** What can be done to a key product on its way to approval. */
public enum KeyProductAction {
    SUBMIT_FOR_APPROVAL,
    APPROVE,
    REJECT
}
