package com.quantmatrix.adapters.ibkr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A cash movement that is not a trade: dividends, interest, withholding tax, fees, deposits. Amount in micros. */
public record FlexCashTransaction(
    String accountId,
    String currency,
    BigDecimal fxRateToBase,
    FlexInstrument instrument,
    String type,
    LocalDateTime dateTime,
    LocalDate reportDate,
    long amountMicros,
    String transactionId)
{
    static FlexCashTransaction from(final FlexRow r)
    {
        final BigDecimal fx = r.decimal("fxRateToBase");
        if (r.decimal("amount") == null)
        {
            throw new IllegalArgumentException("CashTransaction.amount is missing");
        }
        return new FlexCashTransaction(
            r.text("accountId"),
            r.text("currency"),
            fx == null ? BigDecimal.ONE : fx,
            FlexInstrument.from(r),
            r.text("type"),
            r.when(),
            r.date("reportDate"),
            r.micros("amount"),
            r.text("transactionID"));
    }
}
