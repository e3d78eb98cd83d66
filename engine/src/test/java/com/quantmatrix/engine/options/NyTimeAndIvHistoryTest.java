package com.quantmatrix.engine.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class NyTimeAndIvHistoryTest
{
    /** The arithmetic agrees with java.time's America/New_York rules on every day 2007-2030. */
    @Test
    void nyTimeMatchesJavaTime()
    {
        final ZoneId ny = ZoneId.of("America/New_York");
        for (LocalDate d = LocalDate.of(2007, 1, 1); d.isBefore(LocalDate.of(2031, 1, 1)); d = d.plusDays(1))
        {
            final int ymd = d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth();
            assertThat(NyTime.epochDay(ymd)).isEqualTo(d.toEpochDay());
            assertThat(NyTime.ymd(d.toEpochDay())).isEqualTo(ymd);
            final long close = LocalDateTime.of(d, java.time.LocalTime.of(16, 0)).atZone(ny).toEpochSecond() * 1_000_000_000L;
            assertThat(NyTime.expiryNanos(ymd)).isEqualTo(close);
            assertThat(NyTime.nyDate(close)).isEqualTo(ymd);
            assertThat(NyTime.nyDate(close + 7L * 3_600 * 1_000_000_000L)).isEqualTo(ymd); // 23:00
        }
        assertThat(NyTime.thirdFriday(2015, 12)).isEqualTo(20151218);
        assertThat(NyTime.thirdFriday(2016, 1)).isEqualTo(20160115);
        assertThat(NyTime.thirdFriday(2023, 6)).isEqualTo(20230616);
    }

    @Test
    void ivRankAndPercentileOverTheWindow()
    {
        final IvHistory h = new IvHistory(4, 5, 3);
        assertThat(h.rank(1)).isNaN();
        h.record(1, 20240102, 0.20);
        h.record(1, 20240103, 0.30);
        assertThat(h.rank(1)).isNaN(); // fewer than minDays
        h.record(1, 20240104, 0.25);
        assertThat(h.rank(1)).isCloseTo(50.0, within(1e-12));
        assertThat(h.percentile(1)).isCloseTo(50.0, within(1e-12)); // 1 of the 2 earlier days was lower
        h.record(1, 20240104, 0.35); // same day: replaces today's reading
        assertThat(h.days(1)).isEqualTo(3);
        assertThat(h.rank(1)).isCloseTo(100.0, within(1e-12));
        assertThat(h.percentile(1)).isCloseTo(100.0, within(1e-12));
        assertThat(h.record(1, 20240103, 0.5)).isFalse(); // older day ignored
        h.record(1, 20240105, 0.10);
        h.record(1, 20240108, 0.15);
        h.record(1, 20240109, 0.40); // the window (5) drops 0.20
        assertThat(h.days(1)).isEqualTo(5);
        assertThat(h.rank(1)).isCloseTo(100.0 * (0.40 - 0.10) / (0.40 - 0.10), within(1e-12));
        h.record(1, 20240110, 0.20); // drops 0.30: window 0.35,0.10,0.15,0.40,0.20
        assertThat(h.rank(1)).isCloseTo(100.0 * (0.20 - 0.10) / (0.40 - 0.10), within(1e-12));
        assertThat(h.percentile(1)).isCloseTo(100.0 * 2 / 4, within(1e-12));
        assertThat(h.rank(2)).isNaN();
        assertThat(h.record(1, 20240111, Double.NaN)).isFalse();
    }
}
