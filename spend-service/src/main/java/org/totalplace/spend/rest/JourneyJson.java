package org.totalplace.spend.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.spend.domain.ContactPurpose;
import org.totalplace.spend.domain.CountDerivation;
import org.totalplace.spend.domain.FinancialYear;
import org.totalplace.spend.domain.Journey;
import org.totalplace.spend.domain.JourneyComparison;
import org.totalplace.spend.domain.JourneyContact;
import org.totalplace.spend.domain.JourneyCosting;
import org.totalplace.spend.domain.JourneyRules;
import org.totalplace.spend.domain.JourneyTerms;
import org.totalplace.spend.domain.JourneyTheme;
import org.totalplace.spend.domain.Money;
import org.totalplace.spend.domain.PlannedContact;
import org.totalplace.spend.service.InvalidRequestException;
import org.totalplace.spend.service.Journeys;
import org.totalplace.spend.service.Violation;

/** Service users' journeys, their costing and their redesign comparison as JSON. */
final class JourneyJson {

    static final String CURRENCY = "GBP";
    static final String STATED = "stated";
    static final String DERIVED = "derived";

    private JourneyJson() {
    }

    @Schema(name = "JourneyUnitCostRequest", description = "kind stated: amount and source; kind derived: function, "
            + "activityVolume, volumeSource and optionally ruleVersion (" + CountDerivation.METHOD + ")")
    record UnitCostRequest(
            @Schema(required = true, enumeration = {STATED, DERIVED}, example = STATED)
            @NotNull @Pattern(regexp = STATED + "|" + DERIVED, message = "must be one of: stated, derived") String kind,
            @Schema(description = "stated: the unit cost, GBP") @Valid MoneyJson amount,
            @Schema(description = "stated: where the unit cost comes from",
                    example = "PSSRU Unit Costs of Health and Social Care 2010, p. 123")
            @Size(max = 1000) String source,
            @Schema(description = "derived: the function of the count, level 1 or 2", example = "10.2")
            @Size(max = 20) String function,
            @Schema(description = "derived: how many of the activity the body's counted spend in the function paid "
                    + "for in the year", example = "2400")
            @Min(value = 1, message = "must be at least 1") Long activityVolume,
            @Schema(description = "derived: where the activity volume comes from")
            @Size(max = 1000) String volumeSource,
            @Schema(nullable = true, description = "derived: the published counting rules version; omitted: the "
                    + "newest published") Integer ruleVersion) {

        PlannedContact.PlannedUnitCost toPlanned(String at, List<Violation> violations) {
            if (STATED.equals(kind)) {
                absent(function, at + ".function", violations);
                absent(activityVolume, at + ".activityVolume", violations);
                absent(volumeSource, at + ".volumeSource", violations);
                absent(ruleVersion, at + ".ruleVersion", violations);
                if (amount == null) {
                    violations.add(new Violation(at + ".amount", "is required for a stated unit cost"));
                    return null;
                }
                if (!CURRENCY.equals(amount.currency())) {
                    violations.add(new Violation(at + ".amount.currency", "must be GBP: journeys are costed in "
                            + "pounds"));
                }
                if (source == null || source.isBlank()) {
                    violations.add(new Violation(at + ".source", "is required for a stated unit cost: cite where "
                            + "it comes from"));
                }
                return new PlannedContact.Stated(Money.parseAmount(amount.amount()), source == null ? "" : source);
            }
            absent(amount, at + ".amount", violations);
            absent(source, at + ".source", violations);
            required(function, at + ".function", violations);
            required(activityVolume, at + ".activityVolume", violations);
            required(volumeSource, at + ".volumeSource", violations);
            return new PlannedContact.FromCount(function == null ? "" : function.strip(),
                    activityVolume == null ? 0 : activityVolume, volumeSource == null ? "" : volumeSource,
                    ruleVersion);
        }

        private static void absent(Object value, String at, List<Violation> violations) {
            if (value != null) {
                violations.add(new Violation(at, "must be absent: it belongs to the other kind of unit cost"));
            }
        }

        private static void required(Object value, String at, List<Violation> violations) {
            if (value == null || value instanceof String text && text.isBlank()) {
                violations.add(new Violation(at, "is required for a unit cost derived from the count"));
            }
        }
    }

