package com.quantmatrix.engine.cycle;

import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.health.HealthWatch;
import com.quantmatrix.engine.pipeline.Stage;

/**
 * Drives the {@link DailyCycle} and the {@link HealthWatch} from the ring: every accepted input's
 * event time advances both; market data (trade, bar, quote, option quote) refreshes the data clock;
 * broker reports (order reports, and the HEARTBEAT the venue's adapter sends while the broker
 * answers) count as the broker's sign of life when the venue is a live broker; STAGE_LATENCY samples
 * go to the latency watch. Rejected inputs
 * (inputReject != 0) are neither time nor data. Reads type, eventTimeNanos and inputReject; writes
 * nothing in the event (phases and alerts go to the listeners).
 *
 * <p>Place it after the stage that validates input (market state, which sets inputReject) and
 * before the stages that act on the phases.
 */
public final class DailyCycleStage implements Stage
{
    private final DailyCycle cycle;
    private final HealthWatch health;
    private final boolean liveBroker;

    /**
     * @param health null to run without a health watch (backtests, replays of daily bars)
     * @param liveBroker true when BROKER_REPORT events come from a real broker (paper fills are not a heartbeat)
     */
    public DailyCycleStage(final DailyCycle cycle, final HealthWatch health, final boolean liveBroker)
    {
        this.cycle = cycle;
        this.health = health;
        this.liveBroker = liveBroker;
    }

    @Override
    public String name()
    {
        return "daily-cycle";
    }

    @Override
    public void onEvent(final MarketEvent event, final long sequence, final boolean endOfBatch)
    {
        if (event.inputReject != 0)
        {
            return;
        }
        final long t = event.eventTimeNanos;
        if (health != null)
        {
            switch (event.type)
            {
                case EventType.TRADE:
                case EventType.BAR:
                case EventType.QUOTE:
                case EventType.OPTION_QUOTE:
                    health.onMarketData(t);
                    break;
                case EventType.BROKER_REPORT:
                    if (liveBroker)
                    {
                        health.onBrokerAlive(t);
                    }
                    break;
                case EventType.STAGE_LATENCY:
                    health.onStageLatency(event.stage, event.latencyNanos, t);
                    break;
                default:
                    break;
            }
            health.onTime(t);
        }
        cycle.onTime(t);
    }
}
