package com.quantmatrix.engine.event;

/** Admin commands as they travel in the ring (journaled like any other input). */
public final class AdminCommand
{
    public static final int NONE = 0;
    /** Emergency stop: no new order from this event on; working orders cancelled. adminArg 1 = also flatten. */
    public static final int HALT = 1;
    public static final int RESUME = 2;
    /**
     * adminArg of a RESUME issued by the engine itself (the health watch clearing, a live run's
     * warm-up ending): it restores the trading mode only, and leaves a risk pause (losing streak) in
     * place, which only an operator's resume (adminArg 0) lifts.
     */
    public static final long RESUME_MODE_ONLY = 1;
    /** Only orders that reduce an open position pass risk. */
    public static final int REDUCE_ONLY = 3;
    /** Status/stats are answered from counters off the ring; they are journaled for the audit trail. */
    public static final int STATUS = 4;
    public static final int STATS = 5;

    private AdminCommand()
    {
    }

    public static String name(final int command)
    {
        switch (command)
        {
            case HALT: return "halt";
            case RESUME: return "resume";
            case REDUCE_ONLY: return "reduce-only";
            case STATUS: return "status";
            case STATS: return "stats";
            default: return "none";
        }
    }

    public static int parse(final String word)
    {
        switch (word)
        {
            case "halt": return HALT;
            case "resume": return RESUME;
            case "reduce-only": return REDUCE_ONLY;
            case "status": return STATUS;
            case "stats": return STATS;
            default: return NONE;
        }
    }
}
