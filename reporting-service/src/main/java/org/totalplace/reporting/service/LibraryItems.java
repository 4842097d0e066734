package org.totalplace.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.totalplace.reporting.domain.library.LibraryDraft;
import org.totalplace.reporting.domain.library.LibraryItem;
import org.totalplace.reporting.domain.library.LibraryKind;
import org.totalplace.reporting.domain.library.LibraryRules;

/**
 * The knowledge library: items are created and replaced (If-Match) by the programme office, listed with filters and
 * found by full-text search (PostgreSQL: the {@code search} column of V5__library.sql).
 */
@ApplicationScoped
public class LibraryItems {

    /** ts_headline's options: plain text, matches marked « », two fragments of up to 35 words. */
    static final String HEADLINE_OPTIONS = "StartSel=«, StopSel=», MaxWords=35, MinWords=12, MaxFragments=2, "
            + "FragmentDelimiter=\" … \"";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** A list's filters; null = any. {@code from} and {@code to} are inclusive dates. */
    public record Filter(String kind, String place, String theme, String tag, LocalDate from, LocalDate to) {
    }

    /** A search hit: the item, its rank ({@code ts_rank_cd}) and a snippet of its (anonymised) title and body. */
    public record Hit(LibraryItem item, double rank, String snippet) {
    }

    @Transactional
    public LibraryItem create(LibraryDraft draft) {
        check(draft);
        Instant now = clock.instant();
        LibraryItem item = new LibraryItem();
        item.id = UUID.randomUUID();
        item.apply(draft);
        item.version = 1;
        item.createdAt = now;
        item.updatedAt = now;
        item.persist();
        return item;
    }

    @Transactional
    public LibraryItem require(UUID id) {
        LibraryItem item = LibraryItem.findById(id);
        if (item == null) {
            throw new NotFoundException("No library item " + id);
        }
        return item;
    }

    @Transactional
    public LibraryItem replace(UUID id, ExpectedVersion expected, LibraryDraft draft) {
        LibraryItem item = LibraryItem.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw new NotFoundException("No library item " + id);
        }
        if (!expected.matches(item.version)) {
            throw new PreconditionFailedException("Library item " + id + " is at version " + item.version
                    + ", not the one in If-Match; read it again and redo the change");
        }
        check(draft);
        item.apply(draft);
        item.version++;
        item.updatedAt = clock.instant();
        return item;
    }

    /** Newest first (by date, then id). */
    @Transactional
    public Page<LibraryItem> list(Filter filter, int page, int size) {
        checkKind(filter.kind());
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filter, parameters);
        Query count = em.createNativeQuery("select count(*) from library_item i" + where);
        Query select = em.createNativeQuery("select i.* from library_item i" + where
                + " order by i.item_date desc, i.id limit :limit offset :offset", LibraryItem.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        select.setParameter("limit", size).setParameter("offset", (long) page * size);
        @SuppressWarnings("unchecked")
        List<LibraryItem> items = select.getResultList();
        return new Page<>(items, ((Number) count.getSingleResult()).longValue());
    }

    /**
     * Full-text search over the anonymised title (weight A), the places, themes and tags (B) and the anonymised body
     * (C), with web-search syntax ({@code "quoted phrase"}, {@code or}, {@code -word}) and English stemming, narrowed
     * by the list's filters. Ranked by {@code ts_rank_cd}, ties by date (newest first) then id.
     */
    @Transactional
    public Page<Hit> search(String q, Filter filter, int page, int size) {
        if (q == null || q.isBlank()) {
            throw new InvalidRequestException("q is required: the words to search for",
                    List.of(new Violation("q", "is required: the words to search for")));
        }
        checkKind(filter.kind());
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("q", q.strip());
        List<String> conditions = new ArrayList<>(List.of("i.search @@ query"));
        conditions.addAll(conditions(filter, parameters));
        String from = " from library_item i, websearch_to_tsquery('english', :q) query where "
                + String.join(" and ", conditions);
        Query count = em.createNativeQuery("select count(*)" + from);
        Query select = em.createNativeQuery("""
                select i.id, ts_rank_cd(i.search, query) as rank,
                       ts_headline('english', i.anonymised_title || '. ' || i.anonymised_body, query, :options)
                           as snippet""" + from + """
                 order by rank desc, i.item_date desc, i.id
                limit :limit offset :offset""");
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        select.setParameter("options", HEADLINE_OPTIONS).setParameter("limit", size)
                .setParameter("offset", (long) page * size);
        List<Hit> hits = new ArrayList<>();
        for (Object row : select.getResultList()) {
            Object[] columns = (Object[]) row;
            LibraryItem item = LibraryItem.findById(columns[0]);
            hits.add(new Hit(item, rank(columns[1]), (String) columns[2]));
        }
        return new Page<>(hits, ((Number) count.getSingleResult()).longValue());
    }

    /**
     * What the fortnightly update carries: items dated after {@code fromExclusive} up to and including
     * {@code toInclusive} that may be published (a citizen story only with consent), oldest first.
     */
    @Transactional
    public List<LibraryItem> publishableBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        return LibraryItem.<LibraryItem>find("date > ?1 and date <= ?2 order by date, id", fromExclusive,
                        toInclusive).stream()
                .filter(LibraryItem::publishable)
                .toList();
    }

    /** ts_rank_cd is a real (float4): its shortest decimal, 0.4 rather than 0.4000000059604645. */
    private static double rank(Object value) {
        return value instanceof Float real ? Double.parseDouble(real.toString()) : ((Number) value).doubleValue();
    }

    private static String where(Filter filter, Map<String, Object> parameters) {
        List<String> conditions = conditions(filter, parameters);
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static List<String> conditions(Filter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.kind() != null) {
            conditions.add("i.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.place() != null) {
            conditions.add("cast(:place as text) = any(i.places)");
            parameters.put("place", filter.place());
        }
        if (filter.theme() != null) {
            conditions.add("cast(:theme as text) = any(i.themes)");
            parameters.put("theme", filter.theme());
        }
        if (filter.tag() != null) {
            conditions.add("cast(:tag as text) = any(i.tags)");
            parameters.put("tag", filter.tag());
        }
        if (filter.from() != null) {
            conditions.add("i.item_date >= :fromDate");
            parameters.put("fromDate", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("i.item_date <= :toDate");
            parameters.put("toDate", filter.to());
        }
        return conditions;
    }

    private static void checkKind(String kind) {
        if (kind != null && LibraryKind.named(kind).isEmpty()) {
            String message = "must be one of " + String.join(", ", LibraryKind.names()) + " (got " + kind + ")";
            throw new InvalidRequestException("kind " + message, List.of(new Violation("kind", message)));
        }
    }

    private static void check(LibraryDraft draft) {
        List<Violation> malformed = LibraryRules.malformed(draft).stream()
                .map(r -> new Violation(r.field(), r.message())).toList();
        if (!malformed.isEmpty()) {
            throw new InvalidRequestException(detail(malformed), malformed);
        }
        List<Violation> breaches = LibraryRules.breaches(draft).stream()
                .map(r -> new Violation(r.field(), r.message())).toList();
        if (!breaches.isEmpty()) {
            throw new RuleViolationException(detail(breaches), breaches);
        }
    }

    private static String detail(List<Violation> violations) {
        return String.join("; ", violations.stream().map(v -> v.field() + " " + v.message()).toList());
    }
}
