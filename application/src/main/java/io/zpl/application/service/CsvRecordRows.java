package io.zpl.application.service;

import io.zpl.application.port.in.ImportBusinessRecords;
import io.zpl.application.port.in.ImportBusinessRecords.RecordRow;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Business records from a CSV file as spreadsheets write it (RFC 4180): a header naming the columns in any order,
 * comma or semicolon separated, quoted fields with doubled quotes and line breaks, a UTF-8 byte order mark tolerated.
 */
final class CsvRecordRows {

    private static final Map<String, Integer> COLUMN_INDEX = new HashMap<>();

    static {
        for (int i = 0; i < RecordRow.COLUMNS.size(); i++) {
            COLUMN_INDEX.put(RecordRow.COLUMNS.get(i).toLowerCase(Locale.ROOT), i);
        }
    }

    private CsvRecordRows() {}

    static List<RecordRow> read(Reader source) {
        try (var in = new BufferedReader(source)) {
            var parser = new Parser(in);
            List<String> header = parser.next();
            if (header == null || header.stream().allMatch(String::isBlank)) {
                throw new IllegalArgumentException("the file is empty: the first line must name the columns "
                        + String.join(",", RecordRow.COLUMNS));
            }
            int[] target = columns(header);
            var rows = new ArrayList<RecordRow>();
            for (List<String> fields = parser.next(); fields != null; fields = parser.next()) {
                if (fields.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (rows.size() == ImportBusinessRecords.MAX_ROWS) {
                    throw new IllegalArgumentException("a file may hold at most " + ImportBusinessRecords.MAX_ROWS
                            + " records: split it into several files");
                }
                String[] values = new String[RecordRow.COLUMNS.size()];
                for (int i = 0; i < fields.size() && i < target.length; i++) {
                    values[target[i]] = fields.get(i);
                }
                rows.add(new RecordRow(
                        parser.recordLine,
                        values[0],
                        values[1],
                        values[2],
                        values[3],
                        values[4],
                        values[5],
                        values[6],
                        values[7]));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int[] columns(List<String> header) {
        int[] target = new int[header.size()];
        var seen = new java.util.HashSet<Integer>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            Integer index = COLUMN_INDEX.get(name);
            if (index == null) {
                throw new IllegalArgumentException("unknown column '"
                        + header.get(i).strip() + "': the columns are " + String.join(",", RecordRow.COLUMNS));
            }
            if (!seen.add(index)) {
                throw new IllegalArgumentException("column '" + header.get(i).strip() + "' appears twice");
            }
            target[i] = index;
        }
        for (String required : List.of("kind", "externalRef", "partnerId")) {
            if (!seen.contains(COLUMN_INDEX.get(required.toLowerCase(Locale.ROOT)))) {
                throw new IllegalArgumentException("the column '" + required + "' is missing; the header has "
                        + header.stream().map(String::strip).collect(Collectors.joining(",")));
            }
        }
        return target;
    }

    /** Splits records; remembers the line each record starts on (quoted fields may span lines). */
    private static final class Parser {
        private final BufferedReader in;
        private int line;
        private char separator;
        int recordLine;

        Parser(BufferedReader in) {
            this.in = in;
        }

        @Nullable
        List<String> next() throws IOException {
            String text = in.readLine();
            if (text == null) {
                return null;
            }
            line++;
            recordLine = line;
            if (line == 1) {
                if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                    text = text.substring(1);
                }
                separator = text.indexOf(';') >= 0 && text.indexOf(',') < 0 ? ';' : ',';
            }
            var fields = new ArrayList<String>();
            var field = new StringBuilder();
            boolean quoted = false;
            int i = 0;
            while (true) {
                if (i == text.length()) {
                    if (!quoted) {
                        break;
                    }
                    String more = in.readLine();
                    if (more == null) {
                        throw new IllegalArgumentException("line " + recordLine + ": a quoted field is never closed");
                    }
                    line++;
                    field.append('\n');
                    text = more;
                    i = 0;
                    continue;
                }
                char c = text.charAt(i++);
                if (quoted) {
                    if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"' && field.toString().isBlank()) {
                    field.setLength(0);
                    quoted = true;
                } else if (c == separator) {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            return fields;
        }
    }
}
