package com.quantmatrix.engine.broker;

/**
 * A venue whose order book lives in this process (the paper broker) and so is lost with it. After
 * a recovery, in which the venue is never called, the order manager hands it back the orders that
 * the journal says are still working. A remote venue keeps its own book and is not restorable.
 */
public interface RestorableVenue extends ExecutionVenue
{
    /**
     * Re-creates a working order silently (no report: the journal already holds its past reports).
     *
     * @param cancelRequestedAtNanos when a cancel was sent that the venue has not answered yet, -1 for none
     */
    void restore(
        long clientOrderId,
        int contractId,
        int side,
        long qty,
        long filledQty,
        long limitMicros,
        long submitTimeNanos,
        boolean acknowledged,
        long cancelRequestedAtNanos);
}
