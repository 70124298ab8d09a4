package org.amparo.store.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A small RFC 4180 CSV reader for the shipped reference files: a header row, then rows by column name. */
public final class CsvTable {
    private final List<Map<String, String>> rows;

    private CsvTable(List<Map<String, String>> rows) {
        this.rows = rows;
    }

    public List<Map<String, String>> rows() {
        return rows;
    }

    public static CsvTable resource(String name) {
        try (InputStream in = CsvTable.class.getResourceAsStream("/reference/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing reference file " + name);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CsvTable parse(String text) {
        List<List<String>> records = records(text);
        if (records.isEmpty()) {
            return new CsvTable(List.of());
        }
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> rec : records.subList(1, records.size())) {
            if (rec.size() == 1 && rec.get(0).isBlank()) {
                continue;
            }
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String v = i < rec.size() ? rec.get(i).trim() : "";
                row.put(header.get(i).trim(), v.isEmpty() ? null : v);
            }
            rows.add(row);
        }
        return new CsvTable(rows);
    }

    private static List<List<String>> records(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> rec = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                rec.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                rec.add(field.toString());
                field.setLength(0);
                out.add(rec);
                rec = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !rec.isEmpty()) {
            rec.add(field.toString());
            out.add(rec);
        }
        return out;
    }
}
