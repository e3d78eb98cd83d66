package com.quantmatrix.engine.pipeline;

import com.quantmatrix.engine.event.MarketEvent;

/**
 * One business stage of the pipeline. The same stage object runs in the fused layout (all stages
 * called in order by one handler thread) and in the staged layout (one Disruptor handler thread per
 * stage, each gated on the previous), so a stage must only read fields written by earlier stages.
 *
 * <p>Batching contract: {@code endOfBatch} is true on the last event the ring hands over in one
 * batch; a stage that buffers work (e.g. flushing outbound orders) does it then, so bursts cost one
 * flush while a lone event still goes out at once.
 *
 * <p>Hot path rules: no allocation, no locks, no logging, no wall clock. Throwing is allowed but is
 * treated as a fault: counted, journaled, and trading halts.
 */
public interface Stage
{
    String name();

    void onEvent(MarketEvent event, long sequence, boolean endOfBatch);

    /** On the stage's own thread before the first event (create thread-bound resources here). */
    /**
     * Whether the stage sees events whose input was rejected (event.inputReject != 0). Business
     * stages do not (the pipeline skips them); validation and journal stages do.
     */
    default boolean handlesRejected()
    {
        return false;
    }

    default void onStart()
    {
    }

    default void onShutdown()
    {
    }
}
