package com.quantmatrix.engine.signal;

import com.quantmatrix.engine.market.IndicatorState;

/**
 * Ranks the day's ATR Matrix candidates in one pass over every symbol's daily state: each symbol is scored
 * once per direction, the best {@code maxCandidates} entries are kept sorted by confidence (highest first;
 * ties by lower symbol id, so the ranking is deterministic), and each criterion's failures are counted.
 * Allocation-free after construction; the results stay readable until the next scan.
 */
public final class UniverseScan
{
    private final AtrMatrixScorer scorer;
    private final IndicatorState daily;
    private final boolean bearish;
    private final AtrMatrixScore score = new AtrMatrixScore();
    private final int maxCandidates;
    private final int[] rankedSymbol;
    private final int[] rankedDirection;
    private final double[] rankedConfidence;
    private final long[] failures = new long[AtrMatrixScorer.CRITERIA];
    private int count;
    private int scanned;
    private int warm;
    private int passed;

    public UniverseScan(final AtrMatrixScorer scorer, final int maxCandidates)
    {
        if (maxCandidates < 1)
        {
            throw new IllegalArgumentException("maxCandidates must be positive");
        }
        this.scorer = scorer;
        this.daily = scorer.daily();
        this.bearish = scorer.settings().bearishEnabled;
        this.maxCandidates = maxCandidates;
        rankedSymbol = new int[maxCandidates];
        rankedDirection = new int[maxCandidates];
        rankedConfidence = new double[maxCandidates];
    }

    /**
     * Scans every symbol whose last daily bar is dated {@code ymd} (0: every symbol with a bar). Returns the
     * number of candidates kept (at most maxCandidates).
     */
    public int scan(final int ymd)
    {
        count = 0;
        scanned = 0;
        warm = 0;
        passed = 0;
        java.util.Arrays.fill(failures, 0);
        final int capacity = daily.capacity();
        for (int sym = 0; sym < capacity; sym++)
        {
            if (daily.barCount(sym) == 0 || (ymd != 0 && daily.lastDate(sym) != ymd))
            {
                continue;
            }
            scanned++;
            if (!scorer.isWarm(sym))
            {
                continue;
            }
            warm++;
            evaluate(sym, 1);
            if (bearish)
            {
                evaluate(sym, -1);
            }
        }
        return count;
    }

    private void evaluate(final int sym, final int direction)
    {
        final boolean entry = scorer.score(sym, direction, score);
        final int failed = ~score.passed & AtrMatrixScorer.ALL;
        for (int c = 0; c < AtrMatrixScorer.CRITERIA; c++)
        {
            if ((failed & (1 << c)) != 0)
            {
                failures[c]++;
            }
        }
        if (entry)
        {
            passed++;
            insert(sym, direction, score.confidence);
        }
    }

    private void insert(final int sym, final int direction, final double confidence)
    {
        int at = count;
        while (at > 0 && rankedConfidence[at - 1] < confidence)
        {
            at--;
        }
        if (at >= maxCandidates)
        {
            return;
        }
        final int last = Math.min(count, maxCandidates - 1);
        for (int i = last; i > at; i--)
        {
            rankedSymbol[i] = rankedSymbol[i - 1];
            rankedDirection[i] = rankedDirection[i - 1];
            rankedConfidence[i] = rankedConfidence[i - 1];
        }
        rankedSymbol[at] = sym;
        rankedDirection[at] = direction;
        rankedConfidence[at] = confidence;
        if (count < maxCandidates)
        {
            count++;
        }
    }

    /** Candidates kept by the last scan. */
    public int count()
    {
        return count;
    }

    public int symbol(final int rank)
    {
        return rankedSymbol[rank];
    }

    public int direction(final int rank)
    {
        return rankedDirection[rank];
    }

    public double confidence(final int rank)
    {
        return rankedConfidence[rank];
    }

    /** Symbols with a bar on the scanned date. */
    public int scanned()
    {
        return scanned;
    }

    /** Of those, symbols with every indicator warm. */
    public int warm()
    {
        return warm;
    }

    /** Entries found (before the top-N cut). */
    public int passed()
    {
        return passed;
    }

    /** How many warm evaluations failed criterion {@code index} (0-4). */
    public long failures(final int index)
    {
        return failures[index];
    }

    /** Re-scores a ranked candidate into {@code out} (criterion values for reports). */
    public void detail(final int rank, final AtrMatrixScore out)
    {
        scorer.score(rankedSymbol[rank], rankedDirection[rank], out);
    }
}
