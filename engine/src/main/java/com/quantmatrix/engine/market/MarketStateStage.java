package com.quantmatrix.engine.market;

import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.pipeline.Stage;
import com.quantmatrix.engine.pipeline.StateHash;

/**
 * Pipeline stage "market state": validates the market inputs it owns and applies them.
 *
 * <p>Reads the event's input fields; writes {@link MarketEvent#inputReject} (a {@link BadTickReason}
 * code, also counted) when it refuses one, and leaves the event untouched otherwise. Handles
 * <ul>
 *   <li>BAR: daily ({@code barSeconds} 86_400, dated by the New York date of its event time) into the daily
 *       indicators; intraday (event time = the bar's END) into the bar builder; the stock's last price in
 *       {@link Instruments} (and its volume, for a daily bar);</li>
 *   <li>TRADE: into the bar builder; the stock's last price;</li>
 *   <li>QUOTE: the stock's bid, ask, sizes and quote time in {@link Instruments};</li>
 *   <li>REFERENCE: {@code REF_VIX} and {@code REF_RISK_FREE_RATE} into {@link MarketView#vix()} and
 *       {@link MarketView#riskFreeRate()};</li>
 *   <li>CLOCK: completes intraday bars whose end has passed.</li>
 * </ul>
 * An event an earlier stage already refused is skipped. No allocation, no logging.
 */
public final class MarketStateStage implements Stage, StateHash.Hashable
{
    private final MarketState market;
    private final Instruments instruments;

    public MarketStateStage(final MarketState market, final Instruments instruments)
    {
        this.market = market;
        this.instruments = instruments;
    }

    public MarketState market()
    {
        return market;
    }

    @Override
    public String name()
    {
        return "market-state";
    }

    @Override
    public void onEvent(final MarketEvent e, final long sequence, final boolean endOfBatch)
    {
        if (e.inputReject != 0)
        {
            return;
        }
        switch (e.type)
        {
            case EventType.BAR:
                onBar(e);
                break;
            case EventType.TRADE:
                onTrade(e);
                break;
            case EventType.QUOTE:
                onQuote(e);
                break;
            case EventType.REFERENCE:
                e.inputReject = market.onReference(e.refKind, e.close, e.eventTimeNanos);
                break;
            case EventType.CLOCK:
                market.onClock(e.eventTimeNanos);
                break;
            default:
                break;
        }
    }

    private void onBar(final MarketEvent e)
    {
        final int verdict = market.onBar(e.symbolId, e.eventTimeNanos, e.barSeconds, e.open, e.high, e.low, e.close, e.volume);
        e.inputReject = verdict;
        if (verdict == 0)
        {
            final int id = instruments.stock(e.symbolId);
            if (id != Instruments.NOT_FOUND)
            {
                instruments.last[id] = e.close;
                if (e.barSeconds == MarketState.DAY_SECONDS)
                {
                    instruments.volume[id] = e.volume;
                }
            }
        }
    }

    private void onTrade(final MarketEvent e)
    {
        final int verdict = market.onTrade(e.symbolId, e.eventTimeNanos, e.close, e.volume);
        e.inputReject = verdict;
        if (verdict == 0)
        {
            final int id = instruments.stock(e.symbolId);
            if (id != Instruments.NOT_FOUND)
            {
                instruments.last[id] = e.close;
            }
        }
    }

    private void onQuote(final MarketEvent e)
    {
        final int verdict = market.onQuote(e.symbolId, e.eventTimeNanos, e.bid, e.ask, e.bidSize, e.askSize);
        e.inputReject = verdict;
        if (verdict == 0)
        {
            final int id = instruments.stock(e.symbolId);
            if (id != Instruments.NOT_FOUND)
            {
                instruments.bid[id] = e.bid;
                instruments.ask[id] = e.ask;
                instruments.bidSize[id] = e.bidSize;
                instruments.askSize[id] = e.askSize;
                instruments.quoteTimeNanos[id] = e.eventTimeNanos;
            }
        }
    }

    @Override
    public void hashInto(final StateHash hash)
    {
        market.hashInto(hash);
    }
}
