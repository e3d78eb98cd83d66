package com.quantmatrix.engine.market;

/**
 * What later stages may read of the market state (bars and indicators per symbol id). The market
 * stage owns and writes it; the signal, selection, risk and exit stages only read it.
 * Values are NaN until warmed up.
 */
public interface MarketView
{
    /** Last accepted price (bar close or trade). */
    double lastPrice(int symbolId);

    /** ATR of the daily bars (Wilder, configured period), in dollars. */
    double atr(int symbolId);

    /** Annualised close-to-close historical volatility of the daily bars (configured window). */
    double historicalVolatility(int symbolId);

    /** Date (yyyyMMdd) of the last accepted daily bar, 0 before any. */
    int lastDailyBarDate(int symbolId);

    /** Latest VIX level from REFERENCE events, NaN before any. */
    double vix();

    /** Latest risk-free rate (continuously compounded decimal) from REFERENCE events. */
    double riskFreeRate();

    /** Event time of the latest accepted event. */
    long nowNanos();
}
