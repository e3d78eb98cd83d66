package com.quantmatrix.engine.journal;

import java.util.concurrent.atomic.AtomicLong;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.bytes.BytesStore;
import net.openhft.chronicle.bytes.MappedBytesStore;
import net.openhft.posix.MAdviseFlag;
import net.openhft.posix.PosixAPI;

/**
 * Tells the kernel that the journal's memory-mapped chunks are written page by page, not read in
 * sequence: madvise(MADV_RANDOM) on each chunk an appender starts writing into.
 *
 * <p>Why: the queue file is sparse ahead of the write position, and a page fault on a file mapping
 * triggers the kernel's mmap read-around, which allocates and zeroes read_ahead_kb of page cache
 * in that one fault. With read_ahead_kb = 8192 (this project's machines) the writing thread
 * stopped for about 24 ms every 8 MB of journal (every 0.4 s at 100,000 events/s); with
 * MADV_RANDOM each fault costs one page. Measured in bench/README.md ("journal page faults").
 *
 * <p>Hot path: one reference comparison per append; the system call runs once per chunk (64 MB).
 * Not thread-safe: one instance per appender, used on the appender's thread.
 */
public final class ChunkAdvice
{
    private static final AtomicLong ADVISED = new AtomicLong();
    private static final AtomicLong FAILED = new AtomicLong();

    private final boolean enabled;
    private final JournalPretoucher pretoucher;
    private BytesStore<?, ?> lastStore;
    private MappedBytesStore lastMapped;
    private PosixAPI posix;

    /** @param pretoucher told where this appender's writes end (null: none, or not the lead appender) */
    public ChunkAdvice(final boolean enabled, final JournalPretoucher pretoucher)
    {
        this.enabled = enabled;
        this.pretoucher = pretoucher;
    }

    /** Call on the appender's thread before the first append (loads the native binding, which allocates). */
    public void onStart()
    {
        if (!enabled)
        {
            return;
        }
        try
        {
            posix = PosixAPI.posix();
        }
        catch (final Throwable t)
        {
            posix = null;
            FAILED.incrementAndGet();
        }
    }

    /** Call after an append with the bytes it wrote into; advises the chunk the first time it is seen. */
    public void afterAppend(final Bytes<?> bytes)
    {
        final BytesStore<?, ?> store = bytes.bytesStore();
        if (store != lastStore)
        {
            lastStore = store;
            lastMapped = store instanceof MappedBytesStore ? (MappedBytesStore)store : null;
            advise(store);
        }
        if (pretoucher != null && lastMapped != null)
        {
            pretoucher.onAppend(lastMapped, bytes.writePosition());
        }
    }

    private void advise(final BytesStore<?, ?> store)
    {
        if (posix == null || !(store instanceof MappedBytesStore))
        {
            return;
        }
        final MappedBytesStore mapped = (MappedBytesStore)store;
        try
        {
            final long start = mapped.start();
            final long address = mapped.addressForRead(start);
            // realCapacity is the file offset where the mapping ends, so its length is that minus start
            final long length = mapped.realCapacity() - start;
            final long aligned = address & ~4095L;
            if (length > 0 && posix.madvise(aligned, length + (address - aligned), MAdviseFlag.MADV_RANDOM) == 0)
            {
                ADVISED.incrementAndGet();
            }
            else
            {
                FAILED.incrementAndGet();
            }
        }
        catch (final RuntimeException ex)
        {
            FAILED.incrementAndGet();
        }
    }

    /** Chunks advised in this process (all appenders). */
    public static long advised()
    {
        return ADVISED.get();
    }

    /** Advice calls that failed in this process (the journal still works, only without the advice). */
    public static long failed()
    {
        return FAILED.get();
    }
}
