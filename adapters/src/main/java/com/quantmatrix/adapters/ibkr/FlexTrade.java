package com.quantmatrix.adapters.ibkr;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One execution from the Trades section ({@code <Trade>} rows at levelOfDetail EXECUTION), or one
 * closed tax lot ({@code <Lot>} rows). Quantity is signed (sells negative); money in micros of the
 * row's currency: proceeds (what the trade paid or received), commission (negative), net cash
 * (proceeds + commission + taxes; for futures the variation margin IB books on the day).
 */
public record FlexTrade(
    String accountId,
    String currency,
    BigDecimal fxRateToBase,
    FlexInstrument instrument,
    LocalDateTime dateTime,
    String buySell,
    BigDecimal quantity,
    BigDecimal tradePrice,
    long proceedsMicros,
    long commissionMicros,
    String commissionCurrency,
    long netCashMicros,
    long realizedPnlMicros,
    String openCloseIndicator,
    LocalDateTime openDateTime,
    String transactionId,
    String ibOrderId,
    String levelOfDetail)
{
    static FlexTrade from(final FlexRow r)
    {
        final BigDecimal fx = r.decimal("fxRateToBase");
        return new FlexTrade(
            r.text("accountId"),
            r.text("currency"),
            fx == null ? BigDecimal.ONE : fx,
            FlexInstrument.from(r),
            r.when(),
            r.text("buySell"),
            r.requiredDecimal("quantity"),
            r.decimal("tradePrice"),
            r.micros("proceeds"),
            r.micros("ibCommission"),
            r.text("ibCommissionCurrency"),
            r.micros("netCash"),
            r.micros("fifoPnlRealized"),
            r.text("openCloseIndicator"),
            r.dateTime("openDateTime"),
            r.text("transactionID"),
            r.text("ibOrderID"),
            r.text("levelOfDetail"));
    }
}
