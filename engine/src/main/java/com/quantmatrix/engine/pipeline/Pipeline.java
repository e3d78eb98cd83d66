package com.quantmatrix.engine.pipeline;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.ExceptionHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.EventHandlerGroup;
import com.lmax.disruptor.dsl.ProducerType;
import com.quantmatrix.engine.event.MarketEvent;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs an ordered list of {@link Stage}s over the Disruptor ring, in one of two layouts:
 * <ul>
 * <li>FUSED: one handler thread calls every stage in order for each event (best on small machines);</li>
 * <li>STAGED: one handler thread per stage, each gated on the one before it.</li>
 * </ul>
 * The order of the list IS the pipeline; {@code Engine} builds it in one readable place.
 *
 * <p>Faults: an exception thrown by a stage never kills a thread silently. It is handed to the
 * {@link FaultListener} (which counts it, journals it and halts trading) and the event goes on to
 * the remaining stages that handle rejected events (the journal), marked with the fault's reason.
 */
public final class Pipeline implements AutoCloseable
{
    /** Told about every stage exception, on the thread that raised it. */
    public interface FaultListener
    {
        void onFault(String stage, MarketEvent event, Throwable error);
    }

    private final PipelineSettings settings;
    private final Stage[] stages;
    private final FaultListener faults;
    private final StageLatency latency;
    private final Disruptor<MarketEvent> disruptor;
    private final int endToEnd;
    private volatile boolean started;

    public Pipeline(final PipelineSettings settings, final List<Stage> stageList, final FaultListener faults)
    {
        this.settings = settings;
        this.stages = stageList.toArray(new Stage[0]);
        this.faults = faults;
        final String[] names = new String[stages.length + 1];
        for (int i = 0; i < stages.length; i++)
        {
            names[i] = stages[i].name();
        }
        names[stages.length] = "tick-to-decision";
        this.endToEnd = stages.length;
        this.latency = new StageLatency(names);
        this.disruptor = new Disruptor<>(
            MarketEvent::new,
            settings.ringSize,
            new PinningThreadFactory(settings),
            settings.multiProducer ? ProducerType.MULTI : ProducerType.SINGLE,
            settings.newWaitStrategy());
        disruptor.setDefaultExceptionHandler(new StageExceptionHandler());
        if (settings.layout == PipelineSettings.Layout.FUSED)
        {
            disruptor.handleEventsWith(new FusedHandler());
        }
        else
        {
            EventHandlerGroup<MarketEvent> group = null;
            for (int i = 0; i < stages.length; i++)
            {
                final StagedHandler h = new StagedHandler(i, i == stages.length - 1);
                group = group == null ? disruptor.handleEventsWith(h) : group.then(h);
            }
        }
    }

    public RingBuffer<MarketEvent> start()
    {
        started = true;
        return disruptor.start();
    }

    public RingBuffer<MarketEvent> ring()
    {
        return disruptor.getRingBuffer();
    }

    public StageLatency latency()
    {
        return latency;
    }

    public PipelineSettings settings()
    {
        return settings;
    }

    /** Waits until every published event went through every stage, then stops the threads. */
    public void drainAndStop(final long timeout, final TimeUnit unit)
    {
        if (!started)
        {
            return;
        }
        try
        {
            disruptor.shutdown(timeout, unit);
        }
        catch (final com.lmax.disruptor.TimeoutException ex)
        {
            disruptor.halt();
            throw new IllegalStateException("pipeline did not drain within " + timeout + " " + unit);
        }
        started = false;
    }

    @Override
    public void close()
    {
        if (started)
        {
            drainAndStop(30, TimeUnit.SECONDS);
        }
    }

    private void runStage(final int i, final MarketEvent e, final long sequence, final boolean endOfBatch)
    {
        final Stage s = stages[i];
        if (e.inputReject != 0 && !s.handlesRejected())
        {
            return;
        }
        try
        {
            s.onEvent(e, sequence, endOfBatch);
        }
        catch (final Throwable t)
        {
            faults.onFault(s.name(), e, t);
        }
    }

