package org.totalplace.reporting.domain.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads one field of event data at a JSON path ({@code data.methods[2].counted.amount}), refusing values outside
 * the producers' schemas with an {@link InvalidEventDataException} naming the path. Fields nobody reads are not
 * looked at, so producers may add fields.
 */
final class EventData {

    private static final Pattern AMOUNT = Pattern.compile("-?[0-9]{1,17}\\.[0-9]{2}");
    private static final Pattern RATE = Pattern.compile("[0-9](\\.[0-9]{1,6})?");
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("[0-9]{4}-[0-9]{2}");

    private final JsonNode node;
    private final String path;

    EventData(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new InvalidEventDataException(path + " must be an object");
        }
        this.node = node;
        this.path = path;
    }

    EventData object(String name) {
        return new EventData(node.get(name), at(name));
    }

    List<EventData> objects(String name) {
        JsonNode array = node.get(name);
        if (array == null || !array.isArray()) {
            throw new InvalidEventDataException(at(name) + " must be an array");
        }
        List<EventData> items = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            items.add(new EventData(array.get(i), at(name) + "[" + i + "]"));
        }
        return items;
    }

    String string(String name) {
        String value = optionalString(name);
        if (value == null) {
            throw new InvalidEventDataException(at(name) + " must be a string");
        }
        return value;
    }

    String nonBlank(String name) {
        String value = string(name);
        if (value.isBlank()) {
            throw new InvalidEventDataException(at(name) + " must not be blank");
        }
        return value;
    }

    String optionalString(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidEventDataException(at(name) + " must be a string");
        }
        return value.textValue();
    }

    UUID uuid(String name) {
        UUID value = optionalUuid(name);
        if (value == null) {
            throw new InvalidEventDataException(at(name) + " must be a UUID");
        }
        return value;
    }

    UUID optionalUuid(String name) {
        String text = optionalString(name);
        if (text == null) {
            return null;
        }
        try {
            UUID value = UUID.fromString(text);
            if (value.toString().equalsIgnoreCase(text)) { // fromString also takes "1-2-3-4-5"
                return value;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidEventDataException(at(name) + " must be a UUID");
    }

    long nonNegative(String name) {
        Long value = optionalNonNegative(name);
        if (value == null) {
            throw new InvalidEventDataException(at(name) + " must be a non-negative integer");
        }
        return value;
    }

    Long optionalNonNegative(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
            throw new InvalidEventDataException(at(name) + " must be a non-negative integer");
        }
        return value.longValue();
    }

    int phase(String name) {
        long value = nonNegative(name);
        if (value != 1 && value != 2) {
            throw new InvalidEventDataException(at(name) + " must be 1 or 2");
        }
        return (int) value;
    }

    boolean bool(String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isBoolean()) {
            throw new InvalidEventDataException(at(name) + " must be true or false");
        }
        return value.booleanValue();
    }

    LocalDate date(String name) {
        LocalDate value = optionalDate(name);
        if (value == null) {
            throw new InvalidEventDataException(at(name) + " must be a date (yyyy-mm-dd)");
        }
        return value;
    }

    LocalDate optionalDate(String name) {
        String text = optionalString(name);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidEventDataException(at(name) + " must be a date (yyyy-mm-dd)");
        }
    }

    Instant instant(String name) {
        String text = string(name);
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidEventDataException(at(name) + " must be an RFC 3339 timestamp");
        }
    }

    String financialYear(String name) {
        String value = string(name);
        if (!FINANCIAL_YEAR.matcher(value).matches()) {
            throw new InvalidEventDataException(at(name) + " must be a financial year such as \"2009-10\"");
        }
        return value;
    }

    String optionalFinancialYear(String name) {
        return node.hasNonNull(name) ? financialYear(name) : null;
    }

    /** A money object's amount: {@code {"amount":"12.30","currency":"GBP"}}, exactly two decimal places. */
    BigDecimal amount(String name) {
        return object(name).decimalAmount();
    }

    BigDecimal optionalAmount(String name) {
        return node.hasNonNull(name) ? amount(name) : null;
    }

    String currency(String name) {
        EventData money = object(name);
        String currency = money.string("currency");
        if (!currency.matches("[A-Z]{3}")) {
            throw new InvalidEventDataException(money.at("currency") + " must be an ISO 4217 code such as \"GBP\"");
        }
        return currency;
    }

    BigDecimal rate(String name) {
        String text = string(name);
        if (!RATE.matcher(text).matches()) {
            throw new InvalidEventDataException(at(name) + " must be a decimal rate such as \"0.035\"");
        }
        return new BigDecimal(text);
    }

    private BigDecimal decimalAmount() {
        String text = string("amount");
        if (!AMOUNT.matcher(text).matches()) {
            throw new InvalidEventDataException(at("amount")
                    + " must be a decimal string with two places such as \"123.45\"");
        }
        return new BigDecimal(text);
    }

    private String at(String name) {
        return path + "." + name;
    }
}
