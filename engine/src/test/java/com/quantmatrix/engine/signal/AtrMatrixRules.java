package com.quantmatrix.engine.signal;

/**
 * The ATR Matrix rules as STRATEGY.md and AtrMatrixScorer's documentation state them, written out a second
 * time, plainly, for the tests to check the engine against (default thresholds, bullish side).
 */
final class AtrMatrixRules
{
    final boolean[] holds = new boolean[5];
    double confidence;

    /**
     * @param mas EMA10, SMA20, SMA50, SMA100, SMA200
     */
    AtrMatrixRules(final double close, final double atr, final double[] mas, final double volume, final double averageVolume)
    {
        final double sma20 = mas[1];
        final double sma50 = mas[2];
        final double distance = (close - sma50) / atr;
        final double[] score = new double[5];
        holds[0] = distance >= 0.0 && distance <= 4.0;
        score[0] = holds[0] ? 1.0 - Math.abs(distance - 2.0) / 2.0 : 0.0;
        holds[1] = close > sma20;
        score[1] = holds[1] ? Math.min(1.0, (close - sma20) / atr) : 0.0;
        boolean aligned = true;
        double gaps = 0.0;
        for (int i = 0; i < 4; i++)
        {
            final double gap = (mas[i] - mas[i + 1]) / atr;
            aligned &= gap >= 0.0;
            gaps += Math.max(0.0, Math.min(1.0, gap));
        }
        holds[2] = aligned;
        score[2] = aligned ? gaps / 4.0 : 0.0;
        final double atrPercent = atr / close;
        holds[3] = atrPercent >= 0.02;
        score[3] = holds[3] ? Math.min(1.0, (atrPercent - 0.02) / 0.02) : 0.0;
        final double ratio = volume / averageVolume;
        holds[4] = ratio > 1.0;
        score[4] = holds[4] ? Math.min(1.0, ratio - 1.0) : 0.0;
        confidence = 100.0 * (score[0] + score[1] + score[2] + score[3] + score[4]) / 5.0;
    }

    boolean entry()
    {
        return holds[0] && holds[1] && holds[2] && holds[3] && holds[4];
    }

    /** The exit rule of an open long setup: close below SMA20, or more than 4 ATRs above SMA50. */
    static boolean exit(final double close, final double atr, final double sma20, final double sma50)
    {
        return close < sma20 || (close - sma50) / atr > 4.0;
    }
}
