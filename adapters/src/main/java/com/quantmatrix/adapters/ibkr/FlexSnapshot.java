package com.quantmatrix.adapters.ibkr;

import com.quantmatrix.adapters.broker.BrokerPosition;
import com.quantmatrix.adapters.broker.BrokerSnapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An IBKR account's holdings from a Flex statement, as a {@link BrokerSnapshot}: the imported
 * positions join the portfolio as a separate account for risk and reporting, and reconcile like any
 * broker's. Lots are summed per instrument when the query has no SUMMARY rows; cash is the ending
 * cash of the statement's USD line (null without a Cash Report).
 */
public final class FlexSnapshot
{
    private FlexSnapshot()
    {
    }

    public static BrokerSnapshot of(final FlexReport report, final String accountId)
    {
        final Set<String> summarised = new HashSet<>();
        for (final FlexPosition p : report.positions())
        {
            if (accountId.equals(p.accountId()) && !p.isLot())
            {
                summarised.add(p.instrument().symbol());
            }
        }
        final List<BrokerPosition> out = new ArrayList<>();
        for (final FlexPosition p : report.positions())
        {
            if (!accountId.equals(p.accountId()) || p.isLot() && summarised.contains(p.instrument().symbol()))
            {
                continue;
            }
            out.add(new BrokerPosition(p.instrument().symbol(), p.quantity(), p.instrument().isOption()));
        }
        Long cash = null;
        for (final FlexCashBalance b : report.cashReport())
        {
            if (accountId.equals(b.accountId()) && "USD".equals(b.currency()))
            {
                cash = b.endingCashMicros();
            }
        }
        return new BrokerSnapshot("ibkr", accountId, out, cash);
    }
}
