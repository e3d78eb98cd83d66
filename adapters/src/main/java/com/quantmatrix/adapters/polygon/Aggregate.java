package com.quantmatrix.adapters.polygon;

/**
 * One OHLCV bar from Polygon's aggregates (range or grouped daily). {@code startMillis} is the
 * start of the window in epoch milliseconds; volume may be fractional (Polygon reports it so);
 * {@code ticker} is set for grouped-daily bars and for range bars (the request's ticker).
 */
public record Aggregate(
    String ticker,
    long startMillis,
    double open,
    double high,
    double low,
    double close,
    double volume,
    double vwap,
    long trades)
{
}
