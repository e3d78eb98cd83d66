package com.quantmatrix.adapters.polygon;

import java.time.LocalDate;

import com.quantmatrix.engine.event.MarketEvent;

/** One option contract from /v3/reference/options/contracts (or a chain snapshot's details). */
public record OptionContract(
    String ticker,
    String underlying,
    String contractType,
    String exerciseStyle,
    LocalDate expiration,
    double strike,
    int sharesPerContract,
    String primaryExchange)
{
    /** MarketEvent.CALL, MarketEvent.PUT, or 0 when the type is unknown. */
    public int right()
    {
        if ("call".equalsIgnoreCase(contractType))
        {
            return MarketEvent.CALL;
        }
        return "put".equalsIgnoreCase(contractType) ? MarketEvent.PUT : 0;
    }

    /** Expiry as yyyymmdd (the ring event's contract key), 0 when unknown. */
    public int expiryYyyymmdd()
    {
        return expiration == null ? 0 : expiration.getYear() * 10_000 + expiration.getMonthValue() * 100 + expiration.getDayOfMonth();
    }
}
