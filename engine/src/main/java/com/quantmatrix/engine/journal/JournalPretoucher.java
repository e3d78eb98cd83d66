package com.quantmatrix.engine.journal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import net.openhft.chronicle.bytes.MappedBytesStore;
import net.openhft.chronicle.core.io.ReferenceOwner;
import net.openhft.posix.PosixAPI;

/**
 * Takes the journal's page faults off the pipeline thread: a thread of its own keeps the pages
 * ahead of the writer populated with madvise(MADV_POPULATE_WRITE), which faults them in (page
 * cache allocated and zeroed, page tables writable) without writing a byte of content, so the
 * appends that follow find their pages mapped.
 *
 * <p>Why: even with {@link ChunkAdvice} each new 4 KB page of journal costs the writer a fault
 * (allocation, zeroing, the filesystem's reservation), about one event in fifty at 100,000 events/s,
 * which is the load test's p99. On a machine where the pipeline shares one CPU with the feed
 * and the other CPU idles, the faults move to the idle one.
 *
 * <p>Contract: {@link #onAppend} from ONE writer thread (the input journal stage), after each
 * append: a reference compare and an ordered store, no allocation. The pretoucher reserves the
 * chunk it works on (so Chronicle cannot unmap it under it) and releases the previous one when the
 * writer has moved on (the unmap itself runs on Chronicle's background resource releaser).
 */
public final class JournalPretoucher implements AutoCloseable
{
    /** Linux 5.14+: populate (prefault) page tables writable. */
    private static final int MADV_POPULATE_WRITE = 23;
    private static final long PAGE = 4096;
    private static final long STEP = 256 * 1024;
    /** The longest pause while the writer is idle (a 24/7 engine on a weekend): 100 wake-ups a second. */
    private static final long MAX_IDLE_NANOS = 10_000_000;
    private static final AtomicLong POPULATED = new AtomicLong();
    private static final AtomicLong FAILED = new AtomicLong();

    private final long aheadBytes;
    private final long idleNanos;
    private final ReferenceOwner owner = ReferenceOwner.temporary("qm-journal-pretouch");
    private final AtomicLong position = new AtomicLong();
    private volatile MappedBytesStore store;
    private volatile boolean running = true;
    private final Thread thread;

    // pretoucher thread only
    private MappedBytesStore held;
    private long heldBase;
    private long heldStart;
    private long heldEnd;
    private long populatedUpTo;
    private PosixAPI posix;

    /**
     * @param aheadBytes how far beyond the writer to keep populated
     * @param idleNanos  the pause between two rounds
     */
    public JournalPretoucher(final long aheadBytes, final long idleNanos)
    {
        this.aheadBytes = aheadBytes;
        this.idleNanos = idleNanos;
        this.thread = new Thread(this::run, "qm-journal-pretouch");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Writer thread, after an append: the chunk written into and the file offset reached. */
    public void onAppend(final MappedBytesStore written, final long writePosition)
    {
        if (written != store)
        {
            store = written;
        }
        position.lazySet(writePosition);
    }

    private void run()
    {
        try
        {
            posix = PosixAPI.posix();
        }
        catch (final Throwable t)
        {
            FAILED.incrementAndGet();
            return;
        }
        long idle = idleNanos;
        while (running)
        {
            final MappedBytesStore s = store;
            if (s != null && s != held)
            {
                adopt(s);
            }
            final boolean worked = held != null && populate();
            // back off while the writer is quiet; the distance ahead covers the pause at any realistic rate
            idle = worked ? idleNanos : Math.min(idle * 2, MAX_IDLE_NANOS);
            LockSupport.parkNanos(idle);
        }
        releaseHeld();
    }

    private void adopt(final MappedBytesStore s)
    {
        try
        {
            if (!s.tryReserve(owner))
            {
                return;
            }
        }
        catch (final RuntimeException ex)
        {
            return; // released and closed already: the writer has moved on, the next round sees where
        }
        releaseHeld();
        held = s;
        heldStart = s.start();
        heldEnd = s.realCapacity();
        heldBase = s.addressForRead(heldStart);
        populatedUpTo = heldStart;
    }

    /** Populates up to the distance ahead of the writer; true when there was anything to do. */
    private boolean populate()
    {
        final long writer = Math.max(position.get(), heldStart);
        long from = Math.max(populatedUpTo, writer) & ~(PAGE - 1);
        final long to = Math.min(writer + aheadBytes, heldEnd) & ~(PAGE - 1);
        final boolean work = from < to;
        while (from < to && running)
        {
            final long len = Math.min(STEP, to - from);
            if (posix.madvise(heldBase + (from - heldStart), len, MADV_POPULATE_WRITE) == 0)
            {
                POPULATED.addAndGet(len);
            }
            else
            {
                FAILED.incrementAndGet();
            }
            from += len;
            populatedUpTo = from;
        }
        return work;
    }

    private void releaseHeld()
    {
        if (held != null)
        {
            try
            {
                held.release(owner);
            }
            catch (final RuntimeException ignored)
            {
                // closed with the queue already
            }
            held = null;
        }
    }

    /** Bytes populated ahead of writers in this process. */
    public static long populated()
    {
        return POPULATED.get();
    }

    /** madvise calls that failed (the journal works the same, with its own faults). */
    public static long failed()
    {
        return FAILED.get();
    }

    /** Stops the thread and releases the chunk it holds; call before the queue closes. */
    @Override
    public void close()
    {
        running = false;
        LockSupport.unpark(thread);
        try
        {
            thread.join(5_000);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
    }
}
