package com.quantmatrix.engine.market;

import com.quantmatrix.engine.pipeline.StateHash;

/**
 * Builds 1m/5m/15m/1h/1d bars (the configured timeframes) from trades or shorter bars, per symbol, in
 * primitive arrays, with no allocation.
 *
 * <p>Alignment: intraday buckets are aligned to the regular open (09:30 New York) and cut at the regular
 * close, so the last hour bar of a normal day is 15:30-16:00 and on an early close (13:00) it is
 * 12:30-13:00. Pre-market buckets are aligned to the open and cut there; post-market buckets are aligned to
 * the close. The daily bar covers the regular session only. Prints outside the regular session make
 * extended-hours bars (flagged) when {@code market.bars.extended.hours} is on, and are ignored otherwise;
 * they never enter the daily bar. Days the {@link SessionHours} close are all extended hours.
 *
 * <p>Time convention: a source bar's event time is its END (the instant it became known), so its start is
 * end - length. A bar completes when its end is reached by a source bar, when a print falls into a later
 * bucket, or when {@link #flush} (driven by clock events) passes its end.
 */
public final class BarAggregator implements StateHash.Hashable
{
    private static final long MINUTE_NANOS = 60L * SessionClock.NANOS_PER_SECOND;

    private final int capacity;
    private final int[] timeframes;
    private final long[] lengthNanos;
    private final boolean extendedHours;
    private final SessionClock clock;
    private final BarSink sink;

    private final boolean[] active;
    private final boolean[] extended;
    private final long[] start;
    private final long[] end;
    private final long[] lastEnd;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;
    private long nextSweep = Long.MIN_VALUE;

    public BarAggregator(final int capacity, final int[] timeframes, final boolean extendedHours,
        final SessionHours hours, final BarSink sink)
    {
        this.capacity = capacity;
        this.timeframes = timeframes.clone();
        this.lengthNanos = new long[timeframes.length];
        for (int f = 0; f < timeframes.length; f++)
        {
            lengthNanos[f] = timeframes[f] * SessionClock.NANOS_PER_SECOND;
        }
        this.extendedHours = extendedHours;
        this.clock = new SessionClock(hours);
        this.sink = sink;
        final int n = Math.multiplyExact(capacity, timeframes.length);
        active = new boolean[n];
        extended = new boolean[n];
        start = new long[n];
        end = new long[n];
        lastEnd = new long[n];
        open = new double[n];
        high = new double[n];
        low = new double[n];
        close = new double[n];
        volume = new double[n];
    }

    public int[] timeframes()
    {
        return timeframes.clone();
    }

    /** Index of a timeframe (seconds), or -1 when it is not built. */
    public int indexOf(final int seconds)
    {
        for (int f = 0; f < timeframes.length; f++)
        {
            if (timeframes[f] == seconds)
            {
                return f;
            }
        }
        return -1;
    }

    /** A trade print at an instant. */
    public void addTrade(final int sym, final long timeNanos, final double price, final double size)
    {
        add(sym, timeNanos, timeNanos, 0, price, price, price, price, size);
    }

    /** A source bar of {@code seconds} ending at {@code endNanos}; it feeds every timeframe at least as long. */
    public void addBar(final int sym, final long endNanos, final int seconds, final double o, final double h,
        final double l, final double c, final double v)
    {
        add(sym, endNanos - seconds * SessionClock.NANOS_PER_SECOND, endNanos, seconds, o, h, l, c, v);
    }

    private void add(final int sym, final long at, final long inputEnd, final int inputSeconds, final double o,
        final double h, final double l, final double c, final double v)
    {
        clock.moveTo(at);
        final long sessionOpen = clock.openNanos();
        final long sessionClose = clock.closeNanos();
        final boolean regular = clock.isTradingDay() && at >= sessionOpen && at < sessionClose;
        if (!regular && !extendedHours)
        {
            return;
        }
        for (int f = 0; f < timeframes.length; f++)
        {
            if (inputSeconds > timeframes[f])
            {
                continue;
            }
            final long bucketStart;
            final long bucketEnd;
            if (timeframes[f] == 86_400)
            {
                if (!regular)
                {
                    continue;
                }
                bucketStart = sessionOpen;
                bucketEnd = sessionClose;
            }
            else
            {
                final long len = lengthNanos[f];
                if (at < sessionClose)
                {
                    bucketStart = sessionOpen + Math.floorDiv(at - sessionOpen, len) * len;
                    bucketEnd = Math.min(bucketStart + len, at < sessionOpen ? sessionOpen : sessionClose);
                }
                else
                {
                    bucketStart = sessionClose + Math.floorDiv(at - sessionClose, len) * len;
                    bucketEnd = bucketStart + len;
                }
            }
            final int k = f * capacity + sym;
            if (active[k] && start[k] != bucketStart)
            {
                if (bucketStart < start[k])
                {
                    continue; // a print older than the forming bar: out of order, not aggregated
                }
                emit(k, f, sym);
            }
            if (!active[k])
            {
                if (bucketEnd <= lastEnd[k])
                {
                    continue; // that bucket was already completed
                }
                active[k] = true;
                extended[k] = !regular;
                start[k] = bucketStart;
                end[k] = bucketEnd;
                open[k] = o;
                high[k] = h;
                low[k] = l;
                close[k] = c;
                volume[k] = v;
            }
            else
            {
                high[k] = Math.max(high[k], h);
                low[k] = Math.min(low[k], l);
                close[k] = c;
                volume[k] += v;
            }
            if (inputEnd >= end[k])
            {
                emit(k, f, sym);
            }
        }
    }

    /** Completes every forming bar whose end has passed (call on clock events; sweeps at most once a minute). */
    public void flush(final long nowNanos)
    {
        if (nowNanos < nextSweep)
        {
            return;
        }
        nextSweep = (Math.floorDiv(nowNanos, MINUTE_NANOS) + 1) * MINUTE_NANOS;
        for (int f = 0; f < timeframes.length; f++)
        {
            for (int sym = 0; sym < capacity; sym++)
            {
                final int k = f * capacity + sym;
                if (active[k] && end[k] <= nowNanos)
                {
                    emit(k, f, sym);
                }
            }
        }
    }

    private void emit(final int k, final int f, final int sym)
    {
        active[k] = false;
        lastEnd[k] = end[k];
        sink.onBar(sym, timeframes[f], start[k], end[k], open[k], high[k], low[k], close[k], volume[k], extended[k]);
    }

    @Override
    public void hashInto(final StateHash h)
    {
        for (int k = 0; k < active.length; k++)
        {
            if (active[k] || lastEnd[k] != 0)
            {
                h.mix(k).mix(lastEnd[k]);
                if (active[k])
                {
                    h.mix(start[k]).mix(end[k]).mix(open[k]).mix(high[k]).mix(low[k]).mix(close[k]).mix(volume[k])
                        .mix(extended[k] ? 1 : 0);
                }
            }
        }
    }
}
