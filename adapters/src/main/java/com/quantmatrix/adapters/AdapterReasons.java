package com.quantmatrix.adapters;

import com.quantmatrix.engine.event.Reasons;

/**
 * Rejection reason codes of the adapters (the 600-699 range of {@link Reasons}).
 * 600-629: market-data feeds (Polygon WebSocket frames). 630-699: free for other adapters
 * (brokers, notifications), which add their codes here.
 */
public final class AdapterReasons
{
    /** A feed event for a symbol the engine does not track (not in the SymbolTable). */
    public static final int FEED_UNKNOWN_SYMBOL = 601;
    /** A frame that is not valid JSON or was cut short; events after the fault in that frame are lost and counted here once. */
    public static final int FEED_MALFORMED_FRAME = 602;
    /** An event without a field it needs (symbol, price, timestamp). */
    public static final int FEED_MISSING_FIELD = 603;
    /** An option symbol that is not O:ROOTyymmdd[C|P]strike*1000. */
    public static final int FEED_BAD_OPTION_SYMBOL = 604;
    /** A numeric field whose value is not a number. */
    public static final int FEED_BAD_NUMBER = 605;

    static
    {
        Reasons.define(FEED_UNKNOWN_SYMBOL, "FEED_UNKNOWN_SYMBOL");
        Reasons.define(FEED_MALFORMED_FRAME, "FEED_MALFORMED_FRAME");
        Reasons.define(FEED_MISSING_FIELD, "FEED_MISSING_FIELD");
        Reasons.define(FEED_BAD_OPTION_SYMBOL, "FEED_BAD_OPTION_SYMBOL");
        Reasons.define(FEED_BAD_NUMBER, "FEED_BAD_NUMBER");
    }

    private AdapterReasons()
    {
    }

    /** Makes sure the names are registered (call once at start-up before printing reasons). */
    public static void register()
    {
        // The static initializer did the work.
    }
}
