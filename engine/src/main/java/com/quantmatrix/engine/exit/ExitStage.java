package com.quantmatrix.engine.exit;

import com.quantmatrix.engine.control.TradingSwitch;
import com.quantmatrix.engine.event.AdminCommand;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.SignalType;
import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.market.MarketView;
import com.quantmatrix.engine.oms.ClientOrderIds;
import com.quantmatrix.engine.oms.LimitPricer;
import com.quantmatrix.engine.oms.OrderManager;
import com.quantmatrix.engine.pipeline.Stage;
import com.quantmatrix.engine.pipeline.StateHash;
import com.quantmatrix.engine.portfolio.Portfolio;
import com.quantmatrix.engine.stats.ReasonCounters;
import com.quantmatrix.engine.time.DayTracker;
import com.quantmatrix.engine.time.NyDate;

/**
 * Manages every open position on every relevant event: an option quote evaluates that contract, a
 * stock quote, trade or bar (and a signal on it) evaluates the positions of that underlying, a clock
 * tick evaluates all. Rules ({@link ExitSettings}), first match wins:
 * <ol>
 * <li>stop: the underlying through entry -/+ 1.5 ATR (or the premium stop), see {@link StopRule};</li>
 * <li>volatility stop: implied volatility more than 50% above its value at entry;</li>
 * <li>time stop: fewer than 7 days to expiry and losing (mid below average cost); and, whatever the
 * P&L, at most {@code exit.expiry.close.days} to expiry;</li>
 * <li>signal exit: an ATR Matrix EXIT signal on the underlying for the position's direction
 * (direction 0 = any);</li>
 * <li>profit targets: scale out a third at +25%, a third at +50%, the rest at +75% of premium (at the
 * mid), counted on the largest position held so a level is never sold twice.</li>
 * </ol>
 * An exit never duplicates one already working: its quantity is what the position holds less what
 * working orders already sell. While halted nothing is evaluated except, on a halt with flatten,
 * FLATTEN intents for every position. Writes exit intents (with their purpose) into the event.
 */
public final class ExitStage implements Stage, StateHash.Hashable
{
    private final ExitSettings settings;
    private final Portfolio portfolio;
    private final OrderManager orders;
    private final Instruments instruments;
    private final MarketView market;
    private final LimitPricer pricer;
    private final TradingSwitch tradingSwitch;
    private final ReasonCounters counters;
    private final StopRule stop;
    private final DayTracker day = new DayTracker();
    private final long[] issuedByReason = new long[8];

    public ExitStage(
        final ExitSettings settings,
        final Portfolio portfolio,
        final OrderManager orders,
        final Instruments instruments,
        final MarketView market,
        final LimitPricer pricer,
        final TradingSwitch tradingSwitch,
        final ReasonCounters counters)
    {
        this.settings = settings;
        this.portfolio = portfolio;
        this.orders = orders;
        this.instruments = instruments;
        this.market = market;
        this.pricer = pricer;
        this.tradingSwitch = tradingSwitch;
        this.counters = counters;
        this.stop = new StopRule(settings, instruments, market);
        ExitReason.register();
    }

    @Override
    public String name()
    {
        return "exits";
    }

    public StopRule stopRule()
    {
        return stop;
    }

    @Override
    public void onEvent(final MarketEvent e, final long sequence, final boolean endOfBatch)
    {
        if (e.eventTimeNanos > 0)
        {
            day.advance(e.eventTimeNanos);
        }
        if (portfolio.openCount() == 0)
        {
            return;
        }
        // a journaled HALT is applied to the switch by the risk stage, after this one: honour it here too
        final boolean haltEvent = e.type == EventType.ADMIN && e.inputReject == 0 && e.adminCommand == AdminCommand.HALT;
        if (tradingSwitch.isHalted() || haltEvent)
        {
            if (tradingSwitch.flattenRequested() || (haltEvent && e.adminArg == 1))
            {
                flattenAll(e);
            }
            return;
        }
        if (e.inputReject != 0)
        {
            return;
        }
        switch (e.type)
        {
            case EventType.OPTION_QUOTE:
            {
                final int c = instruments.findOption(e.symbolId, e.expiry, e.strike, e.right);
                if (c >= 0 && portfolio.position(c) != 0)
                {
                    evaluate(e, c, false);
                }
                break;
            }
            case EventType.BAR:
            case EventType.TRADE:
            case EventType.QUOTE:
                evaluateUnderlying(e, e.symbolId, e.signalType == SignalType.EXIT);
                break;
            case EventType.CLOCK:
                for (int i = portfolio.openCount() - 1; i >= 0; i--)
                {
                    evaluate(e, portfolio.openContract(i), false);
                }
                break;
            default:
                if (e.signalType == SignalType.EXIT)
                {
                    evaluateUnderlying(e, e.symbolId, true);
                }
                break;
        }
    }

