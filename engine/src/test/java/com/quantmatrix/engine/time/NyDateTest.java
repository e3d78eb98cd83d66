package com.quantmatrix.engine.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NyDateTest
{
    private static final ZoneId NY = ZoneId.of("America/New_York");

    private static int ymd(final LocalDate d)
    {
        return d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    @Test
    void agreesWithTheTimeZoneDatabaseOnRandomInstants()
    {
        final SplittableRandom r = new SplittableRandom(42);
        final long from = Instant.parse("1995-01-01T00:00:00Z").getEpochSecond();
        final long to = Instant.parse("2035-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 200_000; i++)
        {
            final long s = r.nextLong(from, to);
            final long nanos = s * 1_000_000_000L + r.nextInt(1_000_000_000);
            final ZonedDateTime z = Instant.ofEpochSecond(s).atZone(NY);
            assertThat(NyDate.ofEpochNanos(nanos)).as("instant %d", s).isEqualTo(ymd(z.toLocalDate()));
            assertThat(NyDate.offsetSeconds(s)).isEqualTo(z.getOffset().getTotalSeconds());
        }
    }

    @Test
    void dstTransitionsAndMidnights()
    {
        // 2016-03-13 02:00 EST -> EDT; 2016-11-06 02:00 EDT -> EST; 2006 rule: 2006-04-02, 2006-10-29
        for (final String d : new String[] {"2016-03-12", "2016-03-13", "2016-03-14", "2016-11-05", "2016-11-06", "2016-11-07",
            "2006-04-02", "2006-10-29", "2013-10-07", "2015-12-24", "2017-01-01"})
        {
            final LocalDate date = LocalDate.parse(d);
            final long expected = date.atStartOfDay(NY).toInstant().getEpochSecond() * 1_000_000_000L;
            assertThat(NyDate.startOfDayNanos(ymd(date))).as(d).isEqualTo(expected);
            final long at1030 = date.atTime(10, 30).atZone(NY).toInstant().getEpochSecond() * 1_000_000_000L;
            assertThat(NyDate.atNanos(ymd(date), 10, 30)).as(d).isEqualTo(at1030);
            assertThat(NyDate.ofEpochNanos(expected)).isEqualTo(ymd(date));
            assertThat(NyDate.ofEpochNanos(expected - 1)).isEqualTo(ymd(date.minusDays(1)));
        }
    }

    @Test
    void dayArithmetic()
    {
        assertThat(NyDate.daysBetween(20161209, 20161217)).isEqualTo(8);
        assertThat(NyDate.daysBetween(20161231, 20170101)).isEqualTo(1);
        assertThat(NyDate.daysBetween(20160228, 20160301)).isEqualTo(2);
        assertThat(NyDate.dayOfWeek(20161217)).isEqualTo(6);
        for (long d = -1000; d < 40_000; d += 7)
        {
            final LocalDate ld = LocalDate.ofEpochDay(d);
            assertThat(NyDate.ofEpochDay(d)).isEqualTo(ymd(ld));
            assertThat(NyDate.epochDay(ymd(ld))).isEqualTo(d);
            assertThat(NyDate.dayOfWeek(ymd(ld))).isEqualTo(ld.getDayOfWeek().getValue());
        }
    }

    @Test
    void trackerReportsEachNewDateOnce()
    {
        final DayTracker t = new DayTracker();
        final long d1 = NyDate.atNanos(20161201, 9, 30);
        assertThat(t.advance(d1)).isTrue();
        assertThat(t.advance(d1 + 1_000_000_000L)).isFalse();
        assertThat(t.advance(NyDate.atNanos(20161201, 23, 59))).isFalse();
        assertThat(t.date()).isEqualTo(20161201);
        assertThat(t.advance(NyDate.atNanos(20161202, 0, 0))).isTrue();
        assertThat(t.date()).isEqualTo(20161202);
    }
}
