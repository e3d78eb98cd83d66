package com.quantmatrix.engine.data;

import com.quantmatrix.engine.EventPublisher;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.SymbolTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays the bundled LEAN minute bars (SPY, AIG, BAC, IBM, 2013-10-04..11) in event time: for
 * each minute, every symbol's closing quote of that minute then its trade bar, both stamped at the
 * minute's end (when they are known). Bars outside 09:30-16:00 carry FLAG_EXTENDED_HOURS.
 */
public final class MinuteReplaySource
{
    private final List<LeanMinuteBars> days = new ArrayList<>();

    public MinuteReplaySource(final List<String> symbols, final List<LocalDate> dates)
    {
        for (final LocalDate d : dates)
        {
            for (final String s : symbols)
            {
                days.add(LeanMinuteBars.load(s, d));
            }
        }
    }

    /** The bundled minute data: four symbols over the six trading days of 2013-10-04..11. */
    public static MinuteReplaySource bundled()
    {
        final List<LocalDate> dates = new ArrayList<>();
        for (final int d : new int[] {4, 7, 8, 9, 10, 11})
        {
            dates.add(LocalDate.of(2013, 10, d));
        }
        return new MinuteReplaySource(List.of("SPY", "AIG", "BAC", "IBM"), dates);
    }

    /** Publishes every bar in time order; returns the number of events published. */
    public long run(final EventPublisher pub, final SymbolTable table, final long resumeAfterSeq)
    {
        long seq = 0;
        long published = 0;
        int i = 0;
        while (i < days.size())
        {
            // the symbols of one date form a group, merged by minute
            int j = i;
            while (j < days.size() && days.get(j).date == days.get(i).date)
            {
                j++;
            }
            final List<LeanMinuteBars> group = days.subList(i, j);
            final int[] ids = new int[group.size()];
            final int[] qi = new int[group.size()];
            final int[] ti = new int[group.size()];
            for (int k = 0; k < ids.length; k++)
            {
                ids[k] = table.intern(group.get(k).symbol);
            }
            final long open = DailyReplaySource.epochNanos(group.get(0).date, 9, 31);
            final long close = DailyReplaySource.epochNanos(group.get(0).date, 16, 0);
            while (true)
            {
                long next = Long.MAX_VALUE;
                for (int k = 0; k < ids.length; k++)
                {
                    final LeanMinuteBars b = group.get(k);
                    if (qi[k] < b.quoteEndNanos.length)
                    {
                        next = Math.min(next, b.quoteEndNanos[qi[k]]);
                    }
                    if (ti[k] < b.tradeEndNanos.length)
                    {
                        next = Math.min(next, b.tradeEndNanos[ti[k]]);
                    }
                }
                if (next == Long.MAX_VALUE)
                {
                    break;
                }
                final int flags = next < open || next > close ? MarketEvent.FLAG_EXTENDED_HOURS : 0;
                for (int k = 0; k < ids.length; k++)
                {
                    final LeanMinuteBars b = group.get(k);
                    if (qi[k] < b.quoteEndNanos.length && b.quoteEndNanos[qi[k]] == next)
                    {
                        final int q = qi[k]++;
                        if (++seq > resumeAfterSeq && publishQuote(pub, b, q, seq, ids[k], flags))
                        {
                            published++;
                        }
                    }
                    if (ti[k] < b.tradeEndNanos.length && b.tradeEndNanos[ti[k]] == next)
                    {
                        final int t = ti[k]++;
                        if (++seq > resumeAfterSeq)
                        {
                            publishBar(pub, b, t, seq, ids[k], flags);
                            published++;
                        }
                    }
                }
            }
            i = j;
        }
        return published;
    }

    /**
     * Publishes quote bar {@code q} of {@code b} (its closing bid/ask, at the minute's end) as a QUOTE;
     * false, and nothing published, when the minute has no two-sided quote.
     */
    public static boolean publishQuote(final EventPublisher pub, final LeanMinuteBars b, final int q, final long seq,
        final int symbolId, final int flags)
    {
        if (!(b.bid[q] > 0 && b.ask[q] > 0))
        {
            return false;
        }
        final long slot = pub.claim();
        final MarketEvent e = pub.event(slot);
        e.type = EventType.QUOTE;
        e.source = MarketEvent.SOURCE_MARKET_DATA;
        e.seq = seq;
        e.eventTimeNanos = b.quoteEndNanos[q];
        e.symbolId = symbolId;
        e.flags = flags;
        e.bid = b.bid[q];
        e.ask = b.ask[q];
        e.bidSize = b.bidSize[q];
        e.askSize = b.askSize[q];
        pub.publish(slot);
        return true;
    }

    /** Publishes trade bar {@code t} of {@code b} as a one-minute BAR stamped at the minute's end. */
    public static void publishBar(final EventPublisher pub, final LeanMinuteBars b, final int t, final long seq,
        final int symbolId, final int flags)
    {
        final long slot = pub.claim();
        final MarketEvent e = pub.event(slot);
        e.type = EventType.BAR;
        e.source = MarketEvent.SOURCE_MARKET_DATA;
        e.seq = seq;
        e.eventTimeNanos = b.tradeEndNanos[t];
        e.symbolId = symbolId;
        e.flags = flags;
        e.barSeconds = 60;
        e.open = b.open[t];
        e.high = b.high[t];
        e.low = b.low[t];
        e.close = b.close[t];
        e.volume = b.volume[t];
        pub.publish(slot);
    }
}
