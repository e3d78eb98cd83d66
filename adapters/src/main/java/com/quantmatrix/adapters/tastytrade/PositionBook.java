package com.quantmatrix.adapters.tastytrade;

import com.quantmatrix.adapters.broker.BrokerPosition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Contracts held per OCC symbol, seeded from the broker at start-up and moved by every fill, so a
 * sell closes a long (Sell to Close) and a buy closes a short (Buy to Close). Adapter thread only.
 */
final class PositionBook
{
    private final Map<String, Long> held = new HashMap<>();

    void seed(final List<TastyPosition> positions)
    {
        held.clear();
        for (final TastyPosition p : positions)
        {
            if (p.isOption())
            {
                held.merge(BrokerPosition.key(p.symbol()), p.quantity().longValue(), Long::sum);
            }
        }
    }

    long held(final String occSymbol)
    {
        return held.getOrDefault(BrokerPosition.key(occSymbol), 0L);
    }

    void fill(final String occSymbol, final int side, final long quantity)
    {
        final String k = BrokerPosition.key(occSymbol);
        final long q = held.getOrDefault(k, 0L) + side * quantity;
        if (q == 0)
        {
            held.remove(k);
        }
        else
        {
            held.put(k, q);
        }
    }
}
