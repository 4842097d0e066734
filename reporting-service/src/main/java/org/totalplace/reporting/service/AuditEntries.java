package org.totalplace.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Reads the audit trail ({@code audit_entry}) of one record, or of every record of a kind, newest first. */
@ApplicationScoped
public class AuditEntries {

    /** One recorded change; {@code before} and {@code after} are the row as JSON text (null for insert / delete). */
    public record Entry(long id, Instant at, String actor, String requestId, String recordType, String recordId,
                        String action, String before, String after) {
    }

    private final EntityManager em;

    AuditEntries(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Page<Entry> of(String recordType, String recordId, int page, int size) {
        String where = "where record_type = :type" + (recordId == null ? "" : " and record_id = :id");
        var count = em.createNativeQuery("select count(*) from audit_entry " + where).setParameter("type", recordType);
        var rows = em.createNativeQuery("select id, at, actor, request_id, record_type, record_id, action, "
                        + "before::text, after::text from audit_entry " + where + " order by id desc")
                .setParameter("type", recordType)
                .setFirstResult(page * size)
                .setMaxResults(size);
        if (recordId != null) {
            count.setParameter("id", recordId);
            rows.setParameter("id", recordId);
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<Entry> entries = new ArrayList<>();
        for (Object r : rows.getResultList()) {
            Object[] row = (Object[]) r;
            entries.add(new Entry(((Number) row[0]).longValue(), instant(row[1]), (String) row[2], (String) row[3],
                    (String) row[4], (String) row[5], (String) row[6], (String) row[7], (String) row[8]));
        }
        return new Page<>(entries, total);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
