package dev.dossier.core.edition;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Writes and reads {@link Snapshot}s as JSON ({@code NAME.snapshot.json}).
 *
 * <p>The document is UTF-8, pretty-printed with two-space indents and {@code \n} line ends, its
 * keys always in the same order, so the same snapshot always gives the same bytes:
 * <pre>{@code
 * { "formatVersion": 1,
 *   "template": { "path": "templates/china-ai-briefing.yaml", "sha256": "…" },
 *   "theme": "dossier", "editionDate": "2025-06-30", "parameters": { "edition": "2025-Q2" },
 *   "datasets": [ { "ref": "patents/families-by-country", "name": "families-by-country", "description": "…",
 *                   "columns": [ { "name": "entity", "type": "string", "unit": "", "label": "…", "required": true }, … ],
 *                   "provenance": [ { "title": "…", "publisher": "", "url": "…", "asOf": "", "confidence": "published" } ],
 *                   "rowProvenance": [ … ],
 *                   "rows": [ { "values": { "entity": "China", "families": 38210 }, "provenance": 0,
 *                               "qualifiers": { "families": "more-than" }, "estimated": [ "families" ], "note": "…" } ] } ],
 *   "figures": [ { "label": "…", "dataset": "patents/families-by-country", "where": { "entity": "China" },
 *                  "column": "families", "row": 0 } ] }
 * }</pre>
 * Every row lists every column's value (null when missing; decimals as JSON numbers with their
 * scale kept, dates as {@code yyyy-mm-dd}); {@code provenance} indexes {@code rowProvenance};
 * {@code qualifiers}, {@code estimated} and {@code note} appear only when a row has them.
 *
 * <p>Thread-safe; holds no state.
 *
 * @since 0.1
 */
public final class SnapshotJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private SnapshotJson() {
    }

    /**
     * Writes the snapshot as JSON; the stream is flushed, not closed.
     *
     * @throws IOException when the stream fails
     */
    public static void write(Snapshot snapshot, OutputStream out) throws IOException {
        try (JsonGenerator g = JsonOutput.generator(out)) {
            new SnapshotWriter(g).write(snapshot);
            g.writeRaw('\n');
        }
    }

    /**
     * Reads a snapshot file.
     *
     * @throws DossierException INPUT {@code DOS-FILE-NOT-FOUND} when there is no such file;
     *                          INPUT {@code DOS-FILE-UNREADABLE} when it cannot be read;
     *                          INPUT {@code DOS-SNAPSHOT-VERSION} when it was written in a newer format
     *                          (naming the version found and those understood);
     *                          INPUT {@code DOS-SNAPSHOT-INVALID} when it is not JSON or is truncated
     *                          ({@code FILE:LINE:COLUMN}), or does not have a snapshot's shape
     *                          ({@code FILE: $.datasets[3].rows[12].values.families: expected …, found …})
     */
    public static Snapshot read(Path file) {
        JsonNode tree;
        try (InputStream in = Files.newInputStream(file)) {
            tree = MAPPER.readTree(in);
        } catch (NoSuchFileException e) {
            throw DossierException.input(ErrorCode.FILE_NOT_FOUND, file + ": no such snapshot file");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? file.toString() : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new DossierException(ErrorCode.SNAPSHOT_INVALID, DossierException.Kind.INPUT,
                    where + ": not a complete JSON document"
                            + (e instanceof JsonEOFException ? " (the file ends too early: truncated?): " : ": ")
                            + e.getOriginalMessage().replaceAll("\\s*\\(start marker at [^)]*\\)+", "").strip(), e);
        } catch (IOException e) {
            throw new DossierException(ErrorCode.FILE_UNREADABLE, DossierException.Kind.INPUT,
                    file + ": cannot read the snapshot: " + e.getMessage(), e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw DossierException.input(ErrorCode.SNAPSHOT_INVALID, file + ":1:1: empty file, expected a snapshot (a JSON object)");
        }
        JsonAt root = JsonAt.root(file.toString(), tree);
        int version = root.field("formatVersion").integer();
        if (version > Snapshot.FORMAT_VERSION || version < 1) {
            throw DossierException.input(ErrorCode.SNAPSHOT_VERSION, file + ": $.formatVersion: snapshot format version "
                    + version + " is not one this Dossier understands (versions 1 to " + Snapshot.FORMAT_VERSION + ")"
                    + (version > Snapshot.FORMAT_VERSION ? "; it was written by a newer Dossier: upgrade to read it" : ""));
        }
        return SnapshotReader.read(root);
    }
}
