package com.quantmatrix.engine.event;

/**
 * Kinds of {@link EventType#BROKER_REPORT}: what a broker said about one of our orders, or
 * {@link #HEARTBEAT}: that it answered at all (the health watch's sign of life; about no order).
 */
public final class BrokerReport
{
    public static final int NONE = 0;
    public static final int ACKNOWLEDGED = 1;
    public static final int PARTIAL_FILL = 2;
    public static final int FILL = 3;
    public static final int CANCELLED = 4;
    public static final int REJECTED = 5;
    public static final int EXPIRED = 6;
    /** The broker answered (its streamer's heartbeat reply, or a REST call): no order, only a sign of life. */
    public static final int HEARTBEAT = 7;

    private BrokerReport()
    {
    }

    public static String name(final int kind)
    {
        switch (kind)
        {
            case ACKNOWLEDGED: return "ACKNOWLEDGED";
            case PARTIAL_FILL: return "PARTIAL_FILL";
            case FILL: return "FILL";
            case CANCELLED: return "CANCELLED";
            case REJECTED: return "REJECTED";
            case EXPIRED: return "EXPIRED";
            case HEARTBEAT: return "HEARTBEAT";
            default: return "NONE";
        }
    }
}
