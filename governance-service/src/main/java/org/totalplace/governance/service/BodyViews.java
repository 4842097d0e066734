package org.totalplace.governance.service;

import org.totalplace.governance.domain.CurrentBody;

/**
 * A body named as text, seen two ways: as it was on the record's day, and what it has become today. Both null when
 * the text names no known body (the text then stands as recorded).
 */
public record BodyViews(BodyAsOf asRecorded, CurrentBody current) {

    static final BodyViews UNMATCHED = new BodyViews(null, null);
}
