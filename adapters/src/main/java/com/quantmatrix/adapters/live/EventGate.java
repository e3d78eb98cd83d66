package com.quantmatrix.adapters.live;

import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.pipeline.Stage;

/**
 * The first time stage: notes whether the event being handled is a NEW input (not one read back from
 * the journal by recovery or replay) and whether the run is live (past its warm-up), so the cycle and
 * health listeners after it know whether they may act on the outside world. Reads flags only.
 * <ul>
 * <li>new and live: post messages, publish admin commands;</li>
 * <li>new during warm-up (the backfill): publish admin commands, post nothing about history;</li>
 * <li>from the journal: only re-apply to the engine what was done the first time (so recovery and
 * replay rebuild the same state), send nothing again.</li>
 * </ul>
 */
public final class EventGate implements Stage
{
    private volatile boolean live;
    private boolean newInput;
    private boolean notify;

    @Override
    public String name()
    {
        return "live-gate";
    }

    @Override
    public void onEvent(final MarketEvent e, final long sequence, final boolean endOfBatch)
    {
        newInput = (e.flags & (MarketEvent.FLAG_JOURNALED | MarketEvent.FLAG_RECOVERY)) == 0;
        notify = newInput && live;
    }

    /** The warm-up is over: messages go out from the next event on. Any thread. */
    public void goLive()
    {
        live = true;
    }

    public boolean isLive()
    {
        return live;
    }

    /** Pipeline thread: the current event is a new input (not from the journal). */
    public boolean newInput()
    {
        return newInput;
    }

    /** Pipeline thread: the current event may cause messages (new input, run live). */
    public boolean notifying()
    {
        return notify;
    }
}
