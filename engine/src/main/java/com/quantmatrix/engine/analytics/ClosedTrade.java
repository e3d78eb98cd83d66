package com.quantmatrix.engine.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One finished round trip (open to final close) as the post-trade analysis sees it. Built off the hot
 * path from the portfolio's closed-trade callback plus the contract's terms at entry.
 *
 * <p>Units: times in epoch nanoseconds UTC (event time); prices per share in micros (1e-6 dollar);
 * {@code pnlMicros} is the NET realised P&L of the round trip in micros, after {@code feesMicros}
 * (every commission and exchange/clearing fee of the open and the close); quantity in contracts
 * (shares for a stock trade), positive for a long position, negative for a short one.
 *
 * @param symbol             underlying symbol, e.g. "AAPL"
 * @param contract           the contract traded, e.g. the OCC symbol "AAPL  140620C00600000"
 * @param openNanos          event time of the opening fill
 * @param closeNanos         event time of the closing fill
 * @param quantity           contracts (signed: long > 0)
 * @param entryPriceMicros   average entry price per share
 * @param exitPriceMicros    average exit price per share
 * @param pnlMicros          net realised P&L (after fees)
 * @param feesMicros         fees paid on the open and the close (>= 0)
 * @param closeReason        why it closed, e.g. STOP_LOSS, PROFIT_TARGET, TIME_STOP, EXPIRY, END_OF_RUN
 * @param daysToExpiryAtEntry calendar days from entry to expiry, negative when unknown (e.g. stock)
 * @param absDeltaAtEntry    |delta| per share at entry, NaN when unknown
 * @param sector             GICS sector of the underlying, null or blank when unknown
 * @param modeledPrice       true when any price of this trade came from the engine's model, not a real quote
 */
public record ClosedTrade(
    String symbol,
    String contract,
    long openNanos,
    long closeNanos,
    int quantity,
    long entryPriceMicros,
    long exitPriceMicros,
    long pnlMicros,
    long feesMicros,
    String closeReason,
    int daysToExpiryAtEntry,
    double absDeltaAtEntry,
    String sector,
    boolean modeledPrice)
{
    /** Trading dates are New York dates: a fill at 20:30 New York belongs to that session, not the next UTC day. */
    public static final ZoneId MARKET_ZONE = ZoneId.of("America/New_York");

    public ClosedTrade
    {
        if (symbol == null || symbol.isBlank())
        {
            throw new IllegalArgumentException("symbol is required");
        }
        if (closeNanos < openNanos)
        {
            throw new IllegalArgumentException("close before open for " + symbol + ": " + closeNanos + " < " + openNanos);
        }
        if (feesMicros < 0)
        {
            throw new IllegalArgumentException("fees must be >= 0, got " + feesMicros);
        }
        contract = contract == null || contract.isBlank() ? symbol : contract;
        closeReason = closeReason == null || closeReason.isBlank() ? "UNKNOWN" : closeReason;
        sector = sector == null || sector.isBlank() ? null : sector;
    }

    /** P&L before fees. */
    public long grossPnlMicros()
    {
        return pnlMicros + feesMicros;
    }

    public double pnlDollars()
    {
        return pnlMicros / 1e6;
    }

    public double feesDollars()
    {
        return feesMicros / 1e6;
    }

    /** Holding period in (fractional) calendar days. */
    public double holdingDays()
    {
        return (closeNanos - openNanos) / 86_400e9;
    }

    public int openDate()
    {
        return yyyymmdd(openNanos);
    }

    public int closeDate()
    {
        return yyyymmdd(closeNanos);
    }

    /** The New York trading date of an event time, as yyyyMMdd. */
    public static int yyyymmdd(final long epochNanos)
    {
        final LocalDate d = Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L)).atZone(MARKET_ZONE).toLocalDate();
        return d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }
}
