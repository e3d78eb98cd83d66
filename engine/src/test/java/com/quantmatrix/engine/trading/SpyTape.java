package com.quantmatrix.engine.trading;

import com.quantmatrix.engine.data.DailyBarStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The real SPY session of 2013-10-07 (LEAN minute quote and trade bars) as a stream of events for a
 * {@link Desk}: at each minute's end the trade bar, then the quote. The market view's ATR is the
 * Wilder ATR(14) of SPY's bundled daily bars up to the previous session (2013-10-04).
 */
public final class SpyTape
{
    public static final LocalDate DAY = LocalDate.of(2013, 10, 7);

    /** One step: a quote (trade == null) or a trade bar. */
    public record Step(RealData.QuoteBar quote, RealData.TradeBar trade)
    {
        public long timeNanos()
        {
            return quote != null ? quote.timeNanos() : trade.timeNanos();
        }
    }

    public final List<Step> steps = new ArrayList<>();
    public final double atr;

    public SpyTape(final int fromHour, final int fromMinute)
    {
        final long from = RealData.nanos(DAY, fromHour, fromMinute);
        final List<RealData.QuoteBar> quotes = RealData.equityQuotes("spy", DAY);
        final List<RealData.TradeBar> trades = RealData.equityTrades("spy", DAY);
        int t = 0;
        for (final RealData.QuoteBar q : quotes)
        {
            while (t < trades.size() && trades.get(t).timeNanos() <= q.timeNanos())
            {
                if (trades.get(t).timeNanos() >= from)
                {
                    steps.add(new Step(null, trades.get(t)));
                }
                t++;
            }
            if (q.timeNanos() >= from && q.bid() > 0 && q.ask() >= q.bid())
            {
                steps.add(new Step(q, null));
            }
        }
        final DailyBarStore.Series spy = RealData.daily().series("SPY");
        final double[] atrs = RealData.wilderAtr(spy, 14, 1.0);
        atr = atrs[spy.indexOnOrAfter(20131007) - 1];
    }

    /** Loads step i into the desk's event (not yet published). */
    public void load(final Desk desk, final int symbolId, final int i)
    {
        load(desk, symbolId, i, 0L);
    }

    /** Loads step i, shifted in time (replaying the session on later days). */
    public void load(final Desk desk, final int symbolId, final int i, final long shiftNanos)
    {
        final Step s = steps.get(i);
        if (s.quote != null)
        {
            desk.quote(s.quote.timeNanos() + shiftNanos, symbolId, s.quote.bid(), s.quote.ask(), (int)s.quote.bidSize(), (int)s.quote.askSize());
        }
        else
        {
            final RealData.TradeBar b = s.trade;
            desk.bar(b.timeNanos() + shiftNanos, symbolId, 60, b.open(), b.high(), b.low(), b.close(), b.volume());
        }
    }

    public int size()
    {
        return steps.size();
    }
}
