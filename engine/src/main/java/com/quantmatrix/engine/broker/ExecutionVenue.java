package com.quantmatrix.engine.broker;

import com.quantmatrix.engine.event.MarketEvent;

/**
 * Where the order manager sends orders. Two kinds implement it:
 * <ul>
 * <li>the paper broker, a venue simulated in event time on the pipeline thread: it sees every
 * market event, and reports acks and fills straight to its {@link ReportListener}, so a backtest
 * is a pure function of its inputs;</li>
 * <li>a remote venue (tastytrade): the call only encodes the order into the outbound queue (the
 * ring never waits on I/O); the adapter thread sends it and its reports come back into the ring as
 * journaled BROKER_REPORT events.</li>
 * </ul>
 * Prices are fixed-point micros (1e-6 dollar). Client order ids are deterministic (derived from the
 * input sequence), so a retry or a recovery never creates a second order.
 */
public interface ExecutionVenue
{
    String name();

    /**
     * True for a venue simulated in event time inside the engine (the paper broker): its results
     * are a pure function of the inputs, so recovery re-simulates it instead of restoring it.
     */
    default boolean simulated()
    {
        return false;
    }

    void submit(long clientOrderId, int contractId, int side, long qty, long limitMicros, long eventTimeNanos);

    void cancel(long clientOrderId, long eventTimeNanos);

    /** Every market event, on the pipeline thread, after the stages that precede routing. */
    default void onMarketEvent(final MarketEvent event)
    {
    }

    /** Receives what a venue says about an order (on the pipeline thread). */
    interface ReportListener
    {
        /**
         * @param kind          BrokerReport kind
         * @param qty           filled quantity of this report (contracts or shares), 0 for non-fills
         * @param priceMicros   fill price per share/contract unit in micros
         * @param feeMicros     fees of this report in micros
         * @param reasonCode    reject reason code, 0 otherwise
         */
        void onReport(
            int kind,
            long clientOrderId,
            long qty,
            long priceMicros,
            long feeMicros,
            int reasonCode,
            long eventTimeNanos);
    }
}
