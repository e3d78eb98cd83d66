package com.quantmatrix.engine.cycle;

/**
 * Receives the daily cycle's phases, on the thread that drives {@link DailyCycle#onTime(long)} (the
 * pipeline thread): an implementation must not block; long work (the universe scan, Discord) is
 * handed to a worker whose results come back into the ring as events.
 *
 * <p>Times are epoch nanos UTC; {@code tradingDate} is the exchange-local date the phase belongs to,
 * as yyyyMMdd. {@code eventTimeNanos - scheduledNanos} is how late the phase fires (0 when an event
 * falls exactly on its time; larger after a jump in event time).
 */
public interface CycleListener
{
    /** A scheduled phase is due. Called once per phase per trading day, in order. */
    void onPhase(CyclePhase phase, int tradingDate, long scheduledNanos, long eventTimeNanos);

    /** A phase was missed by more than the catch-up window and is not run (see {@link DailyCycle}). */
    default void onPhaseSkipped(final CyclePhase phase, final int tradingDate, final long scheduledNanos, final long eventTimeNanos)
    {
    }

    /** Every event while the session is open (open &lt;= t &lt; close), after any phase due at t. */
    default void onIntraday(final long eventTimeNanos)
    {
    }
}
