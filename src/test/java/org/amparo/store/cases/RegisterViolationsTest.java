package org.amparo.store.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterViolationsTest {
    @Test
    void groupsByCaseInPositionThenIdOrderWhateverTheOrderRead() {
        RegisterViolations.Builder b = new RegisterViolations.Builder();
        b.add(7, 1, 30, 101, 201, 0);
        b.add(3, 0, 12, 102, 202, 301);
        b.add(7, 0, 31, 103, 203, 302);
        b.add(7, 1, 29, 104, 204, 0);
        for (int i = 0; i < 3000; i++) {
            b.add(1000 + i, 0, 5000 + i, 1, 1, 0); // past the first array size
        }
        RegisterViolations all = b.sorted();
        assertEquals(3004, all.size());
        assertEquals(List.of("103/203/302", "104/204/null", "101/201/null"), of(all, 7));
        assertEquals(List.of("102/202/301"), of(all, 3));
        assertEquals(List.of(), of(all, 5), "a case without violations");
        assertEquals(List.of("1/1/null"), of(all, 3999));
    }

    @Test
    void rowsReadInOrderAreKeptAsTheyCame() {
        RegisterViolations.Builder b = new RegisterViolations.Builder();
        for (int i = 0; i < 2000; i++) {
            b.add(i / 2, i % 2, i, 100 + i, 200, i % 3 == 0 ? 0 : 300);
        }
        RegisterViolations all = b.sorted();
        assertEquals(2000, all.size());
        assertEquals(List.of("100/200/null", "101/200/300"), of(all, 0));
        assertEquals(List.of("2098/200/null", "2099/200/300"), of(all, 999));
        assertEquals(List.of(), of(all, 1000));
    }

    private static List<String> of(RegisterViolations all, long caseId) {
        List<String> out = new ArrayList<>();
        all.forCase(caseId, (p, a, o) -> out.add(p + "/" + a + "/" + o));
        return out;
    }
}
