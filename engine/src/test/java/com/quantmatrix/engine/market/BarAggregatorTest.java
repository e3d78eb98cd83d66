package com.quantmatrix.engine.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.quantmatrix.engine.data.ProjectPaths;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bars built from LEAN's real minute bars (extended hours included in the files) against LEAN's own daily bars:
 * SPY for the week of 2013-10-04 (bundled data), and GOOG on 2015-12-24, an early close at 13:00.
 */
class BarAggregatorTest
{
    private static final int[] TIMEFRAMES = {60, 300, 900, 3_600, 86_400};
    private static final String[] SPY_DAYS = {"2013-10-04", "2013-10-07", "2013-10-08", "2013-10-09", "2013-10-10", "2013-10-11"};

    /** A completed bar as the sink saw it. */
    private static final class Bar
    {
        int seconds;
        long start;
        long end;
        double open;
        double high;
        double low;
        double close;
        double volume;
        boolean extended;
    }

    private static List<Bar> build(final List<LeanMinuteBars.Row> rows, final boolean extendedHours, final SessionHours hours)
    {
        final List<Bar> out = new ArrayList<>();
        final BarAggregator agg = new BarAggregator(2, TIMEFRAMES, extendedHours, hours, (sym, seconds, start, end, o, h, l, c, v, ext) -> {
            assertThat(sym).isEqualTo(1);
            final Bar b = new Bar();
            b.seconds = seconds;
            b.start = start;
            b.end = end;
            b.open = o;
            b.high = h;
            b.low = l;
            b.close = c;
            b.volume = v;
            b.extended = ext;
            out.add(b);
        });
        for (final LeanMinuteBars.Row r : rows)
        {
            agg.addBar(1, r.endNanos, 60, r.open, r.high, r.low, r.close, r.volume);
        }
        return out;
    }

    private static List<Bar> of(final List<Bar> bars, final int seconds)
    {
        final List<Bar> out = new ArrayList<>();
        for (final Bar b : bars)
        {
            if (b.seconds == seconds)
            {
                out.add(b);
            }
        }
        return out;
    }

    private static double[] leanDaily(final String line)
    {
        final String[] f = line.split(",");
        return new double[] {Long.parseLong(f[1]) / 10_000.0, Long.parseLong(f[2]) / 10_000.0, Long.parseLong(f[3]) / 10_000.0,
            Long.parseLong(f[4]) / 10_000.0, Long.parseLong(f[5])};
    }

    private static Path resource(final String name) throws URISyntaxException
    {
        return Paths.get(BarAggregatorTest.class.getResource("/market/" + name).toURI());
    }

