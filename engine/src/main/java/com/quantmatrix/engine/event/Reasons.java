package com.quantmatrix.engine.event;

/**
 * Reason codes for every rejection the engine makes, one int space so that one counter array and
 * one journal field serve all stages. Each concern owns a range and names its codes in its own
 * class; {@link #name(int)} dispatches by range.
 *
 * <pre>
 *   1- 99  input validation (this class)
 * 100-199  bad-tick filter          (market)
 * 200-299  option selection         (options.SelectReason)
 * 300-399  pre-trade risk           (risk.RiskReason)
 * 400-499  order/broker rejects     (broker)
 * 500-599  exits (why a position was closed)
 * 600-699  adapters (parse errors, faults)
 * 700-719  universe scan            (universe.ScanReason)
 * 900-999  engine faults
 * </pre>
 */
public final class Reasons
{
    public static final int MAX_CODE = 1000;

    public static final int OK = 0;
    public static final int UNKNOWN_SYMBOL = 1;
    public static final int NAN_VALUE = 2;
    public static final int NON_POSITIVE_PRICE = 3;
    public static final int OUT_OF_ORDER = 4;
    public static final int DUPLICATE = 5;
    public static final int UNKNOWN_TYPE = 6;
    public static final int CROSSED_QUOTE = 7;
    public static final int NEGATIVE_VOLUME = 8;
    public static final int BAD_OPTION_KEY = 9;
    public static final int BAD_ADMIN_COMMAND = 10;
    public static final int BAD_LATENCY_SAMPLE = 11;

    public static final int STAGE_EXCEPTION = 900;

    private static final String[] NAMES = new String[MAX_CODE];

    static
    {
        define(UNKNOWN_SYMBOL, "UNKNOWN_SYMBOL");
        define(NAN_VALUE, "NAN_VALUE");
        define(NON_POSITIVE_PRICE, "NON_POSITIVE_PRICE");
        define(OUT_OF_ORDER, "OUT_OF_ORDER");
        define(DUPLICATE, "DUPLICATE");
        define(UNKNOWN_TYPE, "UNKNOWN_TYPE");
        define(CROSSED_QUOTE, "CROSSED_QUOTE");
        define(NEGATIVE_VOLUME, "NEGATIVE_VOLUME");
        define(BAD_OPTION_KEY, "BAD_OPTION_KEY");
        define(BAD_ADMIN_COMMAND, "BAD_ADMIN_COMMAND");
        define(BAD_LATENCY_SAMPLE, "BAD_LATENCY_SAMPLE");
        define(STAGE_EXCEPTION, "STAGE_EXCEPTION");
    }

    private Reasons()
    {
    }

    /** Each reason class calls this from its static initializer for its own codes. */
    public static synchronized void define(final int code, final String name)
    {
        if (code <= 0 || code >= MAX_CODE)
        {
            throw new IllegalArgumentException("reason code out of range: " + code);
        }
        if (NAMES[code] != null && !NAMES[code].equals(name))
        {
            throw new IllegalStateException("reason code " + code + " defined twice: " + NAMES[code] + ", " + name);
        }
        NAMES[code] = name;
    }

    public static String name(final int code)
    {
        if (code == OK)
        {
            return "OK";
        }
        final String n = code > 0 && code < MAX_CODE ? NAMES[code] : null;
        return n != null ? n : "REASON_" + code;
    }
}
