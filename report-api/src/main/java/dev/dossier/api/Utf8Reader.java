package dev.dossier.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 text strictly, so that a file saved in another encoding fails with a message
 * saying which encoding it seems to be in and where, instead of turning into replacement
 * characters ({@code �}) that end up printed in a report.
 *
 * <p>A UTF-8 byte-order mark is dropped. A ZIP archive (an {@code .xlsx} workbook), an old Excel
 * workbook, a PDF or an image is refused at line 1, column 1, naming what it is. A file that starts
 * with a UTF-16 byte-order mark, or
 * whose first bytes hold a NUL (UTF-16 without a mark), is refused at line 1, column 1; a byte
 * that is not valid UTF-8 is refused at its line and column (counted in characters, from 1),
 * naming the character it would be in Latin-1 / Windows-1252, the usual encoding of such files.
 * Both are a {@link NotUtf8Exception}.
 *
 * <p>Not thread-safe, like every {@link Reader}.
 *
 * @since 0.3
 */
public final class Utf8Reader extends Reader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private boolean started;
    private boolean endOfInput;
    private boolean flushed;
    private int line = 1;
    private int column = 1;

    /** @param in the bytes to decode; closed with this reader */
    public Utf8Reader(InputStream in) {
        this.in = in;
        chars.flip(); // empty, in read mode
    }

    /** Text that is not UTF-8, with where it was found (line and column from 1) and what it seems to be. */
    public static final class NotUtf8Exception extends IOException {
        private final int line;
        private final int column;
        private final String reason;

        NotUtf8Exception(int line, int column, String reason) {
            super(line + ":" + column + ": " + reason);
            this.line = line;
            this.column = column;
            this.reason = reason;
        }

        /** The line of the first byte that is not UTF-8, from 1. */
        public int line() {
            return line;
        }

        /** The column (in characters) of that byte, from 1. */
        public int column() {
            return column;
        }

        /** What is wrong and what to do, e.g. "the file is UTF-16, not UTF-8; save it as UTF-8". */
        public String reason() {
            return reason;
        }
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    /** Decodes the next characters into {@link #chars}; false at the end of the text. */
    private boolean fill() throws IOException {
        if (!started) {
            started = true;
            readBytes();
            checkStart();
        }
        if (flushed) {
            return false;
        }
        chars.clear();
        while (chars.position() == 0) {
            if (!endOfInput && bytes.hasRemaining()) {
                readBytes();
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                count(0);
                throw notUtf8(bytes.get(bytes.position()) & 0xFF);
            }
            bytes.compact();
            if (endOfInput && bytes.position() == 0) {
                flushed = true;
                decoder.flush(chars);
                break;
            }
        }
        count(0);
        chars.flip();
        return chars.hasRemaining();
    }

    /** Reads bytes until the buffer is full or the input ends (buffer stays in write mode). */
    private void readBytes() throws IOException {
        while (bytes.hasRemaining()) {
            int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfInput = true;
                return;
            }
            bytes.position(bytes.position() + n);
            if (n == 0) {
                return;
            }
        }
    }

    /** Files people pick by mistake, by their first bytes: a spreadsheet saved as a workbook, an image. */
    private static final String[][] SIGNATURES = {
            {"PK\u0003\u0004", "a ZIP archive (an Excel .xlsx or OpenDocument spreadsheet?), not text; export it as CSV or JSON"},
            {"\u00D0\u00CF\u0011\u00E0", "an old Excel (.xls) or Word workbook, not text; export it as CSV"},
            {"%PDF-", "a PDF document, not text"},
            {"\u0089PNG", "a PNG image, not text"},
            {"\u00FF\u00D8\u00FF", "a JPEG image, not text"},
    };

    /** Refuses binary files and UTF-16 (with or without a byte-order mark) and drops a UTF-8 byte-order mark. */
    private void checkStart() throws NotUtf8Exception {
        byte[] b = bytes.array();
        int n = bytes.position();
        for (String[] signature : SIGNATURES) {
            String magic = signature[0];
            boolean matches = n >= magic.length();
            for (int i = 0; matches && i < magic.length(); i++) {
                matches = (b[i] & 0xFF) == magic.charAt(i);
            }
            if (matches) {
                throw new NotUtf8Exception(1, 1, "the file is " + signature[1]);
            }
        }
        if (n >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            throw new NotUtf8Exception(1, 1, "the file is UTF-16 (it starts with a UTF-16 byte-order mark), not UTF-8;"
                    + " save it as UTF-8");
        }
        for (int i = 0; i < Math.min(n, 4); i++) {
            if (b[i] == 0) {
                throw new NotUtf8Exception(1, 1, "the file looks like UTF-16 (NUL bytes between its first characters),"
                        + " not UTF-8; save it as UTF-8");
            }
        }
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            bytes.flip();
            bytes.position(3);
            bytes.compact();
        }
    }

    /** Advances the line and column over the characters decoded since the last call. */
    private void count(int from) {
        for (int i = from; i < chars.position(); i++) {
            if (chars.get(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
    }

    private NotUtf8Exception notUtf8(int value) {
        String latin = new String(new byte[] {(byte) value}, WINDOWS_1252);
        String hint = value >= 0x80 && !latin.equals("\uFFFD")
                ? "; the file looks like Latin-1 / Windows-1252, where this byte is '" + latin + "'"
                : "";
        return new NotUtf8Exception(line, column, String.format("byte 0x%02X is not UTF-8%s; save the file as UTF-8",
                value, hint));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