    @Test
    void spyDailyBarsBuiltFromMinutesEqualLeanDailyBars() throws Exception
    {
        final List<String> daily = new ArrayList<>();
        for (final String line : Files.readAllLines(resource("lean-spy-daily-2012-2013.csv")))
        {
            if (line.compareTo("20131004") >= 0)
            {
                daily.add(line);
            }
        }
        assertThat(daily).hasSize(SPY_DAYS.length);
        for (int d = 0; d < SPY_DAYS.length; d++)
        {
            final LocalDate day = LocalDate.parse(SPY_DAYS[d]);
            final Path zip = ProjectPaths.data().resolve("minute/equity/spy/" + SPY_DAYS[d].replace("-", "") + "_trade.zip");
            final List<LeanMinuteBars.Row> rows = LeanMinuteBars.read(zip, day);
            final List<Bar> bars = build(rows, false, SessionHours.REGULAR);

            final List<Bar> days = of(bars, 86_400);
            assertThat(days).hasSize(1);
            final Bar b = days.get(0);
            final double[] lean = leanDaily(daily.get(d));
            assertThat(b.open).as(SPY_DAYS[d]).isEqualTo(lean[0]);
            assertThat(b.high).as(SPY_DAYS[d]).isEqualTo(lean[1]);
            // SOURCES.md: on 2013-10-08 LEAN's daily low is one cent above its lowest regular-session minute low
            assertThat(b.low).as(SPY_DAYS[d]).isCloseTo(lean[2], within(day.getDayOfMonth() == 8 ? 0.0100001 : 0.0));
            assertThat(b.close).as(SPY_DAYS[d]).isEqualTo(lean[3]);
            assertThat(b.volume).as(SPY_DAYS[d]).isEqualTo(lean[4]);
            assertThat(b.start).isEqualTo(day.atTime(9, 30).atZone(LeanMinuteBars.NEW_YORK).toEpochSecond() * 1_000_000_000L);
            assertThat(b.end).isEqualTo(day.atTime(16, 0).atZone(LeanMinuteBars.NEW_YORK).toEpochSecond() * 1_000_000_000L);

            // every timeframe tiles the regular session; extended-hours minutes are left out
            final long regularMinutes = rows.stream().filter(r -> r.startMinute >= 570 && r.startMinute < 960).count();
            assertThat(of(bars, 60)).hasSize((int)regularMinutes);
            assertThat(of(bars, 300)).hasSize(78);
            assertThat(of(bars, 900)).hasSize(26);
            final List<Bar> hours = of(bars, 3_600);
            assertThat(hours).hasSize(7);
            assertThat(hours.get(6).end - hours.get(6).start).isEqualTo(1_800_000_000_000L); // 15:30-16:00
            assertThat(bars).noneMatch(x -> x.extended);
            double hourVolume = 0;
            for (final Bar h : hours)
            {
                hourVolume += h.volume;
            }
            assertThat(hourVolume).isEqualTo(lean[4]);
            assertThat(hours.get(6).close).isEqualTo(lean[3]);
        }
    }

    @Test
    void extendedHoursBarsAreFlaggedAndNeverEnterTheDay() throws Exception
    {
        final LocalDate day = LocalDate.parse("2013-10-04");
        final List<LeanMinuteBars.Row> rows = LeanMinuteBars.read(
            ProjectPaths.data().resolve("minute/equity/spy/20131004_trade.zip"), day);
        final List<Bar> regularOnly = build(rows, false, SessionHours.REGULAR);
        final List<Bar> bars = build(rows, true, SessionHours.REGULAR);
        final long extendedMinutes = rows.stream().filter(r -> r.startMinute < 570 || r.startMinute >= 960).count();
        assertThat(extendedMinutes).isGreaterThan(0);
        assertThat(of(bars, 60).stream().filter(b -> b.extended).count()).isEqualTo(extendedMinutes);
        assertThat(of(bars, 86_400).get(0).volume).isEqualTo(of(regularOnly, 86_400).get(0).volume);
        // pre-market hours are aligned to the open: the last one ends at 09:30; post-market ones start at 16:00
        final long open = day.atTime(9, 30).atZone(LeanMinuteBars.NEW_YORK).toEpochSecond() * 1_000_000_000L;
        final long close = day.atTime(16, 0).atZone(LeanMinuteBars.NEW_YORK).toEpochSecond() * 1_000_000_000L;
        for (final Bar h : of(bars, 3_600))
        {
            if (h.extended)
            {
                assertThat(h.end <= open || h.start >= close).isTrue();
                assertThat((h.start - open) % 3_600_000_000_000L == 0 || (h.start - close) % 3_600_000_000_000L == 0).isTrue();
            }
        }
        assertThat(of(bars, 3_600).stream().filter(b -> !b.extended).count()).isEqualTo(7);
    }

