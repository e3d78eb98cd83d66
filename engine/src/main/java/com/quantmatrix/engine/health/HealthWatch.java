package com.quantmatrix.engine.health;

import com.quantmatrix.engine.calendar.ExchangeCalendar;

/**
 * Watches the engine's vital signs in EVENT time and asks for reduce-only while any is bad:
 * <ul>
 *   <li>{@link HealthCondition#MARKET_DATA_STALE}: while the session is open, no accepted market data
 *       for more than {@code health.stale.data.seconds}, counted from the last data or from the open,
 *       whichever is later. Clears on the next market data, or when the session closes. Never raised
 *       outside the session.</li>
 *   <li>{@link HealthCondition#BROKER_SILENT}: no broker report or heartbeat for more than
 *       {@code health.broker.timeout.seconds}, at any time, once the broker has spoken at least once
 *       (a run without a live broker never arms it). Clears when the broker speaks again.</li>
 *   <li>{@link HealthCondition#STAGE_OVER_BUDGET}: one stage's latency samples over its budget
 *       {@code health.latency.breaches} times in a row; clears once every stage over budget has had
 *       {@code health.latency.clear.samples} samples in a row within it. A sample is one interval's
 *       p99 of that stage, measured off the pipeline and journaled as a STAGE_LATENCY input.</li>
 * </ul>
 * A heartbeat goes out at the first event of every {@code health.heartbeat.seconds} period of
 * event time (aligned to the epoch), one per period however long the gap.
 *
 * <p>Single-threaded (the pipeline thread), allocation-free, O(1) per call; no wall clock.
 */
public final class HealthWatch
{
    private final ExchangeCalendar calendar;
    private HealthSettings settings;
    private final HealthListener listener;

    private long lastMarketData = Long.MIN_VALUE;
    private long lastBroker = Long.MIN_VALUE;
    private boolean brokerArmed;
    private long lastEventTime = Long.MIN_VALUE;
    private long nextHeartbeat = Long.MIN_VALUE;
    private int active;

    private int[] overRun;
    private int[] goodRun;
    private boolean[] stageOver;
    private int stagesOver;

    private final long[] alerts = new long[HealthCondition.values().length];
    private long heartbeats;

    public HealthWatch(final ExchangeCalendar calendar, final HealthSettings settings, final HealthListener listener)
    {
        this.calendar = calendar;
        this.settings = settings;
        this.listener = listener;
        useStages(settings);
    }

    /**
     * The pipeline's stages and their budgets, once the engine that runs this watch is built (its
     * stage list is known only then). Call before the engine starts: it forgets every stage's run.
     */
    public void useStages(final HealthSettings withStages)
    {
        this.settings = withStages;
        final int n = withStages.stageBudgetNanos.length;
        overRun = new int[n];
        goodRun = new int[n];
        stageOver = new boolean[n];
        stagesOver = 0;
        active &= ~HealthCondition.STAGE_OVER_BUDGET.bit();
    }

    /** An accepted market-data event (trade, bar, quote, option quote) at t. */
    public void onMarketData(final long eventTimeNanos)
    {
        lastMarketData = Math.max(lastMarketData, eventTimeNanos);
        clear(HealthCondition.MARKET_DATA_STALE, eventTimeNanos);
    }

    /** A report or heartbeat from the live broker at t. */
    public void onBrokerAlive(final long eventTimeNanos)
    {
        brokerArmed = true;
        lastBroker = Math.max(lastBroker, eventTimeNanos);
        clear(HealthCondition.BROKER_SILENT, eventTimeNanos);
    }

    /** One latency sample of a stage (index as in {@link HealthSettings#stageNames}). */
    public void onStageLatency(final int stage, final long latencyNanos, final long eventTimeNanos)
    {
        if (stage < 0 || stage >= overRun.length)
        {
            return;
        }
        if (latencyNanos > settings.stageBudgetNanos[stage])
        {
            goodRun[stage] = 0;
            if (++overRun[stage] >= settings.latencyBreaches && !stageOver[stage])
            {
                stageOver[stage] = true;
                stagesOver++;
                raise(HealthCondition.STAGE_OVER_BUDGET, stage, latencyNanos, eventTimeNanos);
            }
            return;
        }
        overRun[stage] = 0;
        if (stageOver[stage] && ++goodRun[stage] >= settings.latencyClearSamples)
        {
            stageOver[stage] = false;
            goodRun[stage] = 0;
            if (--stagesOver == 0)
            {
                clear(HealthCondition.STAGE_OVER_BUDGET, eventTimeNanos);
            }
        }
    }

    /** Every event's time (after onMarketData/onBrokerAlive for that event): checks timeouts and the heartbeat. */
    public void onTime(final long eventTimeNanos)
    {
        if (eventTimeNanos < lastEventTime)
        {
            return;
        }
        lastEventTime = eventTimeNanos;
        checkMarketData(eventTimeNanos);
        if (brokerArmed && settings.brokerTimeoutNanos > 0)
        {
            final long silence = eventTimeNanos - lastBroker;
            if (silence > settings.brokerTimeoutNanos)
            {
                raise(HealthCondition.BROKER_SILENT, -1, silence, eventTimeNanos);
            }
        }
        if (eventTimeNanos >= nextHeartbeat)
        {
            nextHeartbeat = (Math.floorDiv(eventTimeNanos, settings.heartbeatNanos) + 1) * settings.heartbeatNanos;
            heartbeats++;
            listener.onHeartbeat(this, eventTimeNanos);
        }
    }

    private void checkMarketData(final long t)
    {
        final int day = calendar.epochDayOf(t);
        final long open = calendar.openNanosOfDay(day);
        if (open == ExchangeCalendar.NO_SESSION || t < open || t >= calendar.closeNanosOfDay(day))
        {
            clear(HealthCondition.MARKET_DATA_STALE, t);
            return;
        }
        final long age = t - Math.max(lastMarketData, open);
        if (age > settings.staleDataNanos)
        {
            raise(HealthCondition.MARKET_DATA_STALE, -1, age, t);
        }
    }

    private void raise(final HealthCondition c, final int stage, final long measured, final long t)
    {
        if ((active & c.bit()) != 0)
        {
            return;
        }
        final boolean wasHealthy = active == 0;
        active |= c.bit();
        alerts[c.ordinal()]++;
        listener.onAlert(c, stage, measured, t);
        if (wasHealthy)
        {
            listener.onReduceOnly(true, t);
        }
    }

    private void clear(final HealthCondition c, final long t)
    {
        if ((active & c.bit()) == 0)
        {
            return;
        }
        active &= ~c.bit();
        listener.onClear(c, t);
        if (active == 0)
        {
            listener.onReduceOnly(false, t);
        }
    }

    public boolean isActive(final HealthCondition c)
    {
        return (active & c.bit()) != 0;
    }

    /** True while any condition is active: the risk stage may read it directly (same thread). */
    public boolean reduceOnlyRequested()
    {
        return active != 0;
    }

    /** Bit set of active conditions ({@link HealthCondition#bit()}). */
    public int activeConditions()
    {
        return active;
    }

    public long alerts(final HealthCondition c)
    {
        return alerts[c.ordinal()];
    }

    public long heartbeats()
    {
        return heartbeats;
    }

    /** Event time of the last accepted market data (Long.MIN_VALUE when none yet). */
    public long lastMarketDataNanos()
    {
        return lastMarketData;
    }

    /** Event time of the broker's last sign of life (Long.MIN_VALUE when none yet). */
    public long lastBrokerNanos()
    {
        return lastBroker;
    }

    public long lastEventNanos()
    {
        return lastEventTime;
    }
}
