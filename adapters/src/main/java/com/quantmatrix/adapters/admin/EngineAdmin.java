package com.quantmatrix.adapters.admin;

import com.quantmatrix.engine.Engine;
import com.quantmatrix.engine.control.TradingSwitch;
import com.quantmatrix.engine.event.AdminCommand;
import com.quantmatrix.engine.portfolio.Portfolio;
import com.quantmatrix.engine.run.RunSummary;

/**
 * The engine's side of the admin port. A state command does two things, in this order: it flips
 * the {@link TradingSwitch} directly (the pipeline adopts it on the very next event it handles,
 * however full the ring, and journals that it did), then it puts the command into the ring as a
 * journaled ADMIN event (the audit trail, and what a replay applies). Status and stats read
 * counters the pipeline keeps; from this thread they may be a few events stale.
 */
public final class EngineAdmin implements AdminHandler
{
    private final Engine engine;

    public EngineAdmin(final Engine engine)
    {
        this.engine = engine;
    }

    @Override
    public String status()
    {
        final TradingSwitch sw = engine.tradingSwitch();
        final Portfolio p = engine.trading().portfolio;
        return "{\"ok\":true,\"mode\":\"" + TradingSwitch.modeName(sw.mode()) + "\""
            + ",\"requested\":\"" + TradingSwitch.modeName(sw.requestedMode()) + "\""
            + ",\"events\":" + engine.acceptedInputs()
            + ",\"faults\":" + engine.faults()
            + ",\"orders\":" + engine.trading().orders.ordersCreated()
            + ",\"working\":" + engine.trading().orders.workingCount()
            + ",\"fills\":" + p.fillCount()
            + ",\"openPositions\":" + p.openCount()
            + ",\"equity\":" + RunSummary.dollars(p.equityMicros())
            + ",\"layout\":\"" + engine.context().pipeline.layout.name().toLowerCase() + "\""
            + ",\"journal\":" + (engine.journalDir() == null ? "null" : "\"" + engine.journalDir().toAbsolutePath().toString().replace("\"", "") + "\"")
            + "}";
    }

    @Override
    public String halt(final boolean flatten)
    {
        engine.tradingSwitch().halt(flatten);
        engine.submitAdmin(AdminCommand.HALT, flatten ? 1 : 0, engine.lastEventTimeNanos());
        return "{\"ok\":true,\"mode\":\"HALTED\",\"flatten\":" + flatten + "}";
    }

    @Override
    public String resume()
    {
        engine.tradingSwitch().resume();
        engine.submitAdmin(AdminCommand.RESUME, 0, engine.lastEventTimeNanos());
        return "{\"ok\":true,\"mode\":\"RUNNING\"}";
    }

    @Override
    public String reduceOnly()
    {
        engine.tradingSwitch().reduceOnly();
        engine.submitAdmin(AdminCommand.REDUCE_ONLY, 0, engine.lastEventTimeNanos());
        return "{\"ok\":true,\"mode\":\"REDUCE_ONLY\"}";
    }

    @Override
    public String stats()
    {
        return "{\"ok\":true,\"latencyNanos\":" + engine.pipeline().latency().toJson() + "}";
    }
}
