package org.totalplace.spend.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.totalplace.spend.domain.ColumnMapping;
import org.totalplace.spend.domain.MappingGuess;
import org.totalplace.spend.domain.MappingProfile;

/** Saved column mappings, and mappings guessed from the first lines of a file with a preview. */
@ApplicationScoped
public class MappingProfileService {

    /** How many data rows a guess previews. */
    public static final int PREVIEW_ROWS = 10;

    private final ObjectMapper json;
    private final Clock clock;
    private final EntityManager entityManager;

    MappingProfileService(ObjectMapper json, Clock clock, EntityManager entityManager) {
        this.json = json;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    @Transactional
    public MappingProfile save(String name, ColumnMapping mapping) {
        if (MappingProfile.count("lower(name) = ?1", name.strip().toLowerCase(java.util.Locale.ROOT)) > 0) {
            throw new ConflictException("A mapping profile is already called '" + name.strip() + "'",
                    List.of(new Violation("name", "is taken")));
        }
        MappingProfile profile = MappingProfile.save(UUID.randomUUID(), name, write(mapping), clock.instant());
        profile.persist();
        entityManager.flush();
        return profile;
    }

    public List<MappingProfile> list() {
        return MappingProfile.find("order by lower(name), id").list();
    }

    public MappingProfile require(UUID id) {
        MappingProfile profile = MappingProfile.findById(id);
        if (profile == null) {
            throw new NotFoundException("No mapping profile has the id '" + id + "'");
        }
        return profile;
    }

    /** The mapping of a profile named in an import; an unknown one is a bad request, not a missing import. */
    public ColumnMapping mappingForImport(UUID id) {
        MappingProfile profile = MappingProfile.findById(id);
        if (profile == null) {
            throw new InvalidRequestException("profile names no saved mapping profile",
                    List.of(new Violation("profile", "names no saved mapping profile")));
        }
        return mappingOf(profile);
    }

    public ColumnMapping mappingOf(MappingProfile profile) {
        try {
            return json.readValue(profile.mappingJson(), ColumnMapping.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("mapping profile " + profile.id() + " holds unreadable JSON", e);
        }
    }

    /** A guessed mapping, the header columns it left out, and the first rows read with it. */
    public record Guess(MappingGuess.Proposal proposal, String dateFormat, List<PreviewRow> preview) {
    }

    /** One previewed row: its line, what became of it, and the row as read (accepted) or why not. */
    public record PreviewRow(int line, String outcome, ColumnMapping.LedgerRow row, String column, String reason) {
    }

    /** Reads the header and up to {@link #PREVIEW_ROWS} rows of the start of a file; nothing is stored. */
    public Guess guess(InputStream content, Charset encoding) {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.builder().setReader(LedgerDecoder.of(content, encoding)).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new InvalidRequestException("The file is empty: it needs a header line naming its columns",
                        List.of(new Violation("", "must start with a header line")));
            }
            List<String> header = records.next().toList();
            List<List<String>> rows = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            long lineBefore = parser.getCurrentLineNumber();
            while (rows.size() < PREVIEW_ROWS && hasNext(records)) {
                rows.add(records.next().toList());
                lines.add(Math.toIntExact(lineBefore + 1));
                lineBefore = parser.getCurrentLineNumber();
            }
            MappingGuess.Proposal proposal = MappingGuess.propose(header);
            String dateFormat = ColumnMapping.ISO_DATE;
            if (proposal.date() != null) {
                int at = header.indexOf(proposal.date());
                dateFormat = MappingGuess.dateFormatOf(rows.stream().filter(r -> r.size() > at)
                        .map(r -> r.get(at)).filter(v -> !v.isBlank()).toList());
            }
            if (proposal.amount() == null) {
                return new Guess(proposal, dateFormat, List.of());
            }
            ColumnMapping.Resolved resolved = new ColumnMapping(proposal.amount(), proposal.date(), dateFormat,
                    proposal.period(), proposal.supplier(), proposal.serviceLevels(), proposal.transactionRef())
                    .resolve(header);
            List<PreviewRow> preview = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                preview.add(previewOf(lines.get(i), resolved.classify(rows.get(i))));
            }
            return new Guess(proposal, dateFormat, preview);
        } catch (IOException | UncheckedIOException e) {
            String message = "could not be read as CSV in its encoding: " + e.getMessage();
            throw new InvalidRequestException("The file " + message, List.of(new Violation("", message)));
        }
    }

    /** The last line sent may be cut short; the preview stops before a record that is not well formed. */
    private static boolean hasNext(Iterator<CSVRecord> records) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException cutShort) {
            return false;
        }
    }

    private static PreviewRow previewOf(int line, ColumnMapping.Resolved.Outcome outcome) {
        if (outcome instanceof ColumnMapping.Resolved.Accepted accepted) {
            return new PreviewRow(line, "accepted", accepted.row(), null, null);
        }
        if (outcome instanceof ColumnMapping.Resolved.Rejected rejected) {
            return new PreviewRow(line, "rejected", null, rejected.column(), rejected.reason());
        }
        return new PreviewRow(line, outcome instanceof ColumnMapping.Resolved.Total ? "skipped-total" : "skipped-blank",
                null, null, null);
    }

    private String write(ColumnMapping mapping) {
        try {
            return json.writeValueAsString(mapping);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("mapping cannot be written as JSON", e);
        }
    }
}
