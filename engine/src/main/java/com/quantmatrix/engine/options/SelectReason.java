package com.quantmatrix.engine.options;

import com.quantmatrix.engine.event.Reasons;

/**
 * Reason codes of the options concern (200-299): why the selector rejected a contract, why no
 * implied volatility fits a price, why an option symbol is malformed. Each is counted in
 * {@link com.quantmatrix.engine.stats.ReasonCounters}, so "why was nothing traded" has an answer.
 */
public final class SelectReason
{
    // ---- selector rules, in the order they are checked (cheap first)
    /** The chain of the underlying has no option contract at all. */
    public static final int NO_CHAIN = 200;
    /** A call for a bearish signal or a put for a bullish one. */
    public static final int WRONG_RIGHT = 201;
    /** No two-sided quote (bid <= 0, ask <= 0 or ask < bid). */
    public static final int NO_QUOTE = 202;
    /** The quote is older than the configured maximum age. */
    public static final int STALE_QUOTE = 203;
    public static final int DTE_OUT_OF_RANGE = 204;
    public static final int STRIKE_OUT_OF_RANGE = 205;
    public static final int SPREAD_TOO_WIDE = 206;
    public static final int VOLUME_TOO_LOW = 207;
    public static final int OPEN_INTEREST_TOO_LOW = 208;
    /** Neither the engine nor the vendor has an implied volatility for the contract. */
    public static final int NO_IV = 209;
    public static final int DELTA_OUT_OF_RANGE = 210;
    public static final int THETA_TOO_NEGATIVE = 211;
    public static final int GAMMA_NOT_POSITIVE = 212;
    public static final int IV_RANK_TOO_HIGH = 213;
    /** Fewer days of at-the-money IV history than the rank needs, with the policy set to reject. */
    public static final int IV_RANK_UNKNOWN = 214;
    public static final int RISK_REWARD_TOO_LOW = 215;
    public static final int POP_TOO_LOW = 216;
    /** No spot price (no stock quote and no market view price) for the underlying. */
    public static final int NO_SPOT = 217;
    /** Contracts passed every rule but the ranking kept only the best N (not a rule failure). */
    public static final int NOT_IN_TOP = 218;

    // ---- implied volatility: no volatility fits the price
    public static final int IV_BELOW_INTRINSIC = 230;
    public static final int IV_ABOVE_UPPER_BOUND = 231;
    public static final int IV_EXPIRED = 232;
    /** Price equals the exercise/intrinsic value: no time value, so any low volatility fits. */
    public static final int IV_AT_INTRINSIC = 233;
    public static final int IV_NO_CONVERGENCE = 234;
    public static final int IV_BAD_INPUT = 235;

    // ---- option symbols
    public static final int SYMBOL_BAD_LENGTH = 250;
    public static final int SYMBOL_BAD_PREFIX = 251;
    public static final int SYMBOL_BAD_ROOT = 252;
    public static final int SYMBOL_BAD_DATE = 253;
    public static final int SYMBOL_BAD_RIGHT = 254;
    public static final int SYMBOL_BAD_STRIKE = 255;

    // ---- quotes handled by the selection stage
    /** A modeled quote for a contract that has a real quote that day: the real chain wins. */
    public static final int MODELED_QUOTE_IGNORED = 270;
    /** The contract table is full. */
    public static final int CONTRACT_TABLE_FULL = 271;

    public static final int FIRST = 200;
    public static final int END = 300;

    static
    {
        Reasons.define(NO_CHAIN, "NO_CHAIN");
        Reasons.define(WRONG_RIGHT, "WRONG_RIGHT");
        Reasons.define(NO_QUOTE, "NO_QUOTE");
        Reasons.define(STALE_QUOTE, "STALE_QUOTE");
        Reasons.define(DTE_OUT_OF_RANGE, "DTE_OUT_OF_RANGE");
        Reasons.define(STRIKE_OUT_OF_RANGE, "STRIKE_OUT_OF_RANGE");
        Reasons.define(SPREAD_TOO_WIDE, "SPREAD_TOO_WIDE");
        Reasons.define(VOLUME_TOO_LOW, "VOLUME_TOO_LOW");
        Reasons.define(OPEN_INTEREST_TOO_LOW, "OPEN_INTEREST_TOO_LOW");
        Reasons.define(NO_IV, "NO_IV");
        Reasons.define(DELTA_OUT_OF_RANGE, "DELTA_OUT_OF_RANGE");
        Reasons.define(THETA_TOO_NEGATIVE, "THETA_TOO_NEGATIVE");
        Reasons.define(GAMMA_NOT_POSITIVE, "GAMMA_NOT_POSITIVE");
        Reasons.define(IV_RANK_TOO_HIGH, "IV_RANK_TOO_HIGH");
        Reasons.define(IV_RANK_UNKNOWN, "IV_RANK_UNKNOWN");
        Reasons.define(RISK_REWARD_TOO_LOW, "RISK_REWARD_TOO_LOW");
        Reasons.define(POP_TOO_LOW, "POP_TOO_LOW");
        Reasons.define(NO_SPOT, "NO_SPOT");
        Reasons.define(NOT_IN_TOP, "NOT_IN_TOP");
        Reasons.define(IV_BELOW_INTRINSIC, "IV_BELOW_INTRINSIC");
        Reasons.define(IV_ABOVE_UPPER_BOUND, "IV_ABOVE_UPPER_BOUND");
        Reasons.define(IV_EXPIRED, "IV_EXPIRED");
        Reasons.define(IV_AT_INTRINSIC, "IV_AT_INTRINSIC");
        Reasons.define(IV_NO_CONVERGENCE, "IV_NO_CONVERGENCE");
        Reasons.define(IV_BAD_INPUT, "IV_BAD_INPUT");
        Reasons.define(SYMBOL_BAD_LENGTH, "SYMBOL_BAD_LENGTH");
        Reasons.define(SYMBOL_BAD_PREFIX, "SYMBOL_BAD_PREFIX");
        Reasons.define(SYMBOL_BAD_ROOT, "SYMBOL_BAD_ROOT");
        Reasons.define(SYMBOL_BAD_DATE, "SYMBOL_BAD_DATE");
        Reasons.define(SYMBOL_BAD_RIGHT, "SYMBOL_BAD_RIGHT");
        Reasons.define(SYMBOL_BAD_STRIKE, "SYMBOL_BAD_STRIKE");
        Reasons.define(MODELED_QUOTE_IGNORED, "MODELED_QUOTE_IGNORED");
        Reasons.define(CONTRACT_TABLE_FULL, "CONTRACT_TABLE_FULL");
    }

    private SelectReason()
    {
    }

    /** Forces the static initializer (names registered) from code that only uses the int constants. */
    public static void register()
    {
        // the static block above has run by now
    }

    public static String name(final int code)
    {
        return Reasons.name(code);
    }
}