    @Test
    void earlyCloseEndsTheDayAndTheLastHourAtTheCalendarsClose() throws Exception
    {
        final LocalDate day = LocalDate.parse("2015-12-24");
        final List<LeanMinuteBars.Row> rows = LeanMinuteBars.read(resource("lean-goog-minute-20151224_trade.zip"), day);
        final SessionHours christmasEve = new SessionHours()
        {
            @Override
            public int openMinute(final int ymd)
            {
                return SessionHours.REGULAR.openMinute(ymd);
            }

            @Override
            public int closeMinute(final int ymd)
            {
                return ymd == 20151224 ? 13 * 60 : SessionHours.REGULAR.closeMinute(ymd);
            }
        };
        final List<Bar> bars = build(rows, false, christmasEve);
        final Bar d = of(bars, 86_400).get(0);

        // from scratch over the minutes that start in [09:30, 13:00)
        double high = 0;
        double low = Double.MAX_VALUE;
        double volume = 0;
        double close = 0;
        for (final LeanMinuteBars.Row r : rows)
        {
            if (r.startMinute >= 570 && r.startMinute < 780)
            {
                high = Math.max(high, r.high);
                low = Math.min(low, r.low);
                volume += r.volume;
                close = r.close;
            }
        }
        assertThat(d.high).isEqualTo(high);
        assertThat(d.low).isEqualTo(low);
        assertThat(d.volume).isEqualTo(volume);
        assertThat(d.close).isEqualTo(close);
        // LEAN's daily bar (another source) agrees on the open and the close
        final double[] lean = leanDaily(Files.readAllLines(resource("lean-goog-daily-2015-12-24.csv")).get(0));
        assertThat(d.open).isEqualTo(lean[0]);
        assertThat(d.close).isEqualTo(lean[3]);
        assertThat(d.end).isEqualTo(day.atTime(13, 0).atZone(LeanMinuteBars.NEW_YORK).toEpochSecond() * 1_000_000_000L);
        final List<Bar> hours = of(bars, 3_600);
        assertThat(hours).hasSize(4); // 09:30, 10:30, 11:30, and 12:30-13:00
        assertThat(hours.get(3).end - hours.get(3).start).isEqualTo(1_800_000_000_000L);
        assertThat(of(bars, 300)).hasSize(42);

        // the file has prints after 13:00 (the closing cross); with a 16:00 close they would join a day that the
        // minutes alone never complete
        assertThat(rows.stream().filter(r -> r.startMinute >= 780).count()).isGreaterThan(0);
        assertThat(of(build(rows, false, SessionHours.REGULAR), 86_400)).isEmpty();
    }

    @Test
    void tradesBuildBarsThatTheClockCompletes() throws Exception
    {
        final LocalDate day = LocalDate.parse("2013-10-07");
        final List<LeanMinuteBars.Row> rows = LeanMinuteBars.read(
            ProjectPaths.data().resolve("minute/equity/spy/20131007_trade.zip"), day);
        final List<double[]> days = new ArrayList<>();
        final BarAggregator agg = new BarAggregator(1, TIMEFRAMES, false, SessionHours.REGULAR, (sym, seconds, start, end, o, h, l, c, v, ext) -> {
            if (seconds == 86_400)
            {
                days.add(new double[] {o, h, l, c, v});
            }
        });
        double lastClose = 0;
        double firstOpen = 0;
        long volume = 0;
        for (final LeanMinuteBars.Row r : rows)
        {
            // each minute's close as one trade in the middle of the minute, with the minute's volume
            agg.addTrade(0, r.endNanos - 30_000_000_000L, r.close, r.volume);
            if (r.startMinute >= 570 && r.startMinute < 960)
            {
                firstOpen = firstOpen == 0 ? r.close : firstOpen;
                lastClose = r.close;
                volume += r.volume;
            }
        }
        // the post-market prints of the file are extended hours and ignored; the clock closes the day
        assertThat(days).isEmpty();
        agg.flush(day.atTime(16, 0, 1).atZone(LeanMinuteBars.NEW_YORK).toEpochSecond() * 1_000_000_000L);
        assertThat(days).hasSize(1);
        assertThat(days.get(0)[0]).isEqualTo(firstOpen);
        assertThat(days.get(0)[3]).isEqualTo(lastClose);
        assertThat(days.get(0)[4]).isEqualTo(volume);
    }
}
