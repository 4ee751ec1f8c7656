package dev.dossier.core.layout;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The width rule of {@link ColumnWidths}: minimums from header words and figures, caps, and the too-wide case. */
class ColumnWidthsTest {

    private static final float TOTAL = 480f;
    private static final Font FONT = font();

    private static Font font() {
        try {
            return new Font(BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, false), 8.5f);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<PdfPCell[]> rows(String[]... rows) {
        List<PdfPCell[]> out = new ArrayList<>();
        for (String[] row : rows) {
            PdfPCell[] cells = new PdfPCell[row.length];
            for (int c = 0; c < row.length; c++) {
                cells[c] = new PdfPCell(new Phrase(row[c], FONT));
            }
            out.add(cells);
        }
        return out;
    }

    private static float word(String s) {
        return FONT.getBaseFont().getWidthPoint(s, FONT.getSize()) + ColumnWidths.PADDING;
    }

    private static float sum(float[] w) {
        float s = 0;
        for (float x : w) {
            s += x;
        }
        return s;
    }

    @Test
    void aLongTokenIsCappedAndHeadersAndFiguresKeepTheirWidth() {
        String url = "https://example.org/" + "a".repeat(1500);
        ColumnWidths.Plan plan = ColumnWidths.of(rows(new String[] {"country", "note", "usd_billion"},
                new String[] {"United States", url, "1,234.5"}), new boolean[] {false, false, true}, TOTAL);
        float[] w = plan.widths();
        assertThat(plan.fits()).isTrue();
        assertThat(sum(w)).isCloseTo(TOTAL, within(0.5f));
        assertThat(w[1]).isLessThanOrEqualTo(TOTAL * ColumnWidths.CAP_MANY + 0.01f);
        assertThat(w[0]).isGreaterThanOrEqualTo(word("country")).isGreaterThanOrEqualTo(word("States"));
        assertThat(w[2]).isGreaterThanOrEqualTo(word("usd_billion")).isGreaterThanOrEqualTo(word("1,234.5"));
    }

    @Test
    void shortContentSharesTheWidthInProportion() {
        ColumnWidths.Plan plan = ColumnWidths.of(rows(new String[] {"a", "b"}, new String[] {"xx", "xxxx"}),
                new boolean[] {false, false}, TOTAL);
        assertThat(sum(plan.widths())).isCloseTo(TOTAL, within(0.5f));
        assertThat(plan.widths()[1]).isGreaterThan(plan.widths()[0]).isLessThanOrEqualTo(TOTAL * ColumnWidths.CAP_TWO + 0.01f);
    }

    @Test
    void columnsWhoseMinimumsExceedTheTableAreSqueezedAndFlagged() {
        String[] header = new String[31];
        String[] body = new String[31];
        boolean[] numeric = new boolean[31];
        for (int c = 0; c < 31; c++) {
            header[c] = "y" + (2000 + c);
            body[c] = String.valueOf(1_000_000 + c);
            numeric[c] = true;
        }
        ColumnWidths.Plan plan = ColumnWidths.of(rows(header, body), numeric, TOTAL);
        assertThat(plan.fits()).isFalse();
        assertThat(plan.minimum()).isGreaterThan(TOTAL);
        assertThat(sum(plan.widths())).isCloseTo(TOTAL, within(0.5f));
    }
}
