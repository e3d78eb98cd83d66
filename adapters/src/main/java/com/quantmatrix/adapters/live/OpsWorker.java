package com.quantmatrix.adapters.live;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.agrona.concurrent.ManyToOneConcurrentArrayQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that does the slow work the daily cycle and the health watch ask for (formatting
 * and posting Discord messages, the universe scan's download, admin commands into the ring), so the
 * pipeline thread only offers a task to a lock-free queue and goes on. A full queue drops the task
 * and counts it; a task that throws is logged and counted, and the worker goes on.
 */
public final class OpsWorker implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(OpsWorker.class);
    private static final long IDLE_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

    private final ManyToOneConcurrentArrayQueue<Runnable> queue;
    private final Thread thread;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong offered = new AtomicLong();
    private volatile boolean running = true;

    public OpsWorker(final String name, final int capacity)
    {
        queue = new ManyToOneConcurrentArrayQueue<>(capacity);
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a task; never blocks. False (counted) when the queue is full or the worker stopped. */
    public boolean offer(final Runnable task)
    {
        if (!running || !queue.offer(task))
        {
            dropped.incrementAndGet();
            return false;
        }
        offered.incrementAndGet();
        LockSupport.unpark(thread);
        return true;
    }

    private void run()
    {
        while (running || !queue.isEmpty())
        {
            final Runnable task = queue.poll();
            if (task == null)
            {
                LockSupport.parkNanos(IDLE_PARK_NANOS);
                continue;
            }
            try
            {
                task.run();
            }
            catch (final Throwable t)
            {
                failed.incrementAndGet();
                LOG.warn("live operations task failed: {}", t.toString());
            }
            finally
            {
                done.incrementAndGet();
            }
        }
    }

    /** Waits until every task offered so far has run; false on timeout. */
    public boolean drain(final Duration timeout)
    {
        final long target = offered.get();
        final long deadline = System.nanoTime() + timeout.toNanos();
        while (done.get() < target)
        {
            if (System.nanoTime() > deadline || !thread.isAlive())
            {
                return false;
            }
            LockSupport.parkNanos(IDLE_PARK_NANOS);
        }
        return true;
    }

    public long dropped()
    {
        return dropped.get();
    }

    public long failed()
    {
        return failed.get();
    }

    /** Runs what is queued, then stops the thread (waits at most {@code timeout}). */
    public void stop(final Duration timeout)
    {
        running = false;
        LockSupport.unpark(thread);
        try
        {
            thread.join(timeout.toMillis());
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close()
    {
        stop(Duration.ofSeconds(10));
    }
}
