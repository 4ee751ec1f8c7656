package dev.dossier.api;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Widening conversions between Java numbers and column value classes. */
final class Values {

    private Values() {
    }

    static Object coerce(Object value, ColumnType type) {
        if (!(value instanceof Number n) || type.accepts(value)) {
            return value;
        }
        return switch (type) {
            case INTEGER -> isIntegral(n) ? Long.valueOf(n.longValue()) : value;
            case DECIMAL, PERCENT, MONEY -> toBigDecimal(n);
            case YEAR -> isIntegral(n) ? Integer.valueOf(n.intValue()) : value;
            default -> value;
        };
    }

    private static boolean isIntegral(Number n) {
        return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
                || (n instanceof BigInteger b && b.bitLength() < 64);
    }

    private static BigDecimal toBigDecimal(Number n) {
        if (n instanceof BigDecimal b) {
            return b;
        }
        if (n instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (isIntegral(n)) {
            return BigDecimal.valueOf(n.longValue());
        }
        double d = n.doubleValue();
        return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
    }
}
