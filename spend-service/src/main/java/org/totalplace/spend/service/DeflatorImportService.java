package org.totalplace.spend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.totalplace.spend.domain.FinancialYear;
import org.totalplace.spend.domain.InvalidValueException;

/**
 * Imports a deflator series sent as CSV ({@code financialYear,index}, header first) under a name, with the series'
 * own base year and a statement of its source. A row is loaded or rejected with its line and reason; rows read =
 * loaded + rejected, recorded as a data_import of dataset 'deflator'. The series replaces any series of that name.
 * A series whose base year has no loaded index is refused whole (nothing is stored), as is a file with no rows.
 */
@ApplicationScoped
public class DeflatorImportService {

    public static final String DATASET = "deflator";
    public static final String YEAR_COLUMN = "financialYear";
    public static final String INDEX_COLUMN = "index";
    private static final Pattern SERIES = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern INDEX = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,12})?");

    private final EntityManager em;
    private final DataImports imports;
    private final Clock clock;

    DeflatorImportService(EntityManager em, DataImports imports, Clock clock) {
        this.em = em;
        this.imports = imports;
        this.clock = clock;
    }

    /** A stored series with its indices by year, in year order. */
    public record Series(String series, FinancialYear baseYear, String source, UUID importId, Instant importedAt,
                         Map<String, BigDecimal> indices) {
    }

    @Transactional
    public DataImportReport importSeries(String series, String baseYear, String source, byte[] content) {
        List<Violation> violations = new ArrayList<>();
        if (series == null || !SERIES.matcher(series).matches()) {
            violations.add(new Violation("series", "must be a name of lower-case letters, digits, '.', '_' or '-' "
                    + "(up to 64), e.g. \"gdp-deflator-2014\""));
        }
        FinancialYear base = null;
        try {
            base = FinancialYear.parse(baseYear);
        } catch (InvalidValueException e) {
            violations.add(new Violation("baseYear", e.getMessage()));
        }
        if (source == null || source.isBlank() || source.length() > 2000) {
            violations.add(new Violation("source", "must say where the series comes from (1 to 2000 characters)"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The deflator series cannot be imported as sent", violations);
        }
        String text = decode(content);
        Instant now = clock.instant();
        Map<String, Row> loaded = new LinkedHashMap<>();
        List<DataImportReport.Rejection> rejections = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().get().parse(new StringReader(text))) {
            int yearAt = -1;
            int indexAt = -1;
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber();
                if (line == 1) {
                    List<String> header = record.toList().stream().map(String::strip).toList();
                    yearAt = header.indexOf(YEAR_COLUMN);
                    indexAt = header.indexOf(INDEX_COLUMN);
                    if (yearAt < 0 || indexAt < 0) {
                        throw new InvalidRequestException("The deflator CSV needs the columns " + YEAR_COLUMN + " and "
                                + INDEX_COLUMN, List.of(new Violation("body", "header must name " + YEAR_COLUMN
                                + " and " + INDEX_COLUMN + " (it has " + String.join(", ", header) + ")")));
                    }
                    continue;
                }
                DataImportReport.Rejection rejection = null;
                if (record.size() == 1 && record.get(0).isBlank()) {
                    rejection = new DataImportReport.Rejection(line, null, "blank row");
                } else if (record.size() <= Math.max(yearAt, indexAt)) {
                    rejection = new DataImportReport.Rejection(line, null, "has " + record.size()
                            + " fields; the header has more");
                } else {
                    String yearText = record.get(yearAt).strip();
                    String indexText = record.get(indexAt).strip();
                    FinancialYear year = null;
                    try {
                        year = FinancialYear.parse(yearText);
                    } catch (InvalidValueException e) {
                        rejection = new DataImportReport.Rejection(line, YEAR_COLUMN, e.getMessage());
                    }
                    if (rejection == null && !INDEX.matcher(indexText).matches()) {
                        rejection = new DataImportReport.Rejection(line, INDEX_COLUMN,
                                "must be a positive decimal such as 100 or 97.345 (at most 12 decimal places)");
                    } else if (rejection == null && new BigDecimal(indexText).signum() <= 0) {
                        rejection = new DataImportReport.Rejection(line, INDEX_COLUMN, "must be greater than 0");
                    } else if (rejection == null && loaded.containsKey(year.toString())) {
                        rejection = new DataImportReport.Rejection(line, YEAR_COLUMN, "repeats " + year
                                + " (first on line " + loaded.get(year.toString()).line() + ")");
                    }
                    if (rejection == null) {
                        loaded.put(year.toString(), new Row(year.toString(), new BigDecimal(indexText), line));
                    }
                }
                if (rejection != null) {
                    rejections.add(rejection);
                }
            }
            if (yearAt < 0) {
                throw new InvalidRequestException("The deflator CSV is empty",
                        List.of(new Violation("body", "must start with the header " + YEAR_COLUMN + "," + INDEX_COLUMN)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new InvalidRequestException("The body is not CSV: " + e.getMessage(),
                    List.of(new Violation("body", "must be RFC 4180 CSV")));
        }
        if (!loaded.containsKey(base.toString())) {
            throw new RuleViolationException("The series has no index for its base year",
                    List.of(new Violation("baseYear", "no loaded row for " + base + " in the series")));
        }

        UUID importId = imports.begin(DATASET, "request body: deflator series " + series, now);
        em.createNativeQuery("delete from deflator_series where series = :series")
                .setParameter("series", series).executeUpdate();
        em.createNativeQuery("""
                        insert into deflator_series (series, base_year, source, import_id, imported_at)
                        values (:series, :base, :source, :import, :at)""")
                .setParameter("series", series)
                .setParameter("base", base.toString())
                .setParameter("source", source.strip())
                .setParameter("import", importId)
                .setParameter("at", Timestamp.from(now))
                .executeUpdate();
        for (Row row : loaded.values()) {
            em.createNativeQuery("""
                            insert into deflator (series, financial_year, index_value, line)
                            values (:series, :year, :index, :line)""")
                    .setParameter("series", series)
                    .setParameter("year", row.year())
                    .setParameter("index", row.index())
                    .setParameter("line", (int) row.line())
                    .executeUpdate();
        }
        return imports.finish(importId, sha256(content), loaded.size(), loaded.size(), null, rejections);
    }

    /** A series as stored, or 404. */
    @Transactional
    public Series require(String series) {
        List<?> found = em.createNativeQuery("""
                        select series, base_year, source, import_id, imported_at from deflator_series
                        where series = :series""")
                .setParameter("series", series).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("No deflator series " + series);
        }
        Object[] row = (Object[]) found.get(0);
        Map<String, BigDecimal> indices = new LinkedHashMap<>();
        for (Object item : em.createNativeQuery("""
                        select financial_year, index_value from deflator where series = :series
                        order by financial_year""")
                .setParameter("series", series).getResultList()) {
            Object[] index = (Object[]) item;
            indices.put(index[0].toString().strip(), (BigDecimal) index[1]);
        }
        Instant at = SqlValues.instant(row[4]);
        return new Series((String) row[0], FinancialYear.parse(row[1].toString().strip()), (String) row[2],
                (UUID) row[3], at, indices);
    }

    private record Row(String year, BigDecimal index, long line) {
    }

    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException("The body is not UTF-8",
                    List.of(new Violation("body", "must be UTF-8 text")));
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
