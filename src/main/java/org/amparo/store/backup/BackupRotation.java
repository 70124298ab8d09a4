package org.amparo.store.backup;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which backups to keep: the newest {@code keepLast}, plus the newest of each month for {@code keepMonths} months. */
public record BackupRotation(int keepLast, int keepMonths) {
    public static final BackupRotation DEFAULT = new BackupRotation(10, 12);

    /** The backups (by creation time) that rotation removes. */
    public List<Instant> toDelete(List<Instant> backups, Instant now) {
        List<Instant> newestFirst = new ArrayList<>(backups);
        newestFirst.sort(Comparator.reverseOrder());
        Set<Instant> keep = new HashSet<>(newestFirst.subList(0, Math.min(keepLast, newestFirst.size())));
        YearMonth oldestMonth = YearMonth.from(now.atOffset(ZoneOffset.UTC)).minusMonths(keepMonths - 1L);
        Set<YearMonth> monthsKept = new HashSet<>();
        for (Instant t : newestFirst) {
            YearMonth m = YearMonth.from(t.atOffset(ZoneOffset.UTC));
            if (!m.isBefore(oldestMonth) && monthsKept.add(m)) {
                keep.add(t);
            }
        }
        return newestFirst.stream().filter(t -> !keep.contains(t)).toList();
    }
}
