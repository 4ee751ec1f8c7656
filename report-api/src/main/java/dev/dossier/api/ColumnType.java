package dev.dossier.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The type of the values in a {@link Column}; decides how a value is validated, formatted and charted.
 *
 * <p>Each type fixes the Java class of non-null cell values, checked by
 * {@link #accepts(Object)}:
 * <ul>
 *   <li>{@link #STRING} — {@link String}</li>
 *   <li>{@link #INTEGER} — {@link Long}</li>
 *   <li>{@link #DECIMAL}, {@link #PERCENT}, {@link #MONEY} — {@link BigDecimal}; a percent is
 *       stored as written (12.5 means 12.5 %), money in the column's currency unit</li>
 *   <li>{@link #YEAR} — {@link Integer} (a calendar year such as 2025)</li>
 *   <li>{@link #DATE} — {@link LocalDate}</li>
 * </ul>
 *
 * @since 0.1
 */
public enum ColumnType {
    STRING(String.class),
    INTEGER(Long.class),
    DECIMAL(BigDecimal.class),
    PERCENT(BigDecimal.class),
    MONEY(BigDecimal.class),
    YEAR(Integer.class),
    DATE(LocalDate.class);

    private final Class<?> valueClass;

    ColumnType(Class<?> valueClass) {
        this.valueClass = valueClass;
    }

    /** The Java class of non-null values in a column of this type. */
    public Class<?> valueClass() {
        return valueClass;
    }

    /** Whether values of this type are numbers that can be summed, charted on an axis and right-aligned. */
    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL || this == PERCENT || this == MONEY;
    }

    /** Whether {@code value} may be stored in a column of this type; {@code null} is always accepted here. */
    public boolean accepts(Object value) {
        return value == null || valueClass.isInstance(value);
    }

    /** The lower-case name used in templates and descriptor listings, e.g. {@code "decimal"}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
