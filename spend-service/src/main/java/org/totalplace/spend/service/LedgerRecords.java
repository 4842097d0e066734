package org.totalplace.spend.service;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;
import java.util.List;

/**
 * A ledger's CSV records (RFC 4180, by FastCSV) one at a time, with the line each starts on. Records may have any
 * number of fields (a short or long row is the mapping's to reject, with its line); an empty line is a record of no
 * fields; a quote left open or text after a closing quote makes the file unreadable from that record on.
 */
final class LedgerRecords implements AutoCloseable {

    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;
    private int line;
    private long nextLine = 1;

    LedgerRecords(Reader text) {
        reader = CsvReader.builder()
                .skipEmptyLines(false)
                .allowUnclosedQuote(false)
                .allowExtraCharsAfterClosingQuote(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(text);
        records = reader.iterator();
    }

    /** The next record's fields, or null at the end. */
    List<String> next() throws IOException {
        CsvRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (CsvParseException e) {
            throw new IOException(e.getMessage(), e);
        }
        line = Math.toIntExact(record.getStartingLineNumber());
        List<String> fields = record.getFields();
        nextLine = line + 1 + lineBreaksWithin(fields);
        return fields;
    }

    /** The line the record last returned starts on (1 for the header). */
    int line() {
        return line;
    }

    /** The line the next record would start on: where a record that cannot be read begins. */
    long nextLine() {
        return nextLine;
    }

    /** Line breaks inside quoted fields (CR LF, LF or CR alone), which make a record span several lines. */
    private static int lineBreaksWithin(List<String> fields) {
        int breaks = 0;
        for (int f = 0; f < fields.size(); f++) { // indexed: an iterator per record is garbage on every line
            String field = fields.get(f);
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == field.length() || field.charAt(i + 1) != '\n')) {
                    breaks++;
                }
            }
        }
        return breaks;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
