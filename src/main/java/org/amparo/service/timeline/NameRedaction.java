package org.amparo.service.timeline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amparo.domain.CaseParty;
import org.amparo.domain.Person;
import org.amparo.domain.Pseudonym;

/**
 * Replaces the names of a case's people with their pseudonyms ("Person A") in any text: the full name,
 * each other name they go by, and each single part of a name ("José" alone), matched as whole words,
 * ignoring case and accents ("Jose" matches "José"). Officers are public officials and keep their names.
 * With no redaction it returns the text unchanged.
 */
public final class NameRedaction {
    private static final Set<String> PARTICLES = Set.of("de", "del", "la", "las", "los", "el", "y", "e", "da",
            "das", "do", "dos", "di", "du", "van", "von", "der", "den", "le", "mc", "st");

    private final Pattern pattern;
    private final Map<String, String> labels;

    private NameRedaction(Pattern pattern, Map<String, String> labels) {
        this.pattern = pattern;
        this.labels = labels;
    }

    public static NameRedaction none() {
        return new NameRedaction(null, Map.of());
    }

    /** Redacts every party's names; a person without a pseudonym yet gets one from its place in the list. */
    public static NameRedaction of(List<CaseParty> parties, Locale language) {
        Map<String, String> labels = new LinkedHashMap<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            Person p = parties.get(i).person();
            String label = label(p, i, language);
            List<String> names = new ArrayList<>();
            names.add(p.name());
            if (p.otherNames() != null) {
                names.addAll(List.of(p.otherNames().split("[,;/\\n]")));
            }
            for (String name : names) {
                String folded = fold(name).trim().replaceAll("\\s+", " ");
                if (folded.isEmpty()) {
                    continue;
                }
                labels.putIfAbsent(folded, label);
                for (String part : folded.split("[\\s\\-'’.]+")) {
                    if (part.length() >= 2 && !PARTICLES.contains(part)) {
                        labels.putIfAbsent(part, label);
                    }
                }
            }
        }
        if (labels.isEmpty()) {
            return none();
        }
        tokens.addAll(labels.keySet());
        tokens.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        for (String t : tokens) {
            if (!alt.isEmpty()) {
                alt.append('|');
            }
            alt.append(Pattern.quote(t).replace(" ", "\\E\\s+\\Q"));
        }
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alt + ")(?![\\p{L}\\p{N}])");
        return new NameRedaction(p, labels);
    }

    /** The pseudonym label a party is shown as ("Person A" / "Persona A"). */
    public static String label(Person p, int position, Locale language) {
        return Pseudonym.label(p.pseudonymNo() >= 1 ? p.pseudonymNo() : position + 1, language);
    }

    public boolean active() {
        return pattern != null;
    }

    public String apply(String text) {
        if (pattern == null || text == null || text.isEmpty()) {
            return text;
        }
        String original = Normalizer.normalize(text, Normalizer.Form.NFC);
        Matcher m = pattern.matcher(fold(original));
        StringBuilder out = new StringBuilder(original.length());
        int last = 0;
        while (m.find()) {
            out.append(original, last, m.start());
            out.append(labels.getOrDefault(m.group().replaceAll("\\s+", " "), "[…]"));
            last = m.end();
        }
        out.append(original, last, original.length());
        return out.toString();
    }

    /** Lower case without accents, one char for one char, so positions in the folded text fit the original. */
    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC);
        char[] out = new char[n.length()];
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c >= 0x80 && !Character.isSurrogate(c)) {
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                c = d.charAt(0);
            }
            out[i] = Character.toLowerCase(c);
        }
        return new String(out);
    }
}
