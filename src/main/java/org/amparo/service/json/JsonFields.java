package org.amparo.service.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.ApproximateDateText;

/**
 * Reads the fields of one JSON object, checking each (type, length, form) and recording every problem with
 * where it is, e.g. {@code cases[0].incident_date}. A missing field and {@code null} are the same. Fields
 * not read by the time {@link #finish} is called are reported as unknown.
 */
final class JsonFields {
    private final JsonNode node;
    private final String path;
    private final List<TransferMessage> problems;
    private final Set<String> read = new HashSet<>();

    private JsonFields(JsonNode node, String path, List<TransferMessage> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** Reads an object; when the node is not one, that is reported and every field reads as missing. */
    static JsonFields of(JsonNode node, String path, List<TransferMessage> problems) {
        if (node == null || !node.isObject()) {
            problems.add(new TransferMessage(path, "json.problem.notObject"));
            return new JsonFields(MissingNode.getInstance(), path, problems);
        }
        return new JsonFields(node, path, problems);
    }

    String path() {
        return path;
    }

    String path(String field) {
        return path + "." + field;
    }

    void problem(String field, String key, Object... args) {
        problems.add(new TransferMessage(field == null ? path : path(field), key, args));
    }

    /** Text of at most {@code max} characters; blank text counts as missing. */
    String text(String field, int max, boolean required) {
        JsonNode v = value(field);
        if (v == null) {
            missing(field, required);
            return null;
        }
        if (!v.isTextual()) {
            problem(field, "json.problem.notText");
            return null;
        }
        String s = v.textValue();
        if (s.isBlank()) {
            missing(field, required);
            return null;
        }
        if (s.length() > max) {
            problem(field, "json.problem.tooLong", String.valueOf(max));
            return null;
        }
        return s;
    }

    LocalDate date(String field, boolean required) {
        String s = text(field, 40, required);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            problem(field, "json.problem.notDate", s);
            return null;
        }
    }

    /** An approximate date in its file form only: 2019-03-14, 2019-03, spring 2019 or 2019. */
    ApproximateDate approximateDate(String field, boolean required) {
        String s = text(field, 40, required);
        if (s == null) {
            return null;
        }
        ApproximateDate d = ApproximateDateText.parse(s).orElse(null);
        if (d == null || !ApproximateDateText.iso(d).equals(s.trim())) {
            problem(field, "json.problem.notApproximateDate", s);
            return null;
        }
        return d;
    }

    LocalTime time(String field) {
        String s = text(field, 20, false);
        if (s == null) {
            return null;
        }
        if (!s.trim().matches("\\d{2}:\\d{2}(:\\d{2})?")) {
            problem(field, "json.problem.notTime", s);
            return null;
        }
        try {
            return LocalTime.parse(s.trim());
        } catch (DateTimeParseException e) {
            problem(field, "json.problem.notTime", s);
            return null;
        }
    }

    <E extends Enum<E>> E choice(String field, Class<E> type, boolean required) {
        String s = text(field, 60, required);
        if (s == null) {
            return null;
        }
        E e = JsonFormat.choice(type, s).orElse(null);
        if (e == null) {
            problem(field, "json.problem.unknownChoice", s, JsonFormat.choices(type));
        }
        return e;
    }

    Integer integer(String field, int min, int max, boolean required) {
        JsonNode v = value(field);
        if (v == null) {
            missing(field, required);
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            problem(field, "json.problem.notWholeNumber");
            return null;
        }
        int i = v.intValue();
        if (i < min || i > max) {
            problem(field, "json.problem.outOfRange", String.valueOf(i), String.valueOf(min), String.valueOf(max));
            return null;
        }
        return i;
    }

    boolean flag(String field) {
        JsonNode v = value(field);
        if (v == null) {
            return false;
        }
        if (!v.isBoolean()) {
            problem(field, "json.problem.notBoolean");
            return false;
        }
        return v.booleanValue();
    }

    /** A sum of money: text such as "35000.00" (or a JSON number), not negative, at most 2 decimals. */
    BigDecimal amount(String field) {
        JsonNode v = value(field);
        if (v == null) {
            return null;
        }
        String s = v.isNumber() ? v.decimalValue().toPlainString() : v.isTextual() ? v.textValue().trim() : null;
        if (s == null || !s.matches("\\d{1,12}(\\.\\d{1,2})?")) {
            problem(field, "json.problem.notAmount", v.isTextual() ? v.textValue() : v.toString());
            return null;
        }
        return new BigDecimal(s);
    }

    /** A list of texts (each at most {@code max} characters). */
    List<String> texts(String field, int max) {
        List<String> out = new ArrayList<>();
        List<JsonNode> items = array(field);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.isTextual()) {
                problems.add(new TransferMessage(path(field) + "[" + i + "]", "json.problem.notText"));
            } else if (item.textValue().length() > max) {
                problems.add(new TransferMessage(path(field) + "[" + i + "]", "json.problem.tooLong",
                        String.valueOf(max)));
            } else if (!item.textValue().isBlank()) {
                out.add(item.textValue().trim());
            }
        }
        return out;
    }

    /** The elements of a list; a missing list is an empty one. */
    List<JsonNode> array(String field) {
        JsonNode v = value(field);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            problem(field, "json.problem.notArray");
            return List.of();
        }
        List<JsonNode> out = new ArrayList<>(v.size());
        v.forEach(out::add);
        return out;
    }

    /** A nested object, or null when the field is missing. */
    JsonNode object(String field) {
        JsonNode v = value(field);
        if (v != null && !v.isObject()) {
            problem(field, "json.problem.notObject");
            return null;
        }
        return v;
    }

    /** Reports the fields nobody read: the format has no such field. */
    void finish() {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!read.contains(n)) {
                problem(n, "json.problem.unknownField");
            }
        }
    }

    private JsonNode value(String field) {
        read.add(field);
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v;
    }

    private void missing(String field, boolean required) {
        if (required) {
            problem(field, "json.problem.missing");
        }
    }
}
