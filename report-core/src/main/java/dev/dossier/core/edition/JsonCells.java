package dev.dossier.core.edition;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.api.ColumnType;
import dev.dossier.api.Qualifier;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The JSON form of one typed cell value, shared by snapshots and the comparison's JSON.
 *
 * <p>Strings and dates ({@code "2025-06-30"}) are JSON strings; integers, years and decimals are
 * JSON numbers, decimals written with their scale ({@code 2.70} stays {@code 2.70}); a missing
 * value is {@code null}.
 */
final class JsonCells {

    private JsonCells() {
    }

    static void write(JsonGenerator g, Object value, ColumnType type) throws IOException {
        if (value == null) {
            g.writeNull();
            return;
        }
        switch (type) {
            case STRING -> g.writeString((String) value);
            case INTEGER -> g.writeNumber((Long) value);
            case DECIMAL, PERCENT, MONEY -> g.writeNumber((BigDecimal) value);
            case YEAR -> g.writeNumber((Integer) value);
            case DATE -> g.writeString(value.toString());
        }
    }

    /**
     * The value a node holds for a column of {@code type}.
     *
     * @return the value, or {@code null} for a JSON null
     * @throws IllegalArgumentException saying what was expected, when the node does not hold such a value
     */
    static Object read(JsonNode node, ColumnType type) {
        if (node.isNull()) {
            return null;
        }
        return switch (type) {
            case STRING -> {
                require(node.isTextual(), "a string");
                yield node.textValue();
            }
            case INTEGER -> {
                require(node.isIntegralNumber() && node.canConvertToLong(), "a whole number");
                yield node.longValue();
            }
            case DECIMAL, PERCENT, MONEY -> {
                require(node.isNumber(), "a number");
                yield node.decimalValue();
            }
            case YEAR -> {
                require(node.isIntegralNumber() && node.canConvertToInt(), "a year (a whole number)");
                yield node.intValue();
            }
            case DATE -> {
                require(node.isTextual(), "a date written yyyy-mm-dd");
                try {
                    yield LocalDate.parse(node.textValue());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("a date written yyyy-mm-dd");
                }
            }
        };
    }

    /** A qualifier as written in JSON: {@code exact}, {@code approximate}, {@code more-than}, {@code less-than}, {@code up-to}. */
    static String qualifier(Qualifier q) {
        return q.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void require(boolean ok, String expected) {
        if (!ok) {
            throw new IllegalArgumentException(expected);
        }
    }
}
