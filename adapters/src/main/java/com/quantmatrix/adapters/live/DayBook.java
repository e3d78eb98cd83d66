package com.quantmatrix.adapters.live;

import com.quantmatrix.engine.portfolio.ClosedTradeListener;

/**
 * The trading day's closed round trips for the digest and the review, kept on the pipeline thread
 * in primitive fields (no allocation per trade): count, wins and losses, the best and the worst, the
 * realized P&amp;L since the day began, the previous day's figures (for the morning brief), and a ring
 * of the last N trades' P&amp;L (the strategy review's rolling window). Money in micros.
 */
public final class DayBook implements ClosedTradeListener
{
    private final long[] window;
    private int windowCount;
    private int windowNext;

    private int date;
    private int trades;
    private int wins;
    private int losses;
    private long bestPnl;
    private int bestContract = -1;
    private long worstPnl;
    private int worstContract = -1;
    private long realizedAtStart;

    private int previousDate;
    private int previousTrades;
    private int previousWins;
    private long previousRealized;

    public DayBook(final int windowTrades)
    {
        window = new long[windowTrades];
    }

    /** Starts trading day {@code yyyymmdd} when it is a new one; {@code realizedNow} is the account's realized P&L. */
    public void roll(final int yyyymmdd, final long realizedNow)
    {
        if (yyyymmdd == date)
        {
            return;
        }
        if (date != 0)
        {
            previousDate = date;
            previousTrades = trades;
            previousWins = wins;
            previousRealized = realizedNow - realizedAtStart;
        }
        date = yyyymmdd;
        trades = 0;
        wins = 0;
        losses = 0;
        bestContract = -1;
        worstContract = -1;
        bestPnl = 0;
        worstPnl = 0;
        realizedAtStart = realizedNow;
    }

    @Override
    public void onTradeClosed(final int contractId, final long openTimeNanos, final long closeTimeNanos, final long qty,
        final long entryPriceMicros, final long exitPriceMicros, final long pnlMicros, final long feesMicros, final int closeReason)
    {
        trades++;
        if (pnlMicros > 0)
        {
            wins++;
        }
        else
        {
            losses++;
        }
        if (bestContract < 0 || pnlMicros > bestPnl)
        {
            bestPnl = pnlMicros;
            bestContract = contractId;
        }
        if (worstContract < 0 || pnlMicros < worstPnl)
        {
            worstPnl = pnlMicros;
            worstContract = contractId;
        }
        window[windowNext] = pnlMicros;
        windowNext = (windowNext + 1) % window.length;
        windowCount = Math.min(windowCount + 1, window.length);
    }

    public int date()
    {
        return date;
    }

    public int trades()
    {
        return trades;
    }

    public int wins()
    {
        return wins;
    }

    public int losses()
    {
        return losses;
    }

    public long bestPnl()
    {
        return bestPnl;
    }

    /** Contract of the best trade of the day, -1 without trades. */
    public int bestContract()
    {
        return bestContract;
    }

    public long worstPnl()
    {
        return worstPnl;
    }

    public int worstContract()
    {
        return worstContract;
    }

    /** Realized P&L since the day began. */
    public long realizedToday(final long realizedNow)
    {
        return realizedNow - realizedAtStart;
    }

    public int previousDate()
    {
        return previousDate;
    }

    public int previousTrades()
    {
        return previousTrades;
    }

    public int previousWins()
    {
        return previousWins;
    }

    public long previousRealized()
    {
        return previousRealized;
    }

    /** Closed trades in the rolling window (at most its size). */
    public int windowCount()
    {
        return windowCount;
    }

    /** The window's P&L values, oldest first, into a new array (off the hot path). */
    public long[] windowPnl()
    {
        final long[] out = new long[windowCount];
        final int start = windowCount < window.length ? 0 : windowNext;
        for (int i = 0; i < windowCount; i++)
        {
            out[i] = window[(start + i) % window.length];
        }
        return out;
    }
}
