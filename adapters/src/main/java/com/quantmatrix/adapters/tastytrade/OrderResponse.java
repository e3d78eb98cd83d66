package com.quantmatrix.adapters.tastytrade;

import com.quantmatrix.adapters.json.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The reply to a placement or a dry run: the order, warnings, the buying-power change and the
 * total fees (micros; negative = we pay, as tastytrade's "-effect" Debit says).
 */
public record OrderResponse(TastyOrder order, List<String> warnings, long buyingPowerChangeMicros, long totalFeesMicros)
{
    static OrderResponse from(final JsonNode data)
    {
        final List<String> warnings = new ArrayList<>();
        for (final JsonNode w : data.get("warnings").elements())
        {
            warnings.add(w.isObject() ? w.get("code").text("") + ": " + w.get("message").text("") : w.text(""));
        }
        final JsonNode bp = data.get("buying-power-effect");
        final JsonNode fees = data.get("fee-calculation");
        return new OrderResponse(TastyOrder.from(data.get("order")), warnings,
            TastyBalance.signed(bp, "change-in-buying-power", "change-in-buying-power-effect"),
            TastyBalance.signed(fees, "total-fees", "total-fees-effect"));
    }
}
