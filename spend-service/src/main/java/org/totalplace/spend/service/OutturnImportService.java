package org.totalplace.spend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.hibernate.Session;
import org.totalplace.spend.config.SharedDataConfig;
import org.totalplace.spend.domain.Dataset;
import org.totalplace.spend.domain.FinancialYear;
import org.totalplace.spend.domain.OutturnRow;

/**
 * Imports the Revenue Outturn (net current expenditure) as shipped: every body's row, every column, verbatim in £
 * thousand, each body tied to its register code through mySociety's codes file (by E-code; police, fire and other
 * authorities it does not list keep none). Replaces the year's outturn wholesale; every pilot is recounted.
 */
@ApplicationScoped
public class OutturnImportService {

    static final String CODES_FILE = "codes/uk_local_authorities_current.csv";
    private static final Pattern YEAR_IN_NAME = Pattern.compile("rs_([0-9]{4}-[0-9]{2})_");
    private static final String SHEET = "net current expenditure";

    private final EntityManager em;
    private final DataImports imports;
    private final SharedDataConfig shared;
    private final Clock clock;

    OutturnImportService(EntityManager em, DataImports imports, SharedDataConfig shared, Clock clock) {
        this.em = em;
        this.imports = imports;
        this.shared = shared;
        this.clock = clock;
    }

    @Transactional
    public DataImportReport importShipped() {
        return importFile(shared.data(Dataset.OUTTURN.file()));
    }

    @Transactional
    public DataImportReport importFile(Path file) {
        FinancialYear year = yearOf(file);
        Map<String, String> registerCodes = registerCodesByECode();
        try (DataImports.OpenFile open = DataImports.open(Dataset.OUTTURN, file)) {
            Iterator<CSVRecord> records = open.parser().iterator();
            List<String> header = records.hasNext() ? records.next().toList() : List.of();
            if (header.size() <= OutturnRow.LEADING.size()
                    || !header.subList(0, OutturnRow.LEADING.size()).equals(OutturnRow.LEADING)) {
                throw new RuleViolationException("The outturn file cannot be read: its header does not start "
                        + String.join(",", OutturnRow.LEADING), List.of(new Violation("line 1", "unexpected header")));
            }
            em.createNativeQuery("delete from outturn_line where financial_year = :year and sheet = :sheet")
                    .setParameter("year", year.toString())
                    .setParameter("sheet", SHEET)
                    .executeUpdate();
            UUID importId = imports.begin(Dataset.OUTTURN, file, clock.instant());
            List<DataImportReport.Rejection> rejections = new ArrayList<>();
            long loaded = 0;
            long figures = 0;
            BigDecimal total = BigDecimal.ZERO;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                OutturnRow row = OutturnRow.read(record.getRecordNumber(), header, record.toList());
                if (row instanceof OutturnRow.Body body) {
                    store(importId, year, header, body, registerCodes.get(body.eCode()));
                    loaded++;
                    figures += body.values().size();
                    total = body.values().stream().reduce(total, BigDecimal::add);
                } else if (row instanceof OutturnRow.Rejected rejected) {
                    rejections.add(new DataImportReport.Rejection(rejected.line(), rejected.column(),
                            rejected.reason()));
                }
            }
            return imports.finish(importId, open.sha256(), loaded, figures, total, rejections);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    private static FinancialYear yearOf(Path file) {
        Matcher m = YEAR_IN_NAME.matcher(file.getFileName().toString());
        if (!m.find()) {
            throw new RuleViolationException("The outturn file's name does not say its year (rs_<year>_...)",
                    List.of(new Violation("dataset", "no financial year in " + file.getFileName())));
        }
        return FinancialYear.parse(m.group(1));
    }

    private Map<String, String> registerCodesByECode() {
        Path codes = shared.data(CODES_FILE);
        Map<String, String> byECode = new HashMap<>();
        try (DataImports.OpenFile open = DataImports.open(Dataset.OUTTURN, codes)) {
            Iterator<CSVRecord> records = open.parser().iterator();
            List<String> header = records.next().toList();
            int code = header.indexOf("local-authority-code");
            int eCode = header.indexOf("ecode");
            if (code < 0 || eCode < 0) {
                throw new RuleViolationException("The codes file has no local-authority-code or ecode column",
                        List.of(new Violation("dataset", CODES_FILE + " cannot be read")));
            }
            records.forEachRemaining(record -> {
                if (record.size() > Math.max(code, eCode) && !record.get(eCode).isBlank()) {
                    byECode.put(record.get(eCode).strip(), record.get(code).strip());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + codes, e);
        }
        return byECode;
    }

    private void store(UUID importId, FinancialYear year, List<String> header, OutturnRow.Body body,
                       String registerCode) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outturn_line (financial_year, sheet, e_code, body, body_class, register_code,
                                              column_label, value_gbp_thousand, line, import_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < body.values().size(); i++) {
                    insert.setString(1, year.toString());
                    insert.setString(2, SHEET);
                    insert.setString(3, body.eCode());
                    insert.setString(4, body.name());
                    insert.setString(5, body.bodyClass());
                    insert.setString(6, registerCode);
                    insert.setString(7, header.get(OutturnRow.LEADING.size() + i));
                    insert.setBigDecimal(8, body.values().get(i));
                    insert.setInt(9, (int) body.line());
                    insert.setObject(10, importId);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
