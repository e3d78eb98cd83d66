package com.quantmatrix.engine.data;

import com.quantmatrix.engine.EventPublisher;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.SymbolTable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Replays daily bars (and the day's reference values) into the ring in event time, as fast as
 * possible or at a given speed. Per trading day, in this order:
 * <ol>
 * <li>the extra events a {@link DayHook} adds before the bars (real option chains);</li>
 * <li>each symbol's daily bar, stamped at the 16:00 New York close, in symbol order;</li>
 * <li>VIX's close for that day at 16:15 (VIX settles after the stock close, so a decision on a bar
 * sees the previous day's VIX: no look-ahead) and the 3-month Treasury yield.</li>
 * </ol>
 * Every event has the market-data source and a sequence number that depends only on the inputs, so
 * a restarted run skips what its journal already holds ({@code resumeAfterSeq}).
 */
public final class DailyReplaySource
{
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final long DAILY = 86_400;

    /** Adds events for one day (e.g. option quotes from a real chain); returns the next sequence. */
    public interface DayHook
    {
        long beforeBars(int yyyymmdd, long epochNanosClose, Emitter emitter, long nextSeq);
    }

    /** Publishes one prepared event (skipping it when it is already in the journal). */
    public interface Emitter
    {
        /** The event to fill for {@code seq}, or null when that sequence is skipped (already journaled). */
        MarketEvent begin(long seq);

        void end();
    }

    /** Told about progress every so many days. */
    public interface Progress
    {
        void onDay(int yyyymmdd, int dayIndex, int days, long events);
    }

    private final DailyBarStore store;
    private final List<String> symbols;
    private final int from;
    private final int to;
    private final DailySeries vix;
    private final DailySeries rate;
    private final int[] days;

    public DailyReplaySource(
        final DailyBarStore store,
        final List<String> symbols,
        final int fromYmd,
        final int toYmd,
        final DailySeries vix,
        final DailySeries rate)
    {
        this.store = store;
        this.symbols = new ArrayList<>(symbols);
        this.from = fromYmd;
        this.to = toYmd;
        this.vix = vix;
        this.rate = rate;
        final TreeSet<Integer> all = new TreeSet<>();
        for (final String s : this.symbols)
        {
            final DailyBarStore.Series series = store.series(s);
            if (series == null)
            {
                throw new IllegalArgumentException("no daily bars for symbol " + s);
            }
            for (int i = series.indexOnOrAfter(fromYmd); i < series.size() && series.date[i] <= toYmd; i++)
            {
                all.add(series.date[i]);
            }
        }
        this.days = all.stream().mapToInt(Integer::intValue).toArray();
    }

    public int days()
    {
        return days.length;
    }

    public int firstDay()
    {
        return days.length == 0 ? 0 : days[0];
    }

    public int lastDay()
    {
        return days.length == 0 ? 0 : days[days.length - 1];
    }

    /** Interns the symbols in a fixed order, so ids do not depend on timing. */
    public void internSymbols(final SymbolTable table)
    {
        for (final String s : symbols)
        {
            if (table.intern(s) < 0)
            {
                throw new IllegalStateException("symbol table full at " + s);
            }
        }
    }

    public static long epochNanos(final int yyyymmdd, final int hour, final int minute)
    {
        final ZonedDateTime t = ZonedDateTime.of(
            LocalDate.of(yyyymmdd / 10_000, (yyyymmdd / 100) % 100, yyyymmdd % 100), LocalTime.of(hour, minute), NEW_YORK);
        return t.toEpochSecond() * 1_000_000_000L;
    }

    /**
     * Publishes the days; returns the number of events published. {@code speed} 0 means as fast as
     * possible; otherwise event time runs {@code speed} times faster than the wall clock, a trading
     * day counting as one day.
     */
    public long run(
        final EventPublisher pub,
        final SymbolTable table,
        final long resumeAfterSeq,
        final double speed,
        final DayHook hook,
        final Progress progress)
    {
        internSymbols(table);
        final int[] ids = new int[symbols.size()];
        final int[] cursor = new int[symbols.size()];
        final DailyBarStore.Series[] series = new DailyBarStore.Series[symbols.size()];
        for (int k = 0; k < ids.length; k++)
        {
            ids[k] = table.find(symbols.get(k));
            series[k] = store.series(symbols.get(k));
            cursor[k] = series[k].indexOnOrAfter(from);
        }
        final long[] published = {0};
        final long[] slot = {0};
        final Emitter emitter = new Emitter()
        {
            @Override
            public MarketEvent begin(final long seq)
            {
                if (seq <= resumeAfterSeq)
                {
                    return null;
                }
                slot[0] = pub.claim();
                final MarketEvent e = pub.event(slot[0]);
                e.source = MarketEvent.SOURCE_MARKET_DATA;
                e.seq = seq;
                e.intendedNanos = 0;
                return e;
            }

            @Override
            public void end()
            {
                pub.publish(slot[0]);
                published[0]++;
            }
        };
        final long wallStart = System.nanoTime();
        long seq = 0;
        for (int d = 0; d < days.length; d++)
        {
            final int day = days[d];
            final long close = epochNanos(day, 16, 0);
            if (speed > 0)
            {
                pace(wallStart, d, speed);
            }
            if (hook != null)
            {
                seq = hook.beforeBars(day, close, emitter, seq);
            }
            for (int k = 0; k < ids.length; k++)
            {
                final DailyBarStore.Series s = series[k];
                final int i = cursor[k];
                if (i < s.size() && s.date[i] == day)
                {
                    cursor[k] = i + 1;
                    final MarketEvent e = emitter.begin(++seq);
                    if (e != null)
                    {
                        e.type = EventType.BAR;
                        e.eventTimeNanos = close;
                        e.symbolId = ids[k];
                        e.barSeconds = (int)DAILY;
                        e.open = s.open[i];
                        e.high = s.high[i];
                        e.low = s.low[i];
                        e.close = s.close[i];
                        e.volume = s.volume[i];
                        emitter.end();
                    }
                }
            }
            seq = reference(emitter, seq, day, MarketEvent.REF_VIX, vix);
            seq = reference(emitter, seq, day, MarketEvent.REF_RISK_FREE_RATE, rate);
            if (progress != null)
            {
                progress.onDay(day, d, days.length, published[0]);
            }
        }
        return published[0];
    }

    private static long reference(final Emitter emitter, final long seq, final int day, final int kind, final DailySeries series)
    {
        if (series == null)
        {
            return seq;
        }
        final double v = series.onOrBefore(day);
        if (Double.isNaN(v))
        {
            return seq;
        }
        final long next = seq + 1;
        final MarketEvent e = emitter.begin(next);
        if (e != null)
        {
            e.type = EventType.REFERENCE;
            e.eventTimeNanos = epochNanos(day, 16, 15);
            e.symbolId = -1;
            e.refKind = kind;
            e.close = v;
            emitter.end();
        }
        return next;
    }

    private static void pace(final long wallStart, final int dayIndex, final double speed)
    {
        // A trading day of event time lasts 86,400 s / speed of wall time.
        final long due = wallStart + (long)(dayIndex * 86_400e9 / speed);
        long now;
        while ((now = System.nanoTime()) < due)
        {
            final long left = due - now;
            java.util.concurrent.locks.LockSupport.parkNanos(Math.min(left, 50_000_000L));
        }
    }
}
