package com.quantmatrix.adapters.tastytrade;

import com.quantmatrix.adapters.json.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A holding ({@code GET /accounts/{n}/positions}). Quantity is signed here (tastytrade sends it
 * unsigned with a quantity-direction of Long or Short); multiplier comes as 1 or "1.0"; prices in
 * micros per share.
 */
public record TastyPosition(
    String accountNumber,
    String symbol,
    String instrumentType,
    String underlyingSymbol,
    BigDecimal quantity,
    BigDecimal multiplier,
    long averageOpenPriceMicros,
    long closePriceMicros)
{
    static List<TastyPosition> listFrom(final JsonNode data)
    {
        final List<TastyPosition> out = new ArrayList<>();
        for (final JsonNode p : data.get("items").elements())
        {
            BigDecimal q = p.get("quantity").decimal();
            if (q == null)
            {
                continue;
            }
            if ("Short".equalsIgnoreCase(p.get("quantity-direction").text("")))
            {
                q = q.abs().negate();
            }
            final BigDecimal m = p.get("multiplier").decimal();
            out.add(new TastyPosition(p.get("account-number").text(), p.get("symbol").text(), p.get("instrument-type").text(),
                p.get("underlying-symbol").text(), q, m == null ? BigDecimal.ONE : m,
                p.get("average-open-price").micros(0), p.get("close-price").micros(0)));
        }
        return out;
    }

    public boolean isOption()
    {
        return "Equity Option".equals(instrumentType);
    }
}