    @Schema(name = "JourneyContactRequest")
    record ContactRequest(
            @Schema(required = true, description = "Days after the journey's first contact; contacts in order",
                    example = "0")
            @NotNull @Min(value = 0, message = "must not be negative") Integer dayOffset,
            @Schema(required = true, description = "A partner body of the pilot in the year: register name, code or id",
                    example = "Gateshead Council")
            @NotBlank @Size(max = 200) String body,
            @Schema(required = true, example = "A&E attendance") @NotBlank @Size(max = 200) String activity,
            @Schema(required = true) @NotNull ContactPurpose purpose,
            @Schema(required = true, description = "Units of the activity at this contact (e.g. 12 bed days)",
                    example = "1")
            @NotNull @Min(value = 1, message = "must be at least 1") @Max(value = 100000,
                    message = "must be at most 100000") Integer quantity,
            @Schema(required = true) @NotNull @Valid UnitCostRequest unitCost) {
    }

    @Schema(name = "JourneyRequest")
    record JourneyRequest(
            @Schema(required = true, example = "Mrs A, 84, leaves hospital after a fall")
            @NotBlank @Size(max = JourneyTerms.MAX_NAME_LENGTH) String name,
            @Schema(required = true) @NotNull JourneyTheme theme,
            @Schema(nullable = true, description = "Required when theme is OTHER")
            @Size(max = JourneyTerms.MAX_DESCRIPTION_LENGTH) String description,
            @Schema(required = true, pattern = "^[0-9]{4}-[0-9]{2}$", example = "2009-10")
            @NotNull @FinancialYearText String financialYear,
            @Schema(required = true) @NotNull @Valid PriceBasisJson priceBasis,
            @Schema(nullable = true, description = "The journey (as it is today) that this one redesigns")
            UUID redesigns,
            @Schema(nullable = true, description = "The pilot's redesign proposal this redesigned journey feeds")
            UUID redesignProposalId,
            @Schema(required = true) @NotNull @Size(max = JourneyRules.MAX_CONTACTS)
            List<@NotNull @Valid ContactRequest> contacts) {

        JourneyTerms terms() {
            return new JourneyTerms(name, theme, description, FinancialYear.parse(financialYear),
                    priceBasis.toPriceBasis(), redesigns, redesignProposalId);
        }

        /** The planned contacts, refusing a unit cost of mixed or missing parts or not in pounds (400 naming it). */
        List<PlannedContact> planned() {
            List<Violation> violations = new ArrayList<>();
            List<PlannedContact> planned = new ArrayList<>();
            for (int i = 0; i < contacts.size(); i++) {
                ContactRequest contact = contacts.get(i);
                PlannedContact.PlannedUnitCost unitCost = contact.unitCost().toPlanned(
                        "contacts[" + i + "].unitCost", violations);
                planned.add(new PlannedContact(contact.dayOffset(), contact.body(), contact.activity(),
                        contact.purpose(), contact.quantity(), unitCost));
            }
            if (!violations.isEmpty()) {
                throw new InvalidRequestException(violations.get(0).field() + " " + violations.get(0).message(),
                        violations);
            }
            return planned;
        }
    }

    @Schema(name = "JourneyUnitCost")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record UnitCostJson(
            @Schema(enumeration = {STATED, DERIVED}) String kind,
            MoneyJson amount,
            @Schema(nullable = true, description = "stated: its source") String source,
            @Schema(nullable = true, description = "derived: how, from what") Derivation derivation) {

        static UnitCostJson of(org.totalplace.spend.domain.UnitCost cost) {
            CountDerivation d = cost.derivation();
            return new UnitCostJson(d == null ? STATED : DERIVED, gbp(cost.amount()), cost.source(),
                    d == null ? null : new Derivation(d.function(), d.ruleVersion(), gbp(d.countedSpend()),
                            d.activityVolume(), d.volumeSource(), CountDerivation.METHOD));
        }
    }

