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
 * <li>STAGED: one handler thread per stage GROUP, each gated on the one before it.</li>
 * </ul>
 * The order of the list IS the pipeline; {@code Engine} builds it in one readable place.
 *
 * <p>Why groups and not one thread per stage: a stage may read state a LATER stage writes (risk
 * reads the positions the position stage keeps; exits read working orders). On separate threads
 * the earlier stage would see that state at whatever event the later one had reached: decisions
 * would depend on timing and a replay would differ. So stages that share mutable state form one
 * group (the business core), and only stages that touch nothing but the event (journal in, journal
 * out) get threads of their own.
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

    /** One group: all stages on one thread in either layout. */
    public static Pipeline of(final PipelineSettings settings, final List<Stage> stages, final FaultListener faults)
    {
        return new Pipeline(settings, List.of(stages), faults);
    }

    /**
     * @param groups the stages in order, in groups; FUSED runs them all on one thread, STAGED runs
     *               each non-empty group on a thread of its own
     */
    public Pipeline(final PipelineSettings settings, final List<List<Stage>> groups, final FaultListener faults)
    {
        this.settings = settings;
        final List<Stage> flat = new java.util.ArrayList<>();
        for (final List<Stage> g : groups)
        {
            flat.addAll(g);
        }
        this.stages = flat.toArray(new Stage[0]);
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
            EventHandlerGroup<MarketEvent> chain = null;
            int first = 0;
            final int lastNonEmpty = lastNonEmpty(groups);
            for (int g = 0; g < groups.size(); g++)
            {
                final int n = groups.get(g).size();
                if (n == 0)
                {
                    continue;
                }
                final StagedHandler h = new StagedHandler(first, first + n, g == lastNonEmpty);
                chain = chain == null ? disruptor.handleEventsWith(h) : chain.then(h);
                first += n;
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

    private static int lastNonEmpty(final List<List<Stage>> groups)
    {
        int last = -1;
        for (int g = 0; g < groups.size(); g++)
        {
            if (!groups.get(g).isEmpty())
            {
                last = g;
            }
        }
        return last;
    }

    /** One group of stages [from, to) on its own thread. */
    private final class StagedHandler implements EventHandler<MarketEvent>
    {
        private final int from;
        private final int to;
        private final boolean last;

        StagedHandler(final int from, final int to, final boolean last)
        {
            this.from = from;
            this.to = to;
            this.last = last;
        }

        @Override
        public void onStart()
        {
            for (int i = from; i < to; i++)
            {
                stages[i].onStart();
            }
        }

        @Override
        public void onShutdown()
        {
            for (int i = from; i < to; i++)
            {
                stages[i].onShutdown();
            }
        }

        @Override
        public void onEvent(final MarketEvent e, final long sequence, final boolean endOfBatch)
        {
            long t0 = settings.stageTiming ? System.nanoTime() : 0;
            for (int i = from; i < to; i++)
            {
                runStage(i, e, sequence, endOfBatch);
                if (settings.stageTiming)
                {
                    final long t1 = System.nanoTime();
                    latency.record(i, t1 - t0);
                    t0 = t1;
                }
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
