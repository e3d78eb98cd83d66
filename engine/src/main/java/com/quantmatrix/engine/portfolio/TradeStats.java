package com.quantmatrix.engine.portfolio;

import com.quantmatrix.engine.pipeline.StateHash;

/**
 * Statistics of the strategy's own closed round trips: win rate, average win and loss, the current
 * losing streak, and the Kelly fraction the sizer caps positions with. Can be seeded from a backtest
 * or a journal ({@link #record(long)} per past trade). A zero P&L counts as a loss (it paid fees).
 */
public final class TradeStats implements StateHash.Hashable
{
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
        if (trades == 0)
        {
            return Double.NaN;
        }
        final double p = winRate();
        if (wins == 0)
        {
            return -1.0;
        }
        if (trades == wins)
        {
            return p;
        }
        final double avgLoss = averageLossMicros();
        if (avgLoss == 0.0)
        {
            return p;
        }
        final double b = averageWinMicros() / avgLoss;
        return p - (1.0 - p) / b;
    }

    @Override
    public void hashInto(final StateHash h)
    {
        h.mix(trades).mix(wins).mix(sumWinMicros).mix(sumLossMicros).mix(lossStreak);
    }
}