    /** All stages, in order, on one thread. */
    private final class FusedHandler implements EventHandler<MarketEvent>
    {
        @Override
        public void onStart()
        {
            for (final Stage s : stages)
            {
                s.onStart();
            }
        }

        @Override
        public void onShutdown()
        {
            for (final Stage s : stages)
            {
                s.onShutdown();
            }
        }

        @Override
        public void onEvent(final MarketEvent e, final long sequence, final boolean endOfBatch)
        {
            if (settings.stageTiming)
            {
                long t0 = System.nanoTime();
                for (int i = 0; i < stages.length; i++)
                {
                    runStage(i, e, sequence, endOfBatch);
                    final long t1 = System.nanoTime();
                    latency.record(i, t1 - t0);
                    t0 = t1;
                }
                if (e.intendedNanos != 0)
                {
                    latency.record(endToEnd, t0 - e.intendedNanos);
                }
            }
            else
            {
                for (int i = 0; i < stages.length; i++)
                {
                    runStage(i, e, sequence, endOfBatch);
                }
                if (e.intendedNanos != 0)
                {
                    latency.record(endToEnd, System.nanoTime() - e.intendedNanos);
                }
            }
        }
    }

    /** One stage on its own thread. */
    private final class StagedHandler implements EventHandler<MarketEvent>
    {
        private final int index;
        private final boolean last;

        StagedHandler(final int index, final boolean last)
        {
            this.index = index;
            this.last = last;
        }

        @Override
        public void onStart()
        {
            stages[index].onStart();
        }

        @Override
        public void onShutdown()
        {
            stages[index].onShutdown();
        }

        @Override
        public void onEvent(final MarketEvent e, final long sequence, final boolean endOfBatch)
        {
            final long t0 = settings.stageTiming ? System.nanoTime() : 0;
            runStage(index, e, sequence, endOfBatch);
            if (settings.stageTiming)
            {
                latency.record(index, System.nanoTime() - t0);
            }
            if (last && e.intendedNanos != 0)
            {
                latency.record(endToEnd, System.nanoTime() - e.intendedNanos);
            }
        }
    }

    /** Exceptions escaping a handler (onStart/onShutdown, or the wrapper itself): never a silent death. */
    private final class StageExceptionHandler implements ExceptionHandler<MarketEvent>
    {
        @Override
        public void handleEventException(final Throwable ex, final long sequence, final MarketEvent event)
        {
            faults.onFault("pipeline", event, ex);
        }

        @Override
        public void handleOnStartException(final Throwable ex)
        {
            faults.onFault("start", null, ex);
        }

        @Override
        public void handleOnShutdownException(final Throwable ex)
        {
            faults.onFault("shutdown", null, ex);
        }
    }

    /** Names the handler threads and pins them to the configured CPUs when asked. */
    private static final class PinningThreadFactory implements ThreadFactory
    {
        private final PipelineSettings settings;
        private final AtomicInteger count = new AtomicInteger();

        PinningThreadFactory(final PipelineSettings settings)
        {
            this.settings = settings;
        }

        @Override
        public Thread newThread(final Runnable r)
        {
            final int n = count.getAndIncrement();
            final Runnable body = () ->
            {
                if (settings.pinThreads && settings.cpus.length > 0)
                {
                    pin(settings.cpus[n % settings.cpus.length]);
                }
                r.run();
            };
            final Thread t = new Thread(body, "qm-pipeline-" + n);
            t.setDaemon(true);
            return t;
        }

        private static void pin(final int cpu)
        {
            if (cpu < 0 || cpu >= Runtime.getRuntime().availableProcessors())
            {
                return;
            }
            try
            {
                final BitSet set = new BitSet();
                set.set(cpu);
                net.openhft.affinity.Affinity.setAffinity(set);
            }
            catch (final Throwable t)
            {
                // Pinning is an optimisation: a machine that refuses it still runs correctly.
                System.err.println("quantmatrix: could not pin pipeline thread to CPU " + cpu + ": " + t);
            }
        }
    }
}
