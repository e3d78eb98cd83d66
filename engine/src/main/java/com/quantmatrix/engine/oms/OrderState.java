package com.quantmatrix.engine.oms;

/**
 * Order states: NEW -> SENT -> ACKNOWLEDGED -> PARTIALLY_FILLED -> FILLED, or CANCELLED, REJECTED,
 * EXPIRED. The last four are final.
 */
public final class OrderState
{
    public static final int NONE = 0;
    public static final int NEW = 1;
    public static final int SENT = 2;
    public static final int ACKNOWLEDGED = 3;
    public static final int PARTIALLY_FILLED = 4;
    public static final int FILLED = 5;
    public static final int CANCELLED = 6;
    public static final int REJECTED = 7;
    public static final int EXPIRED = 8;

    private OrderState()
    {
    }

    public static boolean isFinal(final int state)
    {
        return state >= FILLED;
    }

    public static String name(final int state)
    {
        switch (state)
        {
            case NEW: return "NEW";
            case SENT: return "SENT";
            case ACKNOWLEDGED: return "ACKNOWLEDGED";
            case PARTIALLY_FILLED: return "PARTIALLY_FILLED";
            case FILLED: return "FILLED";
            case CANCELLED: return "CANCELLED";
            case REJECTED: return "REJECTED";
            case EXPIRED: return "EXPIRED";
            default: return "NONE";
        }
    }
}
