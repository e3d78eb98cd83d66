package com.quantmatrix.engine.control;

import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.pipeline.Stage;

/**
 * Runs before every stage that reads the {@link TradingSwitch}: adopts a state the admin port
 * requested, once per event, and records the observation in the event
 * ({@code controlObserved}, journaled with the decisions) so replay and recovery adopt it at the
 * same event.
 */
public final class ControlStage implements Stage
{
    private final TradingSwitch tradingSwitch;

    public ControlStage(final TradingSwitch tradingSwitch)
    {
        this.tradingSwitch = tradingSwitch;
    }

    @Override
    public String name()
    {
        return "control";
    }

    @Override
    public boolean handlesRejected()
    {
        return true;
    }

    @Override
    public void onEvent(final MarketEvent e, final long sequence, final boolean endOfBatch)
    {
        final int observed = tradingSwitch.observe();
        if (observed != 0)
        {
            e.controlObserved = observed;
        }
    }
}
