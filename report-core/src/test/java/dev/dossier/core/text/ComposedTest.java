package dev.dossier.core.text;

import dev.dossier.api.Column;
import dev.dossier.api.ColumnType;
import dev.dossier.api.Confidence;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Provenance;
import dev.dossier.api.Qualifier;
import dev.dossier.api.Row;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ComposedTest {

    private static final DatasetDescriptor D = new DatasetDescriptor("names", "", List.of(
            Column.of("name", ColumnType.STRING, "Name"), Column.of("value", ColumnType.DECIMAL, "Value")));
    private static final Provenance SOURCE = new Provenance("Sheet", "", "", "2024", Confidence.PUBLISHED);

    @Test
    void aLetterAndACombiningAccentBecomeTheAccentedLetter() {
        assertThat(Composed.text("Caf" + "e\u0301")).isEqualTo("Caf\u00E9");
        String composed = "Caf\u00E9";
        assertThat(Composed.text(composed)).isSameAs(composed);
        assertThat(Composed.text(null)).isNull();
    }

    @Test
    void aRowKeepsItsQualifiersEstimatesProvenanceAndNoteWhenItsTextIsComposed() {
        Row row = Row.builder(D).set("name", "Ren" + "e\u0301e").set("value", new BigDecimal("12.5"))
                .qualify("value", Qualifier.MORE_THAN).estimated("value").provenance(SOURCE).note("a note").build();
        Row composed = Composed.row(row);
        assertThat(composed.get("name")).isEqualTo("Ren\u00E9e");
        assertThat(composed.get("value")).isEqualTo(new BigDecimal("12.5"));
        assertThat(composed.qualifier(1)).isEqualTo(Qualifier.MORE_THAN);
        assertThat(composed.isMarkedEstimated(1)).isTrue();
        assertThat(composed.provenance()).isEqualTo(SOURCE);
        assertThat(composed.note()).isEqualTo("a note");
    }

    @Test
    void aRowAlreadyComposedIsReturnedAsItIs() {
        Row row = Row.builder(D).set("name", "Zürich").provenance(SOURCE).build();
        assertThat(Composed.row(row)).isSameAs(row);
    }
}
