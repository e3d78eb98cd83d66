package com.quantmatrix.adapters.ibkr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An open position: a SUMMARY row per instrument, or a LOT row per tax lot (with the lot's open
 * time, its holding-period start and the order that opened it). Quantity is signed (short
 * negative); money in micros of the row's currency.
 */
public record FlexPosition(
    String accountId,
    String currency,
    BigDecimal fxRateToBase,
    FlexInstrument instrument,
    LocalDate reportDate,
    BigDecimal quantity,
    BigDecimal markPrice,
    long positionValueMicros,
    BigDecimal openPrice,
    BigDecimal costBasisPrice,
    long costBasisMoneyMicros,
    long unrealizedPnlMicros,
    String side,
    String levelOfDetail,
    LocalDateTime openDateTime,
    LocalDateTime holdingPeriodDateTime,
    String originatingOrderId,
    String originatingTransactionId)
{
    static FlexPosition from(final FlexRow r)
    {
        final BigDecimal fx = r.decimal("fxRateToBase");
        return new FlexPosition(
            r.text("accountId"),
            r.text("currency"),
            fx == null ? BigDecimal.ONE : fx,
            FlexInstrument.from(r),
            r.date("reportDate"),
            r.requiredDecimal("position"),
            r.decimal("markPrice"),
            r.micros("positionValue"),
            r.decimal("openPrice"),
            r.decimal("costBasisPrice"),
            r.micros("costBasisMoney"),
            r.micros("fifoPnlUnrealized"),
            r.text("side"),
            r.text("levelOfDetail"),
            r.dateTime("openDateTime"),
            r.dateTime("holdingPeriodDateTime"),
            r.text("originatingOrderID"),
            r.text("originatingTransactionID"));
    }

    /** A tax lot rather than a per-instrument summary. */
    public boolean isLot()
    {
        return "LOT".equals(levelOfDetail);
    }
}
