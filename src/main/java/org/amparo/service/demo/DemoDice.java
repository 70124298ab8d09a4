package org.amparo.service.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.Season;

/** The demo's one source of chance: a {@link Random} with the seed, and the few ways the demo draws from it. */
final class DemoDice {
    private final Random random;

    DemoDice(long seed) {
        this.random = new Random(seed);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A number from 0 (included) to 1 (excluded). */
    double fraction() {
        return random.nextDouble();
    }

    /** A number from {@code lo} to {@code hi}, both included. */
    int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    final <T> T pick(T... items) {
        return items[random.nextInt(items.length)];
    }

    /** An index drawn by weight. */
    int weighted(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    LocalDate dayBetween(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return from.plusDays((long) (random.nextDouble() * (days + 1)));
    }

    /** The day as a person may remember it: about 80% exact, the rest a month, a season or a year. */
    ApproximateDate remembered(LocalDate day) {
        return switch (weighted(80, 10, 6, 4)) {
            case 0 -> ApproximateDate.day(day);
            case 1 -> ApproximateDate.month(YearMonth.from(day));
            case 2 -> ApproximateDate.season(Season.of(day), Season.namingYear(day));
            default -> ApproximateDate.year(day.getYear());
        };
    }

    /** A time of day on a five-minute mark, between the hours given. */
    LocalTime time(int fromHour, int toHour) {
        return LocalTime.of(between(fromHour, toHour), 5 * random.nextInt(12));
    }

    /** A whole-dollar amount in steps, as settlements are written. */
    BigDecimal amount(int min, int max, int step) {
        return BigDecimal.valueOf((long) between(min / step, max / step) * step).setScale(2);
    }
}
