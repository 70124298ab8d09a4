package org.amparo.service.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.amparo.domain.Agency;
import org.amparo.domain.Officer;

/**
 * The made-up officers the demo's cases name, a few per sheriff's department, State Police barracks and
 * municipal department, so the same officer turns up in several cases (officers are linked records).
 */
final class DemoOfficerPool {
    private DemoOfficerPool() {
    }

    /** The pool for these agencies, the same for the same seed (new officers: no ids). */
    static List<Officer> plan(long seed, List<Agency> agencies) {
        DemoDice dice = new DemoDice(seed * 31 + 7);
        DemoNames names = new DemoNames(dice);
        List<Officer> pool = new ArrayList<>();
        for (Agency a : agencies) {
            String[] ranks = ranks(a.kind());
            if (ranks.length == 0) {
                continue;
            }
            Set<String> taken = new HashSet<>();
            int size = dice.between(4, 7);
            for (int i = 0; i < size; i++) {
                String name = names.officerName();
                if (!taken.add(name)) {
                    continue;
                }
                String rank = i == 0 ? ranks[ranks.length - 1] : dice.chance(0.75) ? ranks[0] : dice.pick(ranks);
                String badge = badgePrefix(a) + "-" + dice.between(100, 999);
                pool.add(new Officer(null, name, badge, a.id(), rank, null, "Demo officer (fictional)"));
            }
        }
        return pool;
    }

    /** The usual rank first, a senior one last. */
    private static String[] ranks(String kind) {
        return switch (kind == null ? "" : kind) {
            case "county_sheriff" -> new String[] {"Deputy", "Corporal", "Sergeant"};
            case "state_unit" -> new String[] {"Trooper", "Corporal", "Sergeant"};
            case "municipal" -> new String[] {"Officer", "Corporal", "Sergeant"};
            default -> new String[0];
        };
    }

    private static String badgePrefix(Agency a) {
        StringBuilder sb = new StringBuilder();
        for (String word : a.name().replace("-", " ").split("\\s+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                sb.append(word.charAt(0));
            }
        }
        return sb.length() == 0 ? "X" : sb.toString();
    }
}
