package com.quantmatrix.engine.oms;

/**
 * Deterministic client order ids: derived from the input event's edge and sequence number (each
 * edge numbers its own inputs) and the intent's index in that event, plus a generation for each
 * re-priced replacement. Replaying the same input (recovery, replay) produces the same ids, so the
 * same decision can never become a second order.
 *
 * <pre>
 *   bits 63..13  input sequence of its edge (up to 2^50)
 *   bits 12..11  edge (MarketEvent.SOURCE_*)
 *   bits 10..8   intent index in the event (0-7)
 *   bits  7..0   generation: 0 for the order the intent created, +1 per re-priced replacement
 * </pre>
 */
public final class ClientOrderIds
{
    public static final int MAX_GENERATION = 255;
    private static final long MAX_SEQ = (1L << 50) - 1;

    private ClientOrderIds()
    {
    }

    /**
     * The id of the order for intent {@code i} of an event. Every stage that adds an intent calls this,
     * so the derivation lives here only (when inputs carry their edge, the edge belongs in the id too).
     */
    public static long forIntent(final com.quantmatrix.engine.event.MarketEvent e, final int i)
    {
        return of(e.source, e.seq, i);
    }

    /** The id of the order for intent {@code intentIndex} of the market-data input with sequence {@code seq}. */
    public static long of(final long seq, final int intentIndex)
    {
        return of(0, seq, intentIndex);
    }

    /** The id of the order for intent {@code intentIndex} of the input {@code seq} of edge {@code source}. */
    public static long of(final int source, final long seq, final int intentIndex)
    {
        if (seq < 0 || seq > MAX_SEQ || intentIndex < 0 || intentIndex > 7 || source < 0 || source > 3)
        {
            throw new IllegalArgumentException("cannot derive a client order id from source " + source + " seq " + seq + " intent " + intentIndex);
        }
        return (seq << 13) | ((long)source << 11) | ((long)intentIndex << 8);
    }

    /** The id of the replacement of an order (one generation later). */
    public static long nextGeneration(final long coid)
    {
        if (generation(coid) == MAX_GENERATION)
        {
            throw new IllegalStateException("order " + coid + " re-priced too often");
        }
        return coid + 1;
    }

    public static long seq(final long coid)
    {
        return coid >>> 13;
    }

    public static int source(final long coid)
    {
        return (int)((coid >>> 11) & 3);
    }

    public static int intentIndex(final long coid)
    {
        return (int)((coid >>> 8) & 7);
    }

    public static int generation(final long coid)
    {
        return (int)(coid & 0xFF);
    }

    /** "seq.intent.generation" for logs and reports (off the hot path). */
    public static String format(final long coid)
    {
        return source(coid) + ":" + seq(coid) + "." + intentIndex(coid) + "." + generation(coid);
    }
}
