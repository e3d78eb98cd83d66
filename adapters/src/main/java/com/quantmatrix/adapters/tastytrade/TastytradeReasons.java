package com.quantmatrix.adapters.tastytrade;

import com.quantmatrix.engine.event.Reasons;

/**
 * Why the tastytrade venue rejected or could not place an order (reason codes 470-479 of the
 * order/broker range), carried in REJECTED broker reports.
 */
public final class TastytradeReasons
{
    /** tastytrade refused the order (preflight failure, buying power, invalid order): its message is logged. */
    public static final int BROKER_REFUSED = 470;
    /** No answer after every attempt, each preceded by a status check: the order was not placed. */
    public static final int BROKER_UNREACHABLE = 471;
    /** The engine's contract id has no OCC symbol in the contract table. */
    public static final int UNKNOWN_CONTRACT = 472;
    /** The outbound command ring was full: the order never left the engine. */
    public static final int QUEUE_FULL = 473;
    /** Login failed (credentials refused). */
    public static final int NOT_LOGGED_IN = 474;
    /** The engine sent an order that cannot be expressed (zero quantity, non-positive limit). */
    public static final int INVALID_ORDER = 475;

    static
    {
        Reasons.define(BROKER_REFUSED, "TASTYTRADE_REFUSED");
        Reasons.define(BROKER_UNREACHABLE, "TASTYTRADE_UNREACHABLE");
        Reasons.define(UNKNOWN_CONTRACT, "TASTYTRADE_UNKNOWN_CONTRACT");
        Reasons.define(QUEUE_FULL, "TASTYTRADE_QUEUE_FULL");
        Reasons.define(NOT_LOGGED_IN, "TASTYTRADE_NOT_LOGGED_IN");
        Reasons.define(INVALID_ORDER, "TASTYTRADE_INVALID_ORDER");
    }

    private TastytradeReasons()
    {
    }

    /** Loads the class, defining the names (call once at start-up). */
    public static void define()
    {
        // the static initializer does the work
    }
}
