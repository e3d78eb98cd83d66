package com.quantmatrix.engine.portfolio;

/** The end-of-day mark-to-market of the whole account (the equity curve's daily points). All money in micros. */
@FunctionalInterface
public interface DailyMarkListener
{
    void onDailyMark(int yyyymmdd, long equityMicros, long cashMicros, long realizedMicros, long unrealizedMicros, long feesMicros);
}
