package com.quantmatrix.engine.signal;

/**
 * One symbol's ATR Matrix evaluation: each criterion's value and score, and the verdict. A mutable
 * scratch object the scorer fills (one per caller, reused), so scoring allocates nothing.
 */
public final class AtrMatrixScore
{
    public int symbolId = -1;
    /** +1 bullish (the strategy's entries), -1 bearish (mirrored rules, when enabled). */
    public int direction;
    /** Every indicator the criteria use is warm; when false nothing else is set. */
    public boolean warm;
    /** Bit i set when criterion i+1 holds (see {@link AtrMatrixScorer#ATR_DISTANCE} ...). */
    public int passed;
    /** All five scored criteria hold and the confidence reaches its minimum. */
    public boolean entry;
    /** 0-100, see {@link AtrMatrixScorer}. */
    public double confidence;

    public double close;
    public double atr;
    /** Criterion 1: (close - SMA(support)) / ATR. */
    public double atrDistance;
    /** Criterion 2: (close - SMA(momentum)) / ATR. */
    public double momentumMargin;
    /** Criterion 3: the smallest gap between neighbours of the alignment chain, in ATRs (signed by direction). */
    public double alignmentGap;
    /** Criterion 4: ATR / close. */
    public double atrPercent;
    /** Criterion 5: volume / average volume. */
    public double volumeRatio;
    /** Each criterion's score in [0, 1] (0 when it fails). */
    public final double[] scores = new double[AtrMatrixScorer.CRITERIA];

    public boolean holds(final int criterionBit)
    {
        return (passed & criterionBit) != 0;
    }
}
