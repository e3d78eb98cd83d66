package com.quantmatrix.adapters.polygon;

import java.util.Map;

/** /v1/marketstatus/now: overall market state ("open", "closed", "extended-hours") and per exchange. */
public record MarketStatus(
    String market,
    boolean earlyHours,
    boolean afterHours,
    String serverTime,
    Map<String, String> exchanges)
{
    public boolean isOpen()
    {
        return "open".equals(market);
    }
}
