package com.quantmatrix.adapters.ibkr;

import com.quantmatrix.adapters.broker.BrokerSnapshot;

/** Test access to the IBKR snapshot of the real element rows. */
public final class FlexSnapshotAccess
{
    private FlexSnapshotAccess()
    {
    }

    public static BrokerSnapshot elementsSnapshot(final String account)
    {
        return FlexSnapshot.of(FlexStatementParser.parse(FlexElementsStatement.xml()), account);
    }
}
