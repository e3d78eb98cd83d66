package com.quantmatrix.adapters.tastytrade;

import com.quantmatrix.adapters.json.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The nested option chain of one underlying ({@code GET /option-chains/{symbol}/nested}): per
 * expiry, per strike, the OCC symbols to trade and the DXLink streamer symbols to subscribe (taken
 * from the chain, never computed).
 */
public record OptionChain(String underlyingSymbol, int sharesPerContract, List<Expiration> expirations)
{
    /** One expiry of the chain. */
    public record Expiration(LocalDate date, int daysToExpiration, String expirationType, String settlementType, List<Strike> strikes)
    {
    }

    /** One strike: OCC symbols (padded root) and streamer symbols of the call and the put. */
    public record Strike(BigDecimal strikePrice, String call, String callStreamerSymbol, String put, String putStreamerSymbol)
    {
    }

    /** The chains of a reply; the data member holds {@code items[]} (one per chain type: Standard, non-standard). */
    static List<OptionChain> listFrom(final JsonNode data)
    {
        final List<OptionChain> out = new ArrayList<>();
        for (final JsonNode c : data.get("items").elements())
        {
            final List<Expiration> exps = new ArrayList<>();
            for (final JsonNode e : c.get("expirations").elements())
            {
                final List<Strike> strikes = new ArrayList<>();
                for (final JsonNode s : e.get("strikes").elements())
                {
                    final BigDecimal k = s.get("strike-price").decimal();
                    if (k != null)
                    {
                        strikes.add(new Strike(k, s.get("call").text(), s.get("call-streamer-symbol").text(),
                            s.get("put").text(), s.get("put-streamer-symbol").text()));
                    }
                }
                final String date = e.get("expiration-date").text();
                if (date != null)
                {
                    exps.add(new Expiration(LocalDate.parse(date), (int)e.get("days-to-expiration").longValue(-1),
                        e.get("expiration-type").text(), e.get("settlement-type").text(), strikes));
                }
            }
            out.add(new OptionChain(c.get("underlying-symbol").text(), (int)c.get("shares-per-contract").longValue(100), exps));
        }
        return out;
    }

    public int contractCount()
    {
        return expirations.stream().mapToInt(e -> 2 * e.strikes().size()).sum();
    }
}
