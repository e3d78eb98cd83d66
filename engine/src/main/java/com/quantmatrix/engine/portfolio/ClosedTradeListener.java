package com.quantmatrix.engine.portfolio;

/**
 * A position's round trip ended (it went flat): what the post-trade analysis records. Called on the
 * position stage's thread, once per round trip; scale-outs are inside it (exit price = average).
 *
 * <p>Units: times epoch nanos UTC (event time); prices per share (or per stock share) in micros;
 * {@code qty} the largest position held, signed (long > 0), in contracts or shares; {@code pnlMicros}
 * net realised P&L after {@code feesMicros} (every fee of the opens and the closes).
 */
@FunctionalInterface
public interface ClosedTradeListener
{
    /**
     * @param closeReason IntentPurpose of the fill that made the position flat, or
     *                    {@link Portfolio#CLOSE_EXPIRED} when it was settled at expiry
     */
    void onTradeClosed(
        int contractId,
        long openTimeNanos,
        long closeTimeNanos,
        long qty,
        long entryPriceMicros,
        long exitPriceMicros,
        long pnlMicros,
        long feesMicros,
        int closeReason);
}
