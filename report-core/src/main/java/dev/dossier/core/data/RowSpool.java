package dev.dossier.core.data;

import dev.dossier.api.Column;
import dev.dossier.api.DatasetDescriptor;
import dev.dossier.api.Provenance;
import dev.dossier.api.Qualifier;
import dev.dossier.api.ReadAheadCursor;
import dev.dossier.api.Row;
import dev.dossier.api.RowCursor;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of one dataset written to a private temporary file, so a large dataset is read from its
 * source once and can then be read again any number of times in bounded memory.
 *
 * <p>Each cell keeps its exact typed value (a {@code BigDecimal} keeps its scale), qualifier and
 * estimate mark; each row its provenance (kept once in memory per distinct source) and note.
 * Append with {@link #append(Row)}, then {@link #finish()}; {@link #cursor()} opens a fresh cursor.
 * {@link #close()} deletes the file. Not thread-safe while appending.
 */
final class RowSpool implements Closeable {

    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte LONG = 2;
    private static final byte DECIMAL = 3;
    private static final byte INT = 4;
    private static final byte DAY = 5;
    private static final Qualifier[] QUALIFIERS = Qualifier.values();

    private final DatasetDescriptor descriptor;
    private final Path file;
    private final List<Provenance> provenances = new ArrayList<>();
    private final Map<Provenance, Integer> provenanceIndex = new HashMap<>();
    private DataOutputStream out;
    private int rows;

    RowSpool(DatasetDescriptor descriptor) throws IOException {
        this.descriptor = descriptor;
        this.file = dev.dossier.core.output.TempFiles.file("rows", ".spool");
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    int size() {
        return rows;
    }

    void append(Row row) throws IOException {
        Integer p = provenanceIndex.computeIfAbsent(row.provenance(), k -> {
            provenances.add(k);
            return provenances.size() - 1;
        });
        out.writeInt(p);
        writeText(row.note());
        List<Column> columns = descriptor.columns();
        for (int i = 0; i < columns.size(); i++) {
            writeValue(row.get(i));
            out.writeByte(row.qualifier(i).ordinal());
            out.writeBoolean(row.isEstimated(i));
        }
        rows++;
    }

    void finish() throws IOException {
        out.close();
        out = null;
    }

    /** A cursor over every spooled row, in the order appended. */
    RowCursor cursor() {
        try {
            return new SpoolCursor(new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back spooled rows of '" + descriptor.name() + "'", e);
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
        Files.deleteIfExists(file);
    }

    private void writeValue(Object v) throws IOException {
        if (v == null) {
            out.writeByte(NULL);
        } else if (v instanceof String s) {
            out.writeByte(TEXT);
            writeText(s);
        } else if (v instanceof Long l) {
            out.writeByte(LONG);
            out.writeLong(l);
        } else if (v instanceof BigDecimal d) {
            out.writeByte(DECIMAL);
            byte[] unscaled = d.unscaledValue().toByteArray();
            out.writeInt(d.scale());
            out.writeShort(unscaled.length);
            out.write(unscaled);
        } else if (v instanceof Integer i) {
            out.writeByte(INT);
            out.writeInt(i);
        } else if (v instanceof LocalDate d) {
            out.writeByte(DAY);
            out.writeLong(d.toEpochDay());
        } else {
            throw new IllegalArgumentException("cannot spool a " + v.getClass().getName());
        }
    }

    private void writeText(String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private final class SpoolCursor extends ReadAheadCursor {
        private final DataInputStream in;
        private final Row.Builder builder = Row.builder(descriptor);
        private int read;

        SpoolCursor(DataInputStream in) {
            this.in = in;
        }

        @Override
        protected Row read() {
            if (read == rows) {
                return null;
            }
            try {
                builder.provenance(provenances.get(in.readInt()));
                builder.note(readText());
                List<Column> columns = descriptor.columns();
                for (Column c : columns) {
                    builder.set(c.name(), readValue());
                    builder.qualify(c.name(), QUALIFIERS[in.readByte()]);
                    if (in.readBoolean()) {
                        builder.estimated(c.name());
                    }
                }
                read++;
                return builder.build();
            } catch (EOFException e) {
                throw new UncheckedIOException("spooled rows of '" + descriptor.name() + "' end early", e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read back spooled rows of '" + descriptor.name() + "'", e);
            }
        }

        private Object readValue() throws IOException {
            byte tag = in.readByte();
            return switch (tag) {
                case NULL -> null;
                case TEXT -> readText();
                case LONG -> in.readLong();
                case DECIMAL -> {
                    int scale = in.readInt();
                    byte[] unscaled = new byte[in.readShort()];
                    in.readFully(unscaled);
                    yield new BigDecimal(new BigInteger(unscaled), scale);
                }
                case INT -> in.readInt();
                case DAY -> LocalDate.ofEpochDay(in.readLong());
                default -> throw new IOException("unknown cell tag " + tag);
            };
        }

        private String readText() throws IOException {
            byte[] bytes = new byte[in.readInt()];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        protected void release() {
            try {
                in.close();
            } catch (IOException ignored) {
                // reading is finished; a failed close loses nothing
            }
        }
    }
}
