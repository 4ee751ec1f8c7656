package dev.dossier.core.edition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static dev.dossier.core.edition.EditedEditions.minus;
import static org.assertj.core.api.Assertions.assertThat;

class ChangesJsonTest {

    private final EditedEditions e = new EditedEditions();

    private static byte[] json(Changes c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChangesJson.write(c, out);
        return out.toByteArray();
    }

    @Test
    void writesKpisAndRowChangesWithValuesFromTheSnapshots() throws IOException {
        JsonNode root = new ObjectMapper().readTree(json(e.compare()));

        assertThat(root.fieldNames()).toIterable().containsExactly("previousEdition", "currentEdition", "unchanged", "kpis",
                "newKpis", "goneKpis", "addedDatasets", "droppedDatasets", "datasets", "provenance");
        assertThat(root.get("previousEdition").asText()).isEqualTo(EditedEditions.PREVIOUS.toString());
        assertThat(root.get("unchanged").asBoolean()).isFalse();
        JsonNode kpi = root.get("kpis").get(0);
        assertThat(kpi.get("previous").get("value").longValue()).isEqualTo(e.first.get("families"));
        assertThat(kpi.get("current").get("value").longValue()).isEqualTo(e.second.get("families"));
        assertThat(kpi.get("difference").decimalValue())
                .isEqualByComparingTo(minus(e.second.get("families"), e.first.get("families")));
        JsonNode d = root.get("datasets").get(0);
        assertThat(d.get("removed").get(0).get("key").asText()).isEqualTo(e.last.text("entity"));
        assertThat(d.get("changed").findValuesAsText("key")).containsExactly(e.first.text("entity"), e.third.text("entity"));
    }

    @Test
    void theSameChangesGiveTheSameBytes() throws IOException {
        assertThat(json(e.compare())).isEqualTo(json(e.compare()));
        assertThat(new ObjectMapper().readTree(json(EditionComparison.compare(e.previous(), e.previous())))
                .get("unchanged").asBoolean()).isTrue();
    }
}
