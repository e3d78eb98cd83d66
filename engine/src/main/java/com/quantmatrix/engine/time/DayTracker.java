package com.quantmatrix.engine.time;

/**
 * Follows the New York date of a stream of event times in O(1): the date is recomputed only when an
 * event leaves the cached day window, so per-event cost is two comparisons.
 */
public final class DayTracker
{
    private int date;
    private long dayStartNanos = Long.MAX_VALUE;
    private long nextDayStartNanos = Long.MIN_VALUE;

    /** Moves to the date of {@code epochNanos}; true when that date differs from the previous one. */
    public boolean advance(final long epochNanos)
    {
        if (epochNanos >= dayStartNanos && epochNanos < nextDayStartNanos)
        {
            return false;
        }
        final int d = NyDate.ofEpochNanos(epochNanos);
        dayStartNanos = NyDate.startOfDayNanos(d);
        nextDayStartNanos = NyDate.startOfDayNanos(NyDate.ofEpochDay(NyDate.epochDay(d) + 1));
        final boolean changed = d != date;
        date = d;
        return changed;
    }

    /** Current date yyyyMMdd (0 before the first event). */
    public int date()
    {
        return date;
    }

    public void reset()
    {
        date = 0;
        dayStartNanos = Long.MAX_VALUE;
        nextDayStartNanos = Long.MIN_VALUE;
    }
}
