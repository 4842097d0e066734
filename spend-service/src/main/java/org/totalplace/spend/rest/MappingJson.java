package org.totalplace.spend.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.spend.domain.ColumnMapping;
import org.totalplace.spend.domain.MappingProfile;
import org.totalplace.spend.service.InvalidRequestException;
import org.totalplace.spend.service.MappingProfileService;
import org.totalplace.spend.service.Violation;

/** Column mappings as JSON: inside profiles, and as guessed from a file's header. */
final class MappingJson {

    private MappingJson() {
    }

    @Schema(name = "ColumnMapping", description = "Columns named by their header text; only amount is required")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Mapping(
            @Schema(required = true, example = "Amount") String amount,
            @Schema(nullable = true, example = "Updated") String date,
            @Schema(nullable = true, enumeration = {"yyyy-MM-dd", "dd/MM/yyyy", "dd-MM-yyyy", "dd.MM.yyyy"})
            String dateFormat,
            @Schema(nullable = true, example = "Period") String period,
            @Schema(nullable = true, example = "Supplier id(T)") String supplier,
            @Schema(description = "Broadest first, up to 3") @Size(max = ColumnMapping.MAX_SERVICE_LEVELS)
            List<String> serviceLevels,
            @Schema(description = "Up to 3, joined with /") @Size(max = ColumnMapping.MAX_TRANSACTION_REF_COLUMNS)
            List<String> transactionRef) {

        static Mapping of(ColumnMapping mapping) {
            return new Mapping(mapping.amount(), mapping.date(), mapping.dateFormat(), mapping.period(),
                    mapping.supplier(), mapping.serviceLevels(), mapping.transactionRef());
        }

        ColumnMapping toDomain(String prefix) {
            try {
                return new ColumnMapping(amount, date, dateFormat, period, supplier, serviceLevels, transactionRef);
            } catch (ColumnMapping.InvalidMappingException e) {
                throw new InvalidRequestException(prefix + e.field() + " " + e.getMessage(),
                        List.of(new Violation(prefix + e.field(), e.getMessage())));
            }
        }
    }

    @Schema(name = "SaveMappingProfile")
    record SaveRequest(
            @Schema(required = true, example = "Gateshead monthly payments (2011-12 layout)")
            @NotBlank @Size(max = MappingProfile.MAX_NAME_LENGTH) String name,
            @Schema(required = true) @NotNull @Valid Mapping mapping) {
    }

    @Schema(name = "MappingProfile")
    record Profile(UUID id, String name, Mapping mapping, long version, Instant createdAt) {

        static Profile of(MappingProfile profile, ColumnMapping mapping) {
            return new Profile(profile.id(), profile.name(), Mapping.of(mapping), profile.version(),
                    profile.createdAt());
        }
    }

    @Schema(name = "MappingGuess")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Guess(
            @Schema(description = "The proposal; amount is null when no column looks like an amount") Mapping mapping,
            @Schema(description = "Header columns the proposal leaves out") List<String> unmapped,
            @Schema(description = "The first rows read with the proposal (none without an amount column)")
            List<PreviewRow> preview) {

        static Guess of(MappingProfileService.Guess guess) {
            var p = guess.proposal();
            return new Guess(new Mapping(p.amount(), p.date(), guess.dateFormat(), p.period(), p.supplier(),
                    p.serviceLevels(), p.transactionRef()), p.unmapped(),
                    guess.preview().stream().map(PreviewRow::of).toList());
        }
    }

    @Schema(name = "PreviewRow")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PreviewRow(
            int line,
            @Schema(enumeration = {"accepted", "rejected", "skipped-total", "skipped-blank"}) String outcome,
            MoneyJson amount, LocalDate date, String period, String supplier, List<String> serviceLevels,
            String transactionRef, String column, String reason) {

        static PreviewRow of(MappingProfileService.PreviewRow row) {
            var line = row.row();
            if (line == null) {
                return new PreviewRow(row.line(), row.outcome(), null, null, null, null, null, null, row.column(),
                        row.reason());
            }
            BigDecimal amount = line.amount();
            return new PreviewRow(row.line(), row.outcome(), new MoneyJson(amount.toPlainString(), "GBP"), line.date(),
                    line.period(), line.supplier(), line.serviceLevels(), line.transactionRef(), null, null);
        }
    }
}
