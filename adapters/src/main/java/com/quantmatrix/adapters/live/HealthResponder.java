package com.quantmatrix.adapters.live;

import com.quantmatrix.adapters.discord.DiscordEmbeds;
import com.quantmatrix.adapters.discord.DiscordMessage;
import com.quantmatrix.engine.Engine;
import com.quantmatrix.engine.control.TradingSwitch;
import com.quantmatrix.engine.event.AdminCommand;
import com.quantmatrix.engine.health.HealthCondition;
import com.quantmatrix.engine.health.HealthListener;
import com.quantmatrix.engine.health.HealthWatch;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Acts on the health watch, on the pipeline thread:
 * <ul>
 * <li>the first bad condition moves the engine to REDUCE_ONLY through the admin path: the trading
 * switch at once (so the very next stage of this event already sees it) and a journaled ADMIN event
 * from the worker (the audit trail, and what a replay without this stage applies);</li>
 * <li>when the last condition clears, trading resumes the same way, with a RESUME that restores the
 * mode only ({@link AdminCommand#RESUME_MODE_ONLY}: a risk pause stays) and only if it was the health
 * watch that reduced (an operator's halt or reduce-only is never lifted here);</li>
 * <li>alerts, recoveries and the heartbeat go to SYSTEM_STATUS.</li>
 * </ul>
 * For an event read back from the journal only the switch is set again (its ADMIN event is in the
 * journal already), so recovery and replay rebuild the same state and send nothing twice.
 */
public final class HealthResponder implements HealthListener
{
    private final EventGate gate;
    private final OpsWorker worker;
    private final Consumer<DiscordMessage> post;
    private Engine engine;
    private Supplier<String> feedStatus = () -> "n/a";
    private boolean reducedByHealth;
    private long alerts;

    /** @param worker, post null in replay mode */
    public HealthResponder(final EventGate gate, final OpsWorker worker, final Consumer<DiscordMessage> post)
    {
        this.gate = gate;
        this.worker = worker;
        this.post = post;
    }

    public void attach(final Engine e)
    {
        this.engine = e;
    }

    /** What the heartbeat says about the market-data feed (any thread may change it before start). */
    public void feedStatus(final Supplier<String> status)
    {
        this.feedStatus = status;
    }

    @Override
    public void onAlert(final HealthCondition condition, final int stage, final long measuredNanos, final long eventTimeNanos)
    {
        alerts++;
        if (notifying())
        {
            final String what = describe(condition, stage, measuredNanos);
            worker.offer(() -> post.accept(LiveMessages.status("health: " + condition, DiscordEmbeds.Status.ERROR,
                what + "; reduce-only until it clears", eventTimeNanos)));
        }
    }

    @Override
    public void onClear(final HealthCondition condition, final long eventTimeNanos)
    {
        if (notifying())
        {
            worker.offer(() -> post.accept(LiveMessages.status("health: " + condition, DiscordEmbeds.Status.OK,
                condition + " cleared", eventTimeNanos)));
        }
    }

    @Override
    public void onReduceOnly(final boolean requested, final long eventTimeNanos)
    {
        final TradingSwitch sw = engine.tradingSwitch();
        if (requested)
        {
            if (sw.mode() != TradingSwitch.RUNNING || sw.requestedMode() != TradingSwitch.RUNNING)
            {
                return; // already reduced or halted by someone else: leave it to them
            }
            sw.reduceOnly();
            reducedByHealth = true;
            submit(AdminCommand.REDUCE_ONLY, 0, eventTimeNanos);
            if (notifying())
            {
                worker.offer(() -> post.accept(LiveMessages.status("trading", DiscordEmbeds.Status.WARN,
                    "REDUCE_ONLY: the health watch found a problem; only orders that reduce positions pass", eventTimeNanos)));
            }
            return;
        }
        if (!reducedByHealth)
        {
            return;
        }
        reducedByHealth = false;
        if (sw.mode() != TradingSwitch.REDUCE_ONLY || sw.requestedMode() != TradingSwitch.REDUCE_ONLY)
        {
            return; // someone changed it since (a halt, a resume): theirs is the last word
        }
        sw.resume();
        submit(AdminCommand.RESUME, AdminCommand.RESUME_MODE_ONLY, eventTimeNanos);
        if (notifying())
        {
            worker.offer(() -> post.accept(LiveMessages.status("trading", DiscordEmbeds.Status.OK,
                "RUNNING: every health condition cleared", eventTimeNanos)));
        }
    }

    /** The journaled ADMIN event, for a new input only (from the worker: the pipeline thread never claims a slot). */
    private void submit(final int command, final long arg, final long eventTimeNanos)
    {
        if (gate.newInput() && worker != null)
        {
            final Engine e = engine;
            worker.offer(() -> e.submitAdmin(command, arg, eventTimeNanos));
        }
    }

    @Override
    public void onHeartbeat(final HealthWatch watch, final long eventTimeNanos)
    {
        if (!notifying())
        {
            return;
        }
        final long last = watch.lastMarketDataNanos();
        final String data = last == Long.MIN_VALUE ? "no market data yet"
            : String.format(Locale.ROOT, "last market data %d s ago", (eventTimeNanos - last) / 1_000_000_000L);
        final int active = watch.activeConditions();
        final String mode = TradingSwitch.modeName(engine.tradingSwitch().mode());
        final long inputs = engine.acceptedInputs();
        final long faults = engine.faults();
        final long equity = engine.trading().portfolio.equityMicros();
        final int open = engine.trading().portfolio.openCount();
        worker.offer(() -> post.accept(LiveMessages.status("heartbeat", active == 0 ? DiscordEmbeds.Status.OK : DiscordEmbeds.Status.WARN,
            String.format(Locale.ROOT, "%s; %s; feed %s; %d inputs; %d faults; equity %s; %d open positions%s", mode, data,
                feedStatus.get(), inputs, faults, DiscordEmbeds.usd(equity), open, active == 0 ? "" : "; conditions " + conditions(active)),
            eventTimeNanos)));
    }

    private boolean notifying()
    {
        return worker != null && gate.notifying();
    }

    static String conditions(final int active)
    {
        final StringBuilder sb = new StringBuilder();
        for (final HealthCondition c : HealthCondition.values())
        {
            if ((active & c.bit()) != 0)
            {
                sb.append(sb.length() == 0 ? "" : ",").append(c);
            }
        }
        return sb.toString();
    }

    /** What an alert says; {@code stage} is the latency series' index for STAGE_OVER_BUDGET. */
    private String describe(final HealthCondition c, final int stage, final long measuredNanos)
    {
        final long s = measuredNanos / 1_000_000_000L;
        switch (c)
        {
            case MARKET_DATA_STALE:
                return "no market data for " + s + " s during the session";
            case BROKER_SILENT:
                return "the broker has not answered for " + s + " s";
            default:
                final var latency = engine.pipeline().latency();
                final String name = stage >= 0 && stage < latency.size() ? latency.name(stage) : "#" + stage;
                return "stage " + name + " ran over its latency budget: p99 " + measuredNanos / 1_000 + " us in the last interval";
        }
    }

    /** Alerts raised so far (recovery included). */
    public long alerts()
    {
        return alerts;
    }

    public boolean reducedByHealth()
    {
        return reducedByHealth;
    }
}
