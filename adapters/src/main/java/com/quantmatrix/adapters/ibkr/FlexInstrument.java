package com.quantmatrix.adapters.ibkr;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a Flex row is about: asset category (STK, OPT, FUT, FOP, CASH, ...), symbol (US options in
 * the OCC padded form, e.g. {@code VXX   110917C00005000}), and the option terms when it is one.
 */
public record FlexInstrument(
    String assetCategory,
    String symbol,
    String description,
    String conid,
    String underlyingSymbol,
    BigDecimal multiplier,
    BigDecimal strike,
    LocalDate expiry,
    String putCall)
{
    static FlexInstrument from(final FlexRow r)
    {
        final BigDecimal multiplier = r.decimal("multiplier");
        return new FlexInstrument(
            r.text("assetCategory"),
            r.raw("symbol"),
            r.text("description"),
            r.text("conid"),
            r.text("underlyingSymbol"),
            multiplier == null ? BigDecimal.ONE : multiplier,
            r.decimal("strike"),
            r.date("expiry"),
            r.text("putCall"));
    }

    public boolean isOption()
    {
        return "OPT".equals(assetCategory) || "FOP".equals(assetCategory);
    }
}
