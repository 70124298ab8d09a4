package org.amparo.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterBenchmarkTest {
    @Test
    void reportsTheMedianOfTheTimedRoundsAndTheFirstExportAgainstTheSameFloor() {
        RegisterBenchmark.Result r = new RegisterBenchmark.Result(6.0, List.of(2.0, 1.0, 9.0), List.of(4.0, 2.0),
                100, 10, 20, 30);
        assertEquals(2.0, r.exportSeconds());
        assertEquals(3.0, r.floorSeconds());
        assertEquals(2.0 / 3.0, r.ratio(), 1e-9);
        assertEquals(2.0, r.firstRatio(), 1e-9);
    }
}
