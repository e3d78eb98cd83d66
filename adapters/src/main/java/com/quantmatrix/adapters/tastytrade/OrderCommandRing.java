package com.quantmatrix.adapters.tastytrade;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.MessageHandler;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.ringbuffer.ManyToOneRingBuffer;
import org.agrona.concurrent.ringbuffer.RingBufferDescriptor;

/**
 * The outbound queue between the engine's thread and the tastytrade adapter thread: submit and
 * cancel commands encoded as primitives into an Agrona ring buffer, so the engine never allocates,
 * locks or waits on I/O. When the ring is full the client order id goes to a small overflow list
 * the adapter reports as REJECTED (QUEUE_FULL), so no order is silently lost.
 */
final class OrderCommandRing
{
    static final int SUBMIT = 1;
    static final int CANCEL = 2;

    private static final int SUBMIT_LENGTH = 40;
    private static final int CANCEL_LENGTH = 16;
    private static final int OVERFLOW_SLOTS = 256;

    /** What the adapter thread does with each command. */
    interface Handler
    {
        void onSubmit(long clientOrderId, int contractId, int side, long qty, long limitMicros, long eventTimeNanos);

        void onCancel(long clientOrderId, long eventTimeNanos);

        void onOverflow(long clientOrderId);
    }

    private final ManyToOneRingBuffer ring;
    private final AtomicLongArray overflow = new AtomicLongArray(OVERFLOW_SLOTS);
    private final AtomicInteger overflowWritten = new AtomicInteger();
    private volatile int overflowRead;
    private Handler handler;
    private final MessageHandler decoder = this::decode;

    OrderCommandRing(final int capacityBytes)
    {
        ring = new ManyToOneRingBuffer(new UnsafeBuffer(ByteBuffer.allocateDirect(capacityBytes + RingBufferDescriptor.TRAILER_LENGTH)));
    }

    /** Engine thread: false when the ring was full (the order is then reported as rejected). */
    boolean submit(final long clientOrderId, final int contractId, final int side, final long qty, final long limitMicros, final long eventTimeNanos)
    {
        final int i = ring.tryClaim(SUBMIT, SUBMIT_LENGTH);
        if (i <= 0)
        {
            overflow(clientOrderId);
            return false;
        }
        final MutableDirectBuffer b = ring.buffer();
        b.putLong(i, clientOrderId);
        b.putInt(i + 8, contractId);
        b.putInt(i + 12, side);
        b.putLong(i + 16, qty);
        b.putLong(i + 24, limitMicros);
        b.putLong(i + 32, eventTimeNanos);
        ring.commit(i);
        return true;
    }

    /** Engine thread. */
    boolean cancel(final long clientOrderId, final long eventTimeNanos)
    {
        final int i = ring.tryClaim(CANCEL, CANCEL_LENGTH);
        if (i <= 0)
        {
            return false;
        }
        final MutableDirectBuffer b = ring.buffer();
        b.putLong(i, clientOrderId);
        b.putLong(i + 8, eventTimeNanos);
        ring.commit(i);
        return true;
    }

    private void overflow(final long clientOrderId)
    {
        final int n = overflowWritten.get();
        if (n - overflowRead < OVERFLOW_SLOTS)
        {
            overflow.set(n % OVERFLOW_SLOTS, clientOrderId);
            overflowWritten.lazySet(n + 1);
        }
    }

    /** Adapter thread: hands every waiting command to the handler; returns how many. */
    int drain(final Handler h)
    {
        handler = h;
        int n = 0;
        final int written = overflowWritten.get();
        while (overflowRead < written)
        {
            h.onOverflow(overflow.get(overflowRead % OVERFLOW_SLOTS));
            overflowRead++;
            n++;
        }
        return n + ring.read(decoder);
    }

    private void decode(final int type, final MutableDirectBuffer b, final int i, final int length)
    {
        if (type == SUBMIT)
        {
            handler.onSubmit(b.getLong(i), b.getInt(i + 8), b.getInt(i + 12), b.getLong(i + 16), b.getLong(i + 24), b.getLong(i + 32));
        }
        else if (type == CANCEL)
        {
            handler.onCancel(b.getLong(i), b.getLong(i + 8));
        }
    }
}
