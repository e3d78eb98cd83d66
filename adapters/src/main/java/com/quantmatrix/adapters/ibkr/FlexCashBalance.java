package com.quantmatrix.adapters.ibkr;

/**
 * One line of the Cash Report: per currency (levelOfDetail Currency) or converted to the base
 * currency (currency BASE_SUMMARY). Money in micros.
 */
public record FlexCashBalance(
    String accountId,
    String currency,
    String levelOfDetail,
    long startingCashMicros,
    long endingCashMicros,
    long endingSettledCashMicros,
    long commissionsMicros,
    long dividendsMicros,
    long netTradesSalesMicros,
    long netTradesPurchasesMicros)
{
    public static final String BASE_SUMMARY = "BASE_SUMMARY";

    static FlexCashBalance from(final FlexRow r)
    {
        return new FlexCashBalance(
            r.text("accountId"),
            r.text("currency"),
            r.text("levelOfDetail"),
            r.micros("startingCash"),
            r.micros("endingCash"),
            r.micros("endingSettledCash"),
            r.micros("commissions"),
            r.micros("dividends"),
            r.micros("netTradesSales"),
            r.micros("netTradesPurchases"));
    }

    public boolean isBaseSummary()
    {
        return BASE_SUMMARY.equals(currency);
    }
}
