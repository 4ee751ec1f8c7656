package dev.dossier.core.chart;

public record ChartFonts(byte[] regular, byte[] bold) {
    public static ChartFonts fromTrueType(byte[] regular, byte[] bold) {
        return new ChartFonts(regular, bold);
    }
}
