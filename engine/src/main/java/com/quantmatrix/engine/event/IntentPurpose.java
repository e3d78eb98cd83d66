package com.quantmatrix.engine.event;

/** Why an order intent exists; journaled with it, and the close reason of the trade it closes. */
public final class IntentPurpose
{
    public static final int OPEN = 1;
    public static final int STOP_LOSS = 2;
    public static final int PROFIT_TARGET = 3;
    public static final int TIME_STOP = 4;
    public static final int VOLATILITY_STOP = 5;
    public static final int SIGNAL_EXIT = 6;
    public static final int FLATTEN = 7;
    public static final int CANCEL = 8;
    public static final int REPRICE = 9;

    private IntentPurpose()
    {
    }

    public static boolean reducesPosition(final int purpose)
    {
        return purpose != OPEN && purpose != REPRICE;
    }

    public static String name(final int purpose)
    {
        switch (purpose)
        {
            case OPEN: return "OPEN";
            case STOP_LOSS: return "STOP_LOSS";
            case PROFIT_TARGET: return "PROFIT_TARGET";
            case TIME_STOP: return "TIME_DECAY";
            case VOLATILITY_STOP: return "VOLATILITY_STOP";
            case SIGNAL_EXIT: return "SIGNAL_EXIT";
            case FLATTEN: return "FLATTEN";
            case CANCEL: return "CANCEL";
            case REPRICE: return "REPRICE";
            default: return "NONE";
        }
    }
}
