package com.quantmatrix.adapters.broker;

import java.math.BigDecimal;

/**
 * A holding as a broker reports it: symbol (OCC form for options, root padded or not), signed
 * quantity (short negative; fractional shares possible), and whether it is an option.
 */
public record BrokerPosition(String symbol, BigDecimal quantity, boolean option)
{
    /** The comparison key: an OCC symbol without its padding ("AAPL  240315C00180000" and "AAPL240315C00180000" match). */
    public static String key(final String symbol)
    {
        return symbol == null ? "" : symbol.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }
}
