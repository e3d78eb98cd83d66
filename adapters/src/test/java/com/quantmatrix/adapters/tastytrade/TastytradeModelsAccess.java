package com.quantmatrix.adapters.tastytrade;

import com.quantmatrix.adapters.broker.BrokerSnapshot;
import com.quantmatrix.adapters.json.JsonNode;

/** Test access to the package-private model parsers, for tests in other packages. */
public final class TastytradeModelsAccess
{
    private TastytradeModelsAccess()
    {
    }

    public static BrokerSnapshot snapshot(final String positionsReply, final String balancesReply)
    {
        final JsonNode pos = JsonNode.parse(positionsReply).get("data");
        final TastyBalance bal = TastyBalance.from(JsonNode.parse(balancesReply).get("data"));
        return TastySnapshot.of("5WX06827", TastyPosition.listFrom(pos), bal);
    }
}
