package com.quantmatrix.adapters.tastytrade;

import com.quantmatrix.adapters.broker.BrokerPosition;
import com.quantmatrix.adapters.broker.BrokerSnapshot;
import java.util.ArrayList;
import java.util.List;

/** A tastytrade account's positions and cash balance as a {@link BrokerSnapshot} for reconciliation. */
public final class TastySnapshot
{
    private TastySnapshot()
    {
    }

    public static BrokerSnapshot of(final String account, final List<TastyPosition> positions, final TastyBalance balance)
    {
        final List<BrokerPosition> out = new ArrayList<>();
        for (final TastyPosition p : positions)
        {
            out.add(new BrokerPosition(p.symbol(), p.quantity(), p.isOption()));
        }
        return new BrokerSnapshot("tastytrade", account, out, balance == null ? null : balance.cashBalanceMicros());
    }
}