    @Schema(name = "JourneyUnitCostDerivation")
    record Derivation(String function, int ruleVersion, MoneyJson countedSpend, long activityVolume,
                      String volumeSource, String method) {
    }

    @Schema(name = "JourneyContact")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Contact(
            int index,
            int dayOffset,
            UUID bodyId,
            @Schema(description = "The partner body's register name") String body,
            String activity,
            ContactPurpose purpose,
            int quantity,
            UnitCostJson unitCost,
            @Schema(description = "unit cost × quantity") MoneyJson cost,
            @Schema(nullable = true, description = "The index of the earlier contact this one repeats, if it does")
            Integer duplicateOf) {
    }

    @Schema(name = "JourneyPart")
    record Part(MoneyJson amount, @Schema(example = "0.8125") String share) {

        static Part of(JourneyCosting.Part part) {
            return new Part(gbp(part.amount()), part.share().toPlainString());
        }
    }

    @Schema(name = "JourneyBodyCost")
    record BodyCost(UUID bodyId, String body, MoneyJson cost, @Schema(example = "0.4375") String share,
                    int contacts) {
    }

    @Schema(name = "JourneyDuplicate")
    record Duplicate(int index, int duplicateOf, int daysAfter, String body, String activity, MoneyJson cost) {
    }

    @Schema(name = "JourneyCosting")
    record Costing(
            @Schema(description = "What the journey costs the public purse") MoneyJson total,
            @Schema(description = "Each body's part, in the order it first appears") List<BodyCost> bodies,
            Part repair,
            Part prevention,
            @Schema(description = "Contacts that repeat an earlier one") List<Duplicate> duplicates,
            @Schema(description = "What the duplicates cost together") MoneyJson duplicatedCost,
            int duplicateWindowDays,
            String duplicateRule,
            int shareScale,
            String shareRule) {

        static Costing of(JourneyCosting costing) {
            return new Costing(gbp(costing.total()),
                    costing.bodies().stream().map(b -> new BodyCost(b.bodyId(), b.body(), gbp(b.cost()),
                            b.share().toPlainString(), b.contacts())).toList(),
                    Part.of(costing.repair()), Part.of(costing.prevention()),
                    costing.duplicates().stream().map(d -> new Duplicate(d.index(), d.duplicateOf(), d.daysAfter(),
                            d.body(), d.activity(), gbp(d.cost()))).toList(),
                    gbp(costing.duplicatedCost()), JourneyCosting.DUPLICATE_WINDOW_DAYS,
                    JourneyCosting.DUPLICATE_RULE, JourneyCosting.SHARE_SCALE, JourneyCosting.SHARE_RULE);
        }
    }

    @Schema(name = "Journey")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record JourneyResponse(
            UUID id,
            UUID pilotId,
            String name,
            JourneyTheme theme,
            @Schema(nullable = true) String description,
            @Schema(example = "2009-10") String financialYear,
            PriceBasisJson priceBasis,
            @Schema(example = "GBP") String currency,
            @Schema(nullable = true) UUID redesigns,
            @Schema(nullable = true) UUID redesignProposalId,
            List<Contact> contacts,
            @Schema(description = "Computed from the contacts on every read") Costing costing,
            @Schema(description = "Also the ETag") long version,
            Instant createdAt,
            Instant updatedAt) {

        static JourneyResponse of(Journey journey) {
            JourneyTerms terms = journey.terms();
            JourneyCosting costing = journey.costing();
            List<JourneyContact> contacts = journey.contacts();
            List<Contact> json = new ArrayList<>();
            for (int i = 0; i < contacts.size(); i++) {
                JourneyContact c = contacts.get(i);
                JourneyCosting.Duplicate duplicate = costing.duplicateAt(i);
                json.add(new Contact(i, c.dayOffset(), c.bodyId(), c.body(), c.activity(), c.purpose(), c.quantity(),
                        UnitCostJson.of(c.unitCost()), gbp(c.cost()),
                        duplicate == null ? null : duplicate.duplicateOf()));
            }
            return new JourneyResponse(journey.id(), journey.pilotId(), terms.name(), terms.theme(),
                    terms.description(), terms.year().toString(), PriceBasisJson.of(terms.priceBasis()), CURRENCY,
                    terms.redesigns(), terms.redesignProposalId(), json, Costing.of(costing), journey.version(),
                    journey.createdAt(), journey.updatedAt());
        }
    }

