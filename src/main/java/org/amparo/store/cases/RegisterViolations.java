package org.amparo.store.cases;

import java.util.Arrays;

/**
 * The vault's violations as the register lists them (provision, agency and officer of each), grouped by case and
 * in each case's order; kept in flat arrays, about 40 bytes a violation, so the register looks a case's
 * violations up in memory instead of asking H2 a thousand cases at a time.
 */
public final class RegisterViolations {
    /** Told one violation of a case. */
    @FunctionalInterface
    public interface Each {
        void accept(long provisionId, long agencyId, Long officerId);
    }

    private final long[] caseIds;
    private final long[] provisions;
    private final long[] agencies;
    private final long[] officers;
    private final int size;

    private RegisterViolations(long[] caseIds, long[] provisions, long[] agencies, long[] officers, int size) {
        this.caseIds = caseIds;
        this.provisions = provisions;
        this.agencies = agencies;
        this.officers = officers;
        this.size = size;
    }

    /** How many violations are held (the trash's included: only looked-up cases are listed). */
    public int size() {
        return size;
    }

    /** Each violation of the case, in the case's order (position, then when it was added). */
    public void forCase(long caseId, Each each) {
        int at = Arrays.binarySearch(caseIds, 0, size, caseId);
        if (at < 0) {
            return;
        }
        while (at > 0 && caseIds[at - 1] == caseId) {
            at--;
        }
        for (; at < size && caseIds[at] == caseId; at++) {
            each.accept(provisions[at], agencies[at], officers[at] == 0 ? null : officers[at]);
        }
    }

    /** Collects violations in any order, then sorts them by case, position and id ({@link #sorted()}). */
    static final class Builder {
        private long[][] columns = new long[6][1024];
        private int size;
        private boolean inOrder = true;

        /** The row at {@code i} against {@code next}, by case, position and id. */
        private static int compare(long[][] columns, int i, long[] next) {
            for (int c = 0; c < 3; c++) {
                int d = Long.compare(columns[c][i], next[c]);
                if (d != 0) {
                    return d;
                }
            }
            return 0;
        }

        /** @param officerId 0 when none */
        void add(long caseId, int position, long id, long provisionId, long agencyId, long officerId) {
            if (size == columns[0].length) {
                for (int c = 0; c < columns.length; c++) {
                    columns[c] = Arrays.copyOf(columns[c], size * 2);
                }
            }
            long[] values = {caseId, position, id, provisionId, agencyId, officerId};
            if (size > 0 && inOrder) {
                inOrder = compare(columns, size - 1, values) <= 0;
            }
            for (int c = 0; c < values.length; c++) {
                columns[c][size] = values[c];
            }
            size++;
        }

        RegisterViolations sorted() {
            if (inOrder) { // the query's ORDER BY: nothing to sort, nothing boxed
                long[][] c = columns;
                columns = null;
                return new RegisterViolations(c[0], c[3], c[4], c[5], size);
            }
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            long[] cases = columns[0];
            long[] positions = columns[1];
            long[] ids = columns[2];
            Arrays.sort(order, (a, b) -> cases[a] != cases[b] ? Long.compare(cases[a], cases[b])
                    : positions[a] != positions[b] ? Long.compare(positions[a], positions[b])
                    : Long.compare(ids[a], ids[b]));
            long[][] out = new long[4][size];
            int[] wanted = {0, 3, 4, 5};
            for (int i = 0; i < size; i++) {
                for (int c = 0; c < wanted.length; c++) {
                    out[c][i] = columns[wanted[c]][order[i]];
                }
            }
            columns = null;
            return new RegisterViolations(out[0], out[1], out[2], out[3], size);
        }
    }
}
