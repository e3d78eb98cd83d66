package com.quantmatrix.engine.broker;

import com.quantmatrix.engine.event.Reasons;

/** Order and broker reason codes (400-499): venue rejects and order-management faults. */
public final class OrderReason
{
    public static final int INVALID_QUANTITY = 401;
    public static final int INVALID_PRICE = 402;
    public static final int UNKNOWN_CONTRACT = 403;
    public static final int NO_MARKET = 404;
    public static final int INSUFFICIENT_BUYING_POWER = 405;
    public static final int SHORT_NOT_ALLOWED = 406;
    public static final int CONTRACT_EXPIRED = 407;
    public static final int DUPLICATE_ORDER_ID = 408;
    public static final int UNKNOWN_ORDER = 409;
    public static final int ORDER_TABLE_FULL = 410;
    /** The order manager stopped re-pricing and cancelled (counted, not a venue reject). */
    public static final int GAVE_UP = 411;
    /** A venue reported more filled than the order's quantity (the fill is booked anyway: it happened). */
    public static final int OVERFILL = 412;
    /** A fill arrived after the order was final (cancel raced a fill at a remote venue); booked anyway. */
    public static final int LATE_FILL = 413;
    public static final int INVALID_SIDE = 414;
    /** A report of an unknown kind. */
    public static final int BAD_REPORT = 415;
    /** An accepted intent was dropped because the event's venue report slots were full (retried later by its stage). */
    public static final int REPORTS_FULL = 416;

    static
    {
        Reasons.define(INVALID_QUANTITY, "ORDER_INVALID_QUANTITY");
        Reasons.define(INVALID_PRICE, "ORDER_INVALID_PRICE");
        Reasons.define(UNKNOWN_CONTRACT, "ORDER_UNKNOWN_CONTRACT");
        Reasons.define(NO_MARKET, "ORDER_NO_MARKET");
        Reasons.define(INSUFFICIENT_BUYING_POWER, "ORDER_INSUFFICIENT_BUYING_POWER");
        Reasons.define(SHORT_NOT_ALLOWED, "ORDER_SHORT_NOT_ALLOWED");
        Reasons.define(CONTRACT_EXPIRED, "ORDER_CONTRACT_EXPIRED");
        Reasons.define(DUPLICATE_ORDER_ID, "ORDER_DUPLICATE_ID");
        Reasons.define(UNKNOWN_ORDER, "ORDER_UNKNOWN");
        Reasons.define(ORDER_TABLE_FULL, "ORDER_TABLE_FULL");
        Reasons.define(GAVE_UP, "ORDER_GAVE_UP");
        Reasons.define(OVERFILL, "ORDER_OVERFILL");
        Reasons.define(LATE_FILL, "ORDER_LATE_FILL");
        Reasons.define(INVALID_SIDE, "ORDER_INVALID_SIDE");
        Reasons.define(BAD_REPORT, "ORDER_BAD_REPORT");
        Reasons.define(REPORTS_FULL, "ORDER_REPORTS_FULL");
    }

    private OrderReason()
    {
    }

    /** Forces the static initializer (reason names registered) without other side effects. */
    public static void register()
    {
    }
}
