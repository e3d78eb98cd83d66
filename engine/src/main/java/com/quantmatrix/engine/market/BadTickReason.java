package com.quantmatrix.engine.market;

import com.quantmatrix.engine.event.Reasons;

/**
 * Why the market stage refused an input (codes 100-199 of {@link Reasons}). Every refusal is counted
 * in the engine's ReasonCounters and written to the event's inputReject, so the journal keeps it.
 */
public final class BadTickReason
{
    /** A price is NaN or infinite. */
    public static final int NON_FINITE = 101;
    /** A price is zero or negative. */
    public static final int NON_POSITIVE_PRICE = 102;
    public static final int HIGH_BELOW_LOW = 103;
    public static final int OPEN_OUTSIDE_RANGE = 104;
    public static final int CLOSE_OUTSIDE_RANGE = 105;
    public static final int NEGATIVE_VOLUME = 106;
    /** A bar with no volume carries no trade (vendors repeat the last price): configurable. */
    public static final int ZERO_VOLUME = 107;
    /** The price jumped many ATRs from the last accepted one: held until the next print says whether it reverses. */
    public static final int JUMP_UNCONFIRMED = 108;
    /** A held jump was followed by a print back near the old level: it was a spike and is dropped for good. */
    public static final int SPIKE_REVERSED = 109;
    /** The high or the low sits many ATRs beyond both open and close: a spike that reversed within the bar. */
    public static final int WICK_SPIKE = 110;
    /** A daily bar dated on or before the last one applied (duplicate, or history overlapping live data). */
    public static final int STALE_BAR = 111;
    /** A quote with a non-positive side, a negative size, or bid above ask. */
    public static final int BAD_QUOTE = 112;
    /** A reference value (VIX, risk-free rate) that is not finite or out of its plausible range. */
    public static final int BAD_REFERENCE = 113;
    public static final int UNKNOWN_REFERENCE = 114;
    /** A symbol id outside the market state's capacity. */
    public static final int SYMBOL_OUT_OF_RANGE = 115;
    /** A bar length the bar builder cannot take (not a positive divisor of a day, nor a day). */
    public static final int UNSUPPORTED_BAR_LENGTH = 116;

    static
    {
        Reasons.define(NON_FINITE, "BAD_TICK_NON_FINITE");
        Reasons.define(NON_POSITIVE_PRICE, "BAD_TICK_NON_POSITIVE_PRICE");
        Reasons.define(HIGH_BELOW_LOW, "BAD_TICK_HIGH_BELOW_LOW");
        Reasons.define(OPEN_OUTSIDE_RANGE, "BAD_TICK_OPEN_OUTSIDE_RANGE");
        Reasons.define(CLOSE_OUTSIDE_RANGE, "BAD_TICK_CLOSE_OUTSIDE_RANGE");
        Reasons.define(NEGATIVE_VOLUME, "BAD_TICK_NEGATIVE_VOLUME");
        Reasons.define(ZERO_VOLUME, "BAD_TICK_ZERO_VOLUME");
        Reasons.define(JUMP_UNCONFIRMED, "BAD_TICK_JUMP_UNCONFIRMED");
        Reasons.define(SPIKE_REVERSED, "BAD_TICK_SPIKE_REVERSED");
        Reasons.define(WICK_SPIKE, "BAD_TICK_WICK_SPIKE");
        Reasons.define(STALE_BAR, "BAD_TICK_STALE_BAR");
        Reasons.define(BAD_QUOTE, "BAD_TICK_BAD_QUOTE");
        Reasons.define(BAD_REFERENCE, "BAD_TICK_BAD_REFERENCE");
        Reasons.define(UNKNOWN_REFERENCE, "BAD_TICK_UNKNOWN_REFERENCE");
        Reasons.define(SYMBOL_OUT_OF_RANGE, "BAD_TICK_SYMBOL_OUT_OF_RANGE");
        Reasons.define(UNSUPPORTED_BAR_LENGTH, "BAD_TICK_UNSUPPORTED_BAR_LENGTH");
    }

    private BadTickReason()
    {
    }

    /** Forces the names to be registered (call from any class that emits these codes). */
    public static void register()
    {
        // the static initializer has run once this is called
    }
}
