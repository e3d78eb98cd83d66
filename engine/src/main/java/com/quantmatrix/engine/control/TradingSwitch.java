package com.quantmatrix.engine.control;

import com.quantmatrix.engine.event.AdminCommand;

/**
 * The emergency stop as one volatile word, so the admin port can flip it from its own thread and the
 * pipeline sees it on the very next check, even under full load and before the journaled ADMIN event
 * reaches the risk stage. The risk stage also applies each ADMIN event here, so replaying a journal
 * reproduces the same state. Transitions are idempotent: halting twice counts as one halt.
 *
 * <p>Packed state (one volatile int, read atomically): bits 0-1 the mode, bit 2 "flatten requested".
 */
public final class TradingSwitch
{
    public static final int RUNNING = 0;
    /** Only orders that reduce an open position pass risk. */
    public static final int REDUCE_ONLY = 1;
    /** Nothing passes risk except flatten orders of a halt given with flatten. */
    public static final int HALTED = 2;

    private static final int MODE_MASK = 3;
    private static final int FLATTEN_BIT = 4;

    private volatile int word;
    /** Number of distinct halts so far; routing cancels everything working once per halt. */
    private volatile long haltCount;

    public int mode()
    {
        return word & MODE_MASK;
    }

    public boolean isHalted()
    {
        return (word & MODE_MASK) == HALTED;
    }

    public boolean isReduceOnly()
    {
        return (word & MODE_MASK) == REDUCE_ONLY;
    }

    /** True while halted with flatten: flatten intents (and only they) may pass. */
    public boolean flattenRequested()
    {
        final int w = word;
        return (w & MODE_MASK) == HALTED && (w & FLATTEN_BIT) != 0;
    }

    public long haltCount()
    {
        return haltCount;
    }

    /** Emergency stop; with flatten, open positions are closed as well. Called by the admin port directly. */
    public synchronized void halt(final boolean flatten)
    {
        final int next = HALTED | (flatten ? FLATTEN_BIT : 0);
        final int current = word;
        if ((current & MODE_MASK) != HALTED)
        {
            haltCount = haltCount + 1;
            word = next;
        }
        else if (flatten && (current & FLATTEN_BIT) == 0)
        {
            word = next;
        }
    }

    public synchronized void resume()
    {
        word = RUNNING;
    }

    public synchronized void reduceOnly()
    {
        word = REDUCE_ONLY;
    }

    /**
     * Applies a journaled ADMIN command (pipeline thread). No lock is taken when the command changes
     * nothing, which is the usual case when the port already set the switch directly.
     */
    public void apply(final int adminCommand, final long adminArg)
    {
        switch (adminCommand)
        {
            case AdminCommand.HALT:
                final boolean flatten = adminArg == 1;
                if (!isHalted() || (flatten && !flattenRequested()))
                {
                    halt(flatten);
                }
                break;
            case AdminCommand.RESUME:
                if (mode() != RUNNING)
                {
                    resume();
                }
                break;
            case AdminCommand.REDUCE_ONLY:
                if (mode() != REDUCE_ONLY)
                {
                    reduceOnly();
                }
                break;
            default:
                break;
        }
    }

    public static String modeName(final int mode)
    {
        switch (mode)
        {
            case REDUCE_ONLY: return "REDUCE_ONLY";
            case HALTED: return "HALTED";
            default: return "RUNNING";
        }
    }
}
