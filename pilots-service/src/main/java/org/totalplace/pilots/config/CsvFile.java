package org.totalplace.pilots.config;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A CSV file with a header row, read whole (RFC 4180: quoted fields may hold commas). Values are kept as
 * written, blanks as empty strings; our own files may carry {@code #} comment lines.
 */
record CsvFile(String name, List<String> columns, List<Map<String, String>> rows) {

    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.ALLOW_COMMENTS);

    /** @throws IllegalStateException saying which file is missing and how to point the service at it */
    static CsvFile read(Path file, String what, String required) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("pilots-service cannot start: " + what + " is missing at " + file
                    + ". Set totalplace.shared-dir (environment TOTALPLACE_SHARED_DIR) to the shared folder that holds "
                    + required + ".");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + what + " at " + file, e);
        }
    }

    /** A file shipped inside the service (our own data). */
    static CsvFile resource(String path) {
        InputStream in = CsvFile.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("pilots-service is built without its resource " + path);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(path, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the resource " + path, e);
        }
    }

    private static CsvFile read(String name, Reader reader) throws IOException {
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(reader)) {
            List<Map<String, String>> all = rows.readAll();
            List<String> columns = ((CsvSchema) rows.getParserSchema()).getColumnNames();
            return new CsvFile(name, columns, all);
        }
    }

    /** @throws IllegalStateException when the header lacks one of these columns */
    CsvFile requireColumns(String... required) {
        for (String column : required) {
            if (!columns.contains(column)) {
                throw new IllegalStateException(name + " has no column '" + column + "' (columns: " + columns + ")");
            }
        }
        return this;
    }
}
