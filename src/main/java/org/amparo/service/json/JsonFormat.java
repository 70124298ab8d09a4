package org.amparo.service.json;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The names and value forms of Amparo's JSON exchange format (docs/format.md): its format name and version,
 * how choices (statuses, roles, kinds) are spelled, and the keys that name people, provisions and officers.
 */
public final class JsonFormat {
    /** The value of the top-level "format" member. */
    public static final String FORMAT = "amparo-vault";
    /** The format version this Amparo writes, and the newest it reads. */
    public static final int VERSION = 1;

    private static final Pattern PERSON_KEY = Pattern.compile("P-(\\d{1,9})");

    private JsonFormat() {
    }

    /** A choice as written in the file: lower case, e.g. {@code complaint_filed}. */
    public static String choice(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** Reads a choice written in any letter case; empty when it is none of the type's values. */
    public static <E extends Enum<E>> Optional<E> choice(Class<E> type, String text) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(text.trim())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The values of a choice, for messages: "intake, documenting, ...". */
    public static String choices(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(JsonFormat::choice).collect(Collectors.joining(", "));
    }

    /** A person's key in the file: "P-" and their pseudonym number. */
    public static String personKey(int pseudonymNo) {
        return "P-" + pseudonymNo;
    }

    /** The pseudonym number a person key carries, or 0 when the key is not of the form P-number. */
    public static int pseudonymOf(String personKey) {
        Matcher m = PERSON_KEY.matcher(personKey);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** A provision's key: its policy version's key, a slash and its topic ("VT-MODEL-2018/prolonged-stop"). */
    public static String provisionKey(String policyKey, String topic) {
        return policyKey + "/" + topic;
    }

    /** An officer's natural key, for look-ups and messages: "name / badge / agency". */
    public static String officerKey(String name, String badge, String agency) {
        return name.trim() + " / " + (badge == null ? "" : badge.trim()) + " / " + (agency == null ? "" : agency.trim());
    }
}
