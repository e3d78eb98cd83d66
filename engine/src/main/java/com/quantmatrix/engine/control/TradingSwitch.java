package com.quantmatrix.engine.control;

import com.quantmatrix.engine.event.AdminCommand;

/**
 * The emergency stop, in two layers so that it holds under full load AND replays exactly:
 * <ul>
 * <li>the REQUESTED state: one volatile word the admin port sets from its own thread the moment a
 * command arrives ({@link #halt}, {@link #resume}, {@link #reduceOnly});</li>
 * <li>the EFFECTIVE state: what every stage reads, owned by the pipeline thread. The
 * {@link ControlStage} adopts the requested state at the start of the next event (and that event's
 * decision records the observation in the journal); a journaled ADMIN event applies its command to
 * both layers ({@link #apply}).</li>
 * </ul>
 * So a halt takes effect on the very next event the pipeline handles, even with the ring full and
 * the ADMIN event thousands of slots behind, and a replay adopts it at the same event.
 *
 * <p>State word: bits 0-1 the mode, bit 2 "flatten requested". Transitions are idempotent: halting
 * twice counts as one halt.
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

    /** Set by the admin port (any thread). */
    private volatile int requested;
    /** Read by the stages (pipeline thread; other threads may read a slightly stale value). */
    private int effective;
    /** Distinct halts that took effect; routing cancels everything working once per halt. */
    private long haltCount;

    // ------------------------------------------------------------------ the pipeline's view

    public int mode()
    {
        return effective & MODE_MASK;
    }

    public boolean isHalted()
    {
        return (effective & MODE_MASK) == HALTED;
    }

    public boolean isReduceOnly()
    {
        return (effective & MODE_MASK) == REDUCE_ONLY;
    }

    /** True while halted with flatten: flatten intents (and only they) may pass. */
    public boolean flattenRequested()
    {
        return (effective & MODE_MASK) == HALTED && (effective & FLATTEN_BIT) != 0;
    }

    public long haltCount()
    {
        return haltCount;
    }

    /** The effective state word (what the journal records when a change is observed). */
    public int state()
    {
        return effective;
    }

    /**
     * Pipeline thread, once per event: adopts a state the admin port requested. Returns the adopted
     * state + 1 when it changed (for the journal), else 0.
     */
    public int observe()
    {
        final int r = requested;
        if (r == effective)
        {
            return 0;
        }
        adopt(r);
        return 1 + r;
    }

    /** Applies a journaled ADMIN command to both layers (pipeline thread). */
    public void apply(final int adminCommand, final long adminArg)
    {
        final int next;
        switch (adminCommand)
        {
            case AdminCommand.HALT:
                next = nextForHalt(effective, adminArg == 1);
                break;
            case AdminCommand.RESUME:
                next = RUNNING;
                break;
            case AdminCommand.REDUCE_ONLY:
                next = REDUCE_ONLY;
                break;
            default:
                return;
        }
        adopt(next);
        synchronized (this)
        {
            if (requested != next && sameIntent(adminCommand, requested))
            {
                return; // the port already asked for this (perhaps with flatten): keep its word
            }
            requested = next;
        }
    }

    private void adopt(final int next)
    {
        if ((next & MODE_MASK) == HALTED && (effective & MODE_MASK) != HALTED)
        {
            haltCount++;
        }
        effective = next;
    }

    private static boolean sameIntent(final int adminCommand, final int word)
    {
        final int mode = word & MODE_MASK;
        return adminCommand == AdminCommand.HALT ? mode == HALTED
            : adminCommand == AdminCommand.RESUME ? mode == RUNNING
            : mode == REDUCE_ONLY;
    }

    private static int nextForHalt(final int current, final boolean flatten)
    {
        final boolean alreadyFlatten = (current & MODE_MASK) == HALTED && (current & FLATTEN_BIT) != 0;
        return HALTED | (flatten || alreadyFlatten ? FLATTEN_BIT : 0);
    }

    // ------------------------------------------------------------------ the admin port's side

    /** Emergency stop; with flatten, open positions are closed as well. Any thread; effective on the next event. */
    public synchronized void halt(final boolean flatten)
    {
        requested = nextForHalt(requested, flatten);
    }

    public synchronized void resume()
    {
        requested = RUNNING;
    }

    public synchronized void reduceOnly()
    {
        requested = REDUCE_ONLY;
    }

    /** The requested mode (what the admin port last asked for). */
    public int requestedMode()
    {
        return requested & MODE_MASK;
    }

    /** Requests a recorded state word (journal replay re-applies an observed change). */
    public synchronized void request(final int state)
    {
        requested = state;
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