    private void evaluateUnderlying(final MarketEvent e, final int symbolId, final boolean exitSignal)
    {
        for (int i = portfolio.openCount() - 1; i >= 0; i--)
        {
            final int c = portfolio.openContract(i);
            if (instruments.underlying[c] == symbolId)
            {
                evaluate(e, c, exitSignal && (e.signalDirection == 0 || e.signalDirection == portfolio.direction(c)));
            }
        }
    }

    /** Decides one position's exit, if any, and writes the intent. */
    private void evaluate(final MarketEvent e, final int c, final boolean exitSignal)
    {
        final long pos = portfolio.position(c);
        if (pos == 0)
        {
            return;
        }
        final long held = Math.abs(pos);
        final long working = pos > 0 ? orders.workingSellQty(c) : orders.workingBuyQty(c);
        final long free = held - working;
        if (free <= 0)
        {
            return;
        }
        final int reason = protectiveReason(c, pos, exitSignal);
        if (reason != 0)
        {
            addExit(e, c, pos, free, reason);
            return;
        }
        final long targetQty = targetQty(c, pos, working);
        if (targetQty > 0)
        {
            addExit(e, c, pos, Math.min(free, targetQty), ExitReason.PROFIT_TARGET);
        }
    }

    /** The first protective rule that fires, or 0. */
    int protectiveReason(final int c, final long pos, final boolean exitSignal)
    {
        if (stop.isHit(portfolio, c))
        {
            return ExitReason.STOP_LOSS;
        }
        if (instruments.isOption(c))
        {
            final double ivNow = instruments.iv[c];
            final double ivEntry = portfolio.entryIv(c);
            if (ivEntry > 0.0 && ivNow > ivEntry * (1.0 + settings.ivExpansionPct))
            {
                return ExitReason.VOLATILITY_STOP;
            }
            final int today = day.date();
            if (today > 0)
            {
                final int dte = NyDate.daysBetween(today, instruments.expiry[c]);
                if (dte <= settings.expiryCloseDays)
                {
                    return ExitReason.EXPIRY_CLOSE;
                }
                if (dte < settings.timeStopDays && isLosing(c, pos))
                {
                    return ExitReason.TIME_STOP;
                }
            }
        }
        return exitSignal ? ExitReason.SIGNAL_EXIT : 0;
    }

    private boolean isLosing(final int c, final long pos)
    {
        final double mid = stop.currentMid(c, portfolio);
        final double avg = portfolio.averageCost(c);
        return pos > 0 ? mid < avg : mid > avg;
    }

    /** Contracts still to sell for the profit targets reached (0 when none), net of what works already. */
    private long targetQty(final int c, final long pos, final long working)
    {
        final double avg = portfolio.averageCost(c);
        if (!(avg > 0.0))
        {
            return 0;
        }
        final double mid = stop.currentMid(c, portfolio);
        final double gain = pos > 0 ? mid / avg - 1.0 : 1.0 - mid / avg;
        int level = -1;
        for (int k = 0; k < settings.targetLevels.length; k++)
        {
            if (gain >= settings.targetLevels[k])
            {
                level = k;
            }
        }
        if (level < 0)
        {
            return 0;
        }
        final long maxQty = portfolio.maxQty(c);
        final long sold = maxQty - Math.abs(pos);
        return settings.cumulativeTargetQty(level, maxQty) - sold - working;
    }

    private void flattenAll(final MarketEvent e)
    {
        for (int i = portfolio.openCount() - 1; i >= 0 && e.intentCount < MarketEvent.MAX_INTENTS; i--)
        {
            final int c = portfolio.openContract(i);
            final long pos = portfolio.position(c);
            final long working = pos > 0 ? orders.workingSellQty(c) : orders.workingBuyQty(c);
            final long free = Math.abs(pos) - working;
            if (free > 0)
            {
                addExit(e, c, pos, free, ExitReason.FLATTEN);
            }
        }
    }

    private void addExit(final MarketEvent e, final int c, final long pos, final long q, final int reason)
    {
        final int side = pos > 0 ? -1 : 1;
        final int purpose = ExitReason.purpose(reason);
        final long limit = pricer.initialLimitMicros(c, side, purpose);
        if (limit <= 0)
        {
            counters.increment(ExitReason.NO_QUOTE);
            return;
        }
        if (e.intentCount == MarketEvent.MAX_INTENTS)
        {
            counters.increment(ExitReason.INTENTS_FULL);
            return;
        }
        e.addIntent(ClientOrderIds.forIntent(e, e.intentCount), c, side, q, limit, purpose);
        counters.increment(reason);
        issuedByReason[purpose & 7]++;
    }

    @Override
    public void hashInto(final StateHash hash)
    {
        for (final long n : issuedByReason)
        {
            hash.mix(n);
        }
    }
}
