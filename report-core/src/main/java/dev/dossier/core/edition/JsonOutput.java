package dev.dossier.core.edition;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.dossier.api.Provenance;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;

/** Generators that write the same bytes on every platform: UTF-8, two-space indents, {@code \n} line ends. */
final class JsonOutput {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonOutput() {
    }

    /** A pretty-printing generator over {@code out} that leaves the stream open when closed. */
    static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        g.setPrettyPrinter(new DefaultPrettyPrinter(separators).withObjectIndenter(indent).withArrayIndenter(indent));
        return g;
    }

    /** A date as {@code yyyy-mm-dd}, or null. */
    static void date(JsonGenerator g, String field, LocalDate date) throws IOException {
        g.writeFieldName(field);
        if (date == null) {
            g.writeNull();
        } else {
            g.writeString(date.toString());
        }
    }

    /** A provenance as an object: title, publisher, url, asOf, confidence (its label). */
    static void provenance(JsonGenerator g, Provenance p) throws IOException {
        g.writeStartObject();
        g.writeStringField("title", p.title());
        g.writeStringField("publisher", p.publisher());
        g.writeStringField("url", p.url());
        g.writeStringField("asOf", p.asOf());
        g.writeStringField("confidence", p.confidence().label());
        g.writeEndObject();
    }
}
