package com.quantmatrix.adapters.ibkr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A corporate action that changed a holding (split, merger, tender, spin-off...): IB's type code
 * (e.g. TC = tender/merger cash, FS = forward split), signed quantity, and money in micros.
 */
public record FlexCorporateAction(
    String accountId,
    String currency,
    FlexInstrument instrument,
    String type,
    LocalDateTime dateTime,
    LocalDate reportDate,
    BigDecimal quantity,
    long amountMicros,
    long proceedsMicros,
    long valueMicros,
    long realizedPnlMicros,
    String transactionId)
{
    static FlexCorporateAction from(final FlexRow r)
    {
        final BigDecimal q = r.decimal("quantity");
        return new FlexCorporateAction(
            r.text("accountId"),
            r.text("currency"),
            FlexInstrument.from(r),
            r.text("type"),
            r.when(),
            r.date("reportDate"),
            q == null ? BigDecimal.ZERO : q,
            r.micros("amount"),
            r.micros("proceeds"),
            r.micros("value"),
            r.micros("fifoPnlRealized"),
            r.text("transactionID"));
    }
}
