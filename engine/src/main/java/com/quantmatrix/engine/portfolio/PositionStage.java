package com.quantmatrix.engine.portfolio;

import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.pipeline.Stage;
import com.quantmatrix.engine.pipeline.StateHash;
import com.quantmatrix.engine.time.DayTracker;

/**
 * Position and P&L, the last business stage. Per event:
 * <ol>
 * <li>on the first event of a new New York date: the daily mark-to-market of the previous day
 * (listeners get the closing account), then options that expired are settled at intrinsic value;</li>
 * <li>the fills routing booked for this event (the {@link FillTape}) are applied to the portfolio;</li>
 * <li>positions the event prices are marked: an option quote marks its contract at the mid, a stock
 * quote, trade or bar marks stock positions of that symbol.</li>
 * </ol>
 * Reads: the fill tape, the event's market fields. Writes: the {@link Portfolio} (no event field).
 */
public final class PositionStage implements Stage, StateHash.Hashable
{
    private final Portfolio portfolio;
    private final FillTape tape;
    private final Instruments instruments;
    private final DayTracker day = new DayTracker();

    public PositionStage(final Portfolio portfolio, final FillTape tape, final Instruments instruments)
    {
        this.portfolio = portfolio;
        this.tape = tape;
        this.instruments = instruments;
    }

    @Override
    public String name()
    {
        return "positions";
    }

    public Portfolio portfolio()
    {
        return portfolio;
    }

    @Override
    public void onEvent(final MarketEvent e, final long sequence, final boolean endOfBatch)
    {
        final int previous = day.date();
        if (e.eventTimeNanos > 0 && day.advance(e.eventTimeNanos) && previous != 0 && day.date() > previous)
        {
            portfolio.endOfDay(previous);
            portfolio.settleExpired(day.date(), e.eventTimeNanos);
        }
        int i;
        while ((i = tape.peek(sequence)) >= 0)
        {
            portfolio.applyFill(tape.contractId(i), tape.side(i), tape.qty(i), tape.priceMicros(i), tape.feeMicros(i), tape.purpose(i), tape.timeNanos(i));
            tape.advance();
        }
        if (e.inputReject == 0 && portfolio.openCount() > 0)
        {
            mark(e);
        }
    }

    /**
     * The last day's mark-to-market at the end of a run (the next day's first event does it otherwise);
     * call it once after the last event, before reading final results.
     */
    public void finishDay()
    {
        if (day.date() != 0)
        {
            portfolio.endOfDay(day.date());
        }
    }

    private void mark(final MarketEvent e)
    {
        switch (e.type)
        {
            case EventType.OPTION_QUOTE:
            {
                final int c = instruments.findOption(e.symbolId, e.expiry, e.strike, e.right);
                if (c >= 0 && portfolio.position(c) != 0)
                {
                    if (e.bid > 0.0 && e.ask >= e.bid && Double.isFinite(e.ask))
                    {
                        portfolio.mark(c, Money.ofDollars(0.5 * (e.bid + e.ask)));
                    }
                    portfolio.refreshGreeks(c);
                }
                break;
            }
            case EventType.QUOTE:
                if (e.bid > 0.0 && e.ask >= e.bid && Double.isFinite(e.ask))
                {
                    markStock(e.symbolId, Money.ofDollars(0.5 * (e.bid + e.ask)));
                }
                break;
            case EventType.TRADE:
            case EventType.BAR:
                if (e.close > 0.0 && Double.isFinite(e.close))
                {
                    markStock(e.symbolId, Money.ofDollars(e.close));
                }
                break;
            default:
                break;
        }
    }

    private void markStock(final int symbolId, final long priceMicros)
    {
        for (int k = 0; k < portfolio.openCount(); k++)
        {
            final int c = portfolio.openContract(k);
            if (!instruments.isOption(c) && instruments.underlying[c] == symbolId)
            {
                portfolio.mark(c, priceMicros);
            }
        }
    }

    @Override
    public void hashInto(final StateHash hash)
    {
        portfolio.hashInto(hash);
    }
}
