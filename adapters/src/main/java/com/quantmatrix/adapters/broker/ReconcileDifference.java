package com.quantmatrix.adapters.broker;

import java.math.BigDecimal;

/** One disagreement between broker and engine. Quantities signed; cash in micros for CASH. */
public record ReconcileDifference(Kind kind, String symbol, BigDecimal brokerQuantity, BigDecimal engineQuantity)
{
    /** How broker and engine differ. */
    public enum Kind
    {
        /** The broker holds it, the engine does not know it. */
        UNKNOWN_TO_ENGINE,
        /** The engine thinks it holds it, the broker has nothing. */
        MISSING_AT_BROKER,
        /** Both hold it, in different amounts. */
        QUANTITY_MISMATCH,
        /** Cash differs by more than the tolerance (quantities are dollars here). */
        CASH_MISMATCH
    }

    /** One line for people: "AAPL  240315C00180000: broker 2, engine 3 (QUANTITY_MISMATCH)". */
    public String describe()
    {
        if (kind == Kind.CASH_MISMATCH)
        {
            return "cash: broker " + brokerQuantity.toPlainString() + ", engine " + engineQuantity.toPlainString() + " (" + kind + ")";
        }
        return symbol + ": broker " + brokerQuantity.stripTrailingZeros().toPlainString() + ", engine "
            + engineQuantity.stripTrailingZeros().toPlainString() + " (" + kind + ")";
    }
}
