package com.quantmatrix.adapters.polygon;

import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;

/**
 * One contract of an option-chain snapshot (/v3/snapshot/options/{underlying}): the contract,
 * its last quote and trade, Polygon's Greeks and implied volatility, and open interest.
 * Absent values are NaN (Polygon omits Greeks and IV for some contracts). Quote time in epoch nanos.
 */
public record OptionSnapshot(
    OptionContract contract,
    double bid,
    double ask,
    int bidSize,
    int askSize,
    long quoteTimeNanos,
    double lastPrice,
    double impliedVolatility,
    double delta,
    double gamma,
    double theta,
    double vega,
    long openInterest,
    double underlyingPrice,
    double breakEvenPrice)
{
    /**
     * Fills the input section of a ring event as an OPTION_QUOTE of {@code underlyingId}
     * (edge code; the caller sets seq and clears decisions as for any input).
     */
    public void writeTo(final MarketEvent e, final int underlyingId)
    {
        e.type = EventType.OPTION_QUOTE;
        e.symbolId = underlyingId;
        e.eventTimeNanos = quoteTimeNanos;
        e.expiry = contract.expiryYyyymmdd();
        e.strike = contract.strike();
        e.right = contract.right();
        e.bid = bid;
        e.ask = ask;
        e.bidSize = bidSize;
        e.askSize = askSize;
        e.close = lastPrice;
        e.openInterest = openInterest;
        e.vendorIv = impliedVolatility;
    }
}
