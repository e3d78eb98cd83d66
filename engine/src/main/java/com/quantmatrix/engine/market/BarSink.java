package com.quantmatrix.engine.market;

/** Receives each bar the {@link BarAggregator} completes (on the pipeline thread, no allocation). */
@FunctionalInterface
public interface BarSink
{
    /**
     * @param seconds the timeframe (60, 300, 900, 3_600, 86_400)
     * @param startNanos the bar's start, epoch nanos
     * @param endNanos the bar's end (exclusive), epoch nanos; shorter than the timeframe at the session's edges
     * @param extended true when the bar lies outside the regular session
     */
    void onBar(int sym, int seconds, long startNanos, long endNanos, double open, double high, double low,
        double close, double volume, boolean extended);
}
