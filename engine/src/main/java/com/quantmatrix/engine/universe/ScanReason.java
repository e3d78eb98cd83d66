package com.quantmatrix.engine.universe;

import com.quantmatrix.engine.event.Reasons;

/**
 * Why a grouped-daily row or a whole response was not used (reason codes 700-719, claimed by the
 * universe scan; counted per snapshot in {@link GroupedDailySnapshot#rejected(int)}).
 */
public final class ScanReason
{
    public static final int FIRST = 700;
    /** The response is not well-formed JSON (truncated, garbage): nothing from it is ranked. */
    public static final int MALFORMED_RESPONSE = 700;
    /** The response has no "results" array (an error body, an empty day). */
    public static final int NO_RESULTS = 701;
    public static final int MISSING_TICKER = 702;
    /** Open, high, low or close missing, NaN, zero or negative, or high below low. */
    public static final int BAD_PRICE = 703;
    public static final int BAD_VOLUME = 704;
    /** The symbol table is full: the symbol cannot get an id. */
    public static final int SYMBOL_TABLE_FULL = 705;
    public static final int LAST = 705;

    static
    {
        Reasons.define(MALFORMED_RESPONSE, "SCAN_MALFORMED_RESPONSE");
        Reasons.define(NO_RESULTS, "SCAN_NO_RESULTS");
        Reasons.define(MISSING_TICKER, "SCAN_MISSING_TICKER");
        Reasons.define(BAD_PRICE, "SCAN_BAD_PRICE");
        Reasons.define(BAD_VOLUME, "SCAN_BAD_VOLUME");
        Reasons.define(SYMBOL_TABLE_FULL, "SCAN_SYMBOL_TABLE_FULL");
    }

    private ScanReason()
    {
    }

    /** Forces the names to be registered with {@link Reasons}. */
    public static String name(final int code)
    {
        return Reasons.name(code);
    }
}
