package com.quantmatrix.adapters.live;

import com.quantmatrix.engine.Engine;
import com.quantmatrix.engine.control.TradingSwitch;
import com.quantmatrix.engine.event.AdminCommand;

/**
 * History through the ring without trading it: the backfilled bars warm the indicators (and the signal
 * stage sees its setups), but they are days old, so no entry may come of them. A journaled REDUCE_ONLY
 * goes in before them and a RESUME (mode only) after, so the journal, a recovery and a replay agree.
 * When the engine is already reduced or halted (recovered so from its journal) the history goes in as
 * it is and the mode is left alone.
 */
public final class WarmUp
{
    private WarmUp()
    {
    }

    /** Runs {@code publishHistory} (which publishes into the ring) under reduce-only; returns when all of it went through. */
    public static void run(final Engine engine, final long eventTimeNanos, final Runnable publishHistory)
    {
        final boolean wrap = engine.tradingSwitch().mode() == TradingSwitch.RUNNING
            && engine.tradingSwitch().requestedMode() == TradingSwitch.RUNNING;
        if (wrap)
        {
            engine.submitAdmin(AdminCommand.REDUCE_ONLY, 0, eventTimeNanos);
        }
        publishHistory.run();
        if (wrap)
        {
            engine.submitAdmin(AdminCommand.RESUME, AdminCommand.RESUME_MODE_ONLY, eventTimeNanos);
        }
        engine.awaitIdle();
    }
}
