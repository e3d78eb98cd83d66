package com.quantmatrix.engine.exit;

import com.quantmatrix.engine.event.IntentPurpose;
import com.quantmatrix.engine.event.Reasons;

/** Exit reason codes (500-599): why the exit stage asked to close (part of) a position. Counted per exit intent. */
public final class ExitReason
{
    public static final int STOP_LOSS = 501;
    public static final int PROFIT_TARGET = 502;
    public static final int TIME_STOP = 503;
    public static final int VOLATILITY_STOP = 504;
    public static final int SIGNAL_EXIT = 505;
    public static final int FLATTEN = 506;
    /** Closed ahead of expiry whatever its P&L (exit.expiry.close.days). */
    public static final int EXPIRY_CLOSE = 507;
    /** An exit was due but the contract had no two-sided quote to price it; retried on the next event. */
    public static final int NO_QUOTE = 590;
    /** An exit was due but the event's intent slots were full; retried on the next event. */
    public static final int INTENTS_FULL = 591;

    static
    {
        Reasons.define(STOP_LOSS, "EXIT_STOP_LOSS");
        Reasons.define(PROFIT_TARGET, "EXIT_PROFIT_TARGET");
        Reasons.define(TIME_STOP, "EXIT_TIME_STOP");
        Reasons.define(VOLATILITY_STOP, "EXIT_VOLATILITY_STOP");
        Reasons.define(SIGNAL_EXIT, "EXIT_SIGNAL");
        Reasons.define(FLATTEN, "EXIT_FLATTEN");
        Reasons.define(EXPIRY_CLOSE, "EXIT_EXPIRY_CLOSE");
        Reasons.define(NO_QUOTE, "EXIT_NO_QUOTE");
        Reasons.define(INTENTS_FULL, "EXIT_INTENTS_FULL");
    }

    private ExitReason()
    {
    }

    /** Forces the static initializer (reason names registered). */
    public static void register()
    {
    }

    /** The intent purpose an exit reason is journaled with. */
    public static int purpose(final int reason)
    {
        switch (reason)
        {
            case STOP_LOSS: return IntentPurpose.STOP_LOSS;
            case PROFIT_TARGET: return IntentPurpose.PROFIT_TARGET;
            case TIME_STOP:
            case EXPIRY_CLOSE: return IntentPurpose.TIME_STOP;
            case VOLATILITY_STOP: return IntentPurpose.VOLATILITY_STOP;
            case SIGNAL_EXIT: return IntentPurpose.SIGNAL_EXIT;
            case FLATTEN: return IntentPurpose.FLATTEN;
            default: return 0;
        }
    }
}