    @Schema(name = "JourneyPage")
    record Page(List<JourneyResponse> items, int page, int size, long total) {
    }

    @Schema(name = "JourneySide")
    record Side(UUID journeyId, String name, long version, MoneyJson total, Part repair, Part prevention) {

        static Side of(Journey journey) {
            JourneyCosting costing = journey.costing();
            return new Side(journey.id(), journey.terms().name(), journey.version(), gbp(costing.total()),
                    Part.of(costing.repair()), Part.of(costing.prevention()));
        }
    }

    @Schema(name = "JourneyBodyChange")
    record BodyChange(UUID bodyId, String body, MoneyJson today, MoneyJson redesigned,
                      @Schema(description = "redesigned − today; negative: the body saves") MoneyJson change,
                      @Schema(enumeration = {"SAVES", "SPENDS_MORE", "UNCHANGED"}) String effect) {

        static BodyChange of(JourneyComparison.BodyChange body) {
            return new BodyChange(body.bodyId(), body.body(), gbp(body.today()), gbp(body.redesigned()),
                    gbp(body.change()), body.effect().name());
        }
    }

    @Schema(name = "JourneyShift", description = "Repair and prevention, today and redesigned; shares at shareScale")
    record Shift(MoneyJson repairToday, MoneyJson repairRedesigned, MoneyJson repairChange,
                 MoneyJson preventionToday, MoneyJson preventionRedesigned, MoneyJson preventionChange,
                 String preventionShareToday, String preventionShareRedesigned,
                 @Schema(description = "redesigned − today, as a fraction of 1") String preventionShareChange) {

        static Shift of(JourneyComparison.Shift s) {
            return new Shift(gbp(s.repairToday()), gbp(s.repairRedesigned()), gbp(s.repairChange()),
                    gbp(s.preventionToday()), gbp(s.preventionRedesigned()), gbp(s.preventionChange()),
                    s.preventionShareToday().toPlainString(), s.preventionShareRedesigned().toPlainString(),
                    s.preventionShareChange().toPlainString());
        }
    }

    @Schema(name = "JourneyComparison")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Comparison(
            @Schema(example = "2009-10") String financialYear,
            PriceBasisJson priceBasis,
            Side today,
            Side redesigned,
            @Schema(description = "redesigned − today; negative: the public purse saves") MoneyJson change,
            List<BodyChange> bodies,
            @Schema(description = "Bodies whose part falls") List<String> bodiesSaving,
            @Schema(description = "Bodies whose part rises") List<String> bodiesSpendingMore,
            @Schema(description = "The purse saves overall while some body spends more") boolean wrongPocket,
            Shift shift,
            @Schema(nullable = true) UUID redesignProposalId) {

        static Comparison of(Journeys.Comparison comparison) {
            JourneyComparison c = comparison.comparison();
            JourneyTerms terms = comparison.redesigned().terms();
            return new Comparison(terms.year().toString(), PriceBasisJson.of(terms.priceBasis()),
                    Side.of(comparison.today()), Side.of(comparison.redesigned()), gbp(c.change()),
                    c.bodies().stream().map(BodyChange::of).toList(),
                    c.saving().stream().map(JourneyComparison.BodyChange::body).toList(),
                    c.spendingMore().stream().map(JourneyComparison.BodyChange::body).toList(),
                    c.wrongPocket(), Shift.of(c.shift()), terms.redesignProposalId());
        }
    }

    static MoneyJson gbp(BigDecimal amount) {
        return new MoneyJson(amount.setScale(Money.SCALE).toPlainString(), CURRENCY);
    }
}
