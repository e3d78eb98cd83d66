package com.quantmatrix.engine.portfolio;

import com.quantmatrix.engine.pipeline.StateHash;

/**
 * Statistics of the strategy's own closed round trips: win rate, average win and loss, the current
 * losing streak, and the Kelly fraction the sizer caps positions with. Can be seeded from a backtest
 * or a journal ({@link #record(long)} per past trade). A zero P&L counts as a loss (it paid fees).
 *
 * <p>The Kelly fraction is also kept over a RECENT window ({@link #recentKelly}): the trades closed
 * in the last N days of event time. Judged on all trades ever, a strategy that once showed no edge
 * would be blocked forever (no new trade could change the verdict); judged on its recent record, it
 * trades again once the losing spell has aged out, and is judged afresh.
 */
public final class TradeStats implements StateHash.Hashable
{
    private static final int RECENT = 4_096;
    private final long[] recentTime = new long[RECENT];
    private final long[] recentPnl = new long[RECENT];
    private int recentHead;
    private int recentCount;

    private long trades;
    private long wins;
    private long sumWinMicros;
    private long sumLossMicros;
    private int lossStreak;

    public void record(final long pnlMicros)
    {
        trades++;
        if (pnlMicros > 0)
        {
            wins++;
            sumWinMicros += pnlMicros;
            lossStreak = 0;
        }
        else
        {
            sumLossMicros += -pnlMicros;
            lossStreak++;
        }
    }

    /** Records a round trip closed at an event time (kept for the recent window too). */
    public void record(final long pnlMicros, final long closeTimeNanos)
    {
        record(pnlMicros);
        recentTime[recentHead] = closeTimeNanos;
        recentPnl[recentHead] = pnlMicros;
        recentHead = (recentHead + 1) & (RECENT - 1);
        recentCount = Math.min(recentCount + 1, RECENT);
    }

    /** Trades closed at or after {@code sinceNanos} (of the last 4,096). */
    public int recentTrades(final long sinceNanos)
    {
        int n = 0;
        for (int k = 0; k < recentCount; k++)
        {
            if (recentTime[(recentHead - 1 - k) & (RECENT - 1)] >= sinceNanos)
            {
                n++;
            }
        }
        return n;
    }

    /** The Kelly fraction of the trades closed at or after {@code sinceNanos}; NaN with none. */
    public double recentKelly(final long sinceNanos)
    {
        int n = 0;
        int w = 0;
        long win = 0;
        long loss = 0;
        for (int k = 0; k < recentCount; k++)
        {
            final int i = (recentHead - 1 - k) & (RECENT - 1);
            if (recentTime[i] < sinceNanos)
            {
                continue;
            }
            n++;
            if (recentPnl[i] > 0)
            {
                w++;
                win += recentPnl[i];
            }
            else
            {
                loss -= recentPnl[i];
            }
        }
        return kelly(n, w, win, loss);
    }

    public long trades()
    {
        return trades;
    }

    public long wins()
    {
        return wins;
    }

    public int lossStreak()
    {
        return lossStreak;
    }

    /** Forgets the current losing streak (after a pause has been served). */
    public void resetLossStreak()
    {
        lossStreak = 0;
    }

    public double winRate()
    {
        return trades == 0 ? Double.NaN : wins / (double)trades;
    }

    public double averageWinMicros()
    {
        return wins == 0 ? Double.NaN : sumWinMicros / (double)wins;
    }

    public double averageLossMicros()
    {
        final long losses = trades - wins;
        return losses == 0 ? Double.NaN : sumLossMicros / (double)losses;
    }

    /**
     * Full Kelly fraction f* = p - (1 - p) / b with p the win rate and b = average win / average loss.
     * NaN without trades; +infinity-free: with no losses yet f* = p (= 1). Negative means no edge.
     */
    public double kelly()
    {
        return kelly(trades, wins, sumWinMicros, sumLossMicros);
    }

    private static double kelly(final long n, final long w, final long sumWin, final long sumLoss)
    {
        if (n == 0)
        {
            return Double.NaN;
        }
        final double p = w / (double)n;
        if (w == 0)
        {
            return -1.0;
        }
        if (n == w)
        {
            return p;
        }
        final double avgLoss = sumLoss / (double)(n - w);
        if (avgLoss == 0.0)
        {
            return p;
        }
        final double b = (sumWin / (double)w) / avgLoss;
        return p - (1.0 - p) / b;
    }

    @Override
    public void hashInto(final StateHash h)
    {
        h.mix(trades).mix(wins).mix(sumWinMicros).mix(sumLossMicros).mix(lossStreak).mix(recentCount).mix(recentHead);
    }
}
