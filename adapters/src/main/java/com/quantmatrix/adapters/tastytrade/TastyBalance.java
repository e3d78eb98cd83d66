package com.quantmatrix.adapters.tastytrade;

import com.quantmatrix.adapters.json.JsonNode;

/** The balances the engine reconciles and sizes with ({@code GET /accounts/{n}/balances}); money in micros. */
public record TastyBalance(
    String accountNumber,
    String currency,
    long cashBalanceMicros,
    long netLiquidatingValueMicros,
    long equityBuyingPowerMicros,
    long derivativeBuyingPowerMicros,
    long maintenanceRequirementMicros,
    long pendingCashMicros)
{
    static TastyBalance from(final JsonNode d)
    {
        return new TastyBalance(
            d.get("account-number").text(),
            d.get("currency").text("USD"),
            d.get("cash-balance").micros(0),
            d.get("net-liquidating-value").micros(0),
            d.get("equity-buying-power").micros(0),
            d.get("derivative-buying-power").micros(0),
            d.get("maintenance-requirement").micros(0),
            signed(d, "pending-cash", "pending-cash-effect"));
    }

    /** tastytrade sends amounts unsigned with an "-effect" of Debit, Credit or None. */
    static long signed(final JsonNode d, final String amount, final String effect)
    {
        final long v = d.get(amount).micros(0);
        return "Debit".equalsIgnoreCase(d.get(effect).text("")) ? -Math.abs(v) : v;
    }
}
