package com.quantmatrix.adapters.live;

import com.quantmatrix.engine.Engine;
import com.quantmatrix.engine.pipeline.StageLatency;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;

/**
 * Measures every pipeline stage's latency over an interval and hands the health watch one sample
 * per stage and interval: the interval's p99, as a journaled STAGE_LATENCY input
 * ({@link Engine#submitStageLatency}). Latency is wall-clock, so it cannot be recomputed in a replay:
 * made an input, it replays like market data, and the watch's STAGE_OVER_BUDGET (and the reduce-only
 * it asks for) comes back at the same event.
 *
 * <p>Runs on its own scheduler thread, off the pipeline; reads the cumulative histograms the
 * pipeline records (engine.stageTiming=true) and subtracts the previous reading, so the admin
 * port's stats are left whole. A stage with fewer than {@code minSamples} samples in an interval
 * sends nothing for it (no evidence either way).
 */
public final class LatencyWatch implements AutoCloseable
{
    private final Engine engine;
    private final StageLatency latency;
    private final LongSupplier clockNanos;
    private final long minSamples;
    private final Histogram[] previous;
    private ScheduledExecutorService scheduler;
    private final java.util.concurrent.atomic.AtomicLong samplesSent = new java.util.concurrent.atomic.AtomicLong();

    /** @param minSamples at least 1 (health.latency.min.samples) */
    public LatencyWatch(final Engine engine, final LongSupplier clockNanos, final long minSamples)
    {
        if (minSamples < 1)
        {
            throw new IllegalArgumentException("minSamples must be at least 1, got " + minSamples);
        }
        this.engine = engine;
        this.latency = engine.pipeline().latency();
        this.clockNanos = clockNanos;
        this.minSamples = minSamples;
        this.previous = new Histogram[latency.size()];
    }

    /** The series the pipeline measures, in the order of their indexes (stages, then tick-to-decision). */
    public static List<String> seriesNames(final Engine engine)
    {
        final StageLatency l = engine.pipeline().latency();
        final List<String> names = new ArrayList<>(l.size());
        for (int i = 0; i < l.size(); i++)
        {
            names.add(l.name(i));
        }
        return names;
    }

    /** Samples every {@code intervalSeconds} from now on. */
    public LatencyWatch start(final long intervalSeconds)
    {
        baseline();
        scheduler = Executors.newSingleThreadScheduledExecutor(r ->
        {
            final Thread t = new Thread(r, "qm-latency-watch");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleAtFixedRate(this::sampleQuietly, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
        return this;
    }

    /** Takes the current readings as the start of the first interval (what was recorded before, warm-up or recovery, is not). */
    public void baseline()
    {
        for (int i = 0; i < previous.length; i++)
        {
            previous[i] = latency.snapshot(i);
        }
    }

    /** One interval: a STAGE_LATENCY input per stage with enough samples; returns how many were sent. */
    public int sample()
    {
        int sent = 0;
        final long now = clockNanos.getAsLong();
        for (int i = 0; i < previous.length; i++)
        {
            final Histogram cumulative = latency.snapshot(i);
            final Histogram interval = cumulative.copy();
            if (previous[i] != null)
            {
                interval.subtract(previous[i]);
            }
            previous[i] = cumulative;
            if (interval.getTotalCount() >= minSamples)
            {
                engine.submitStageLatency(i, interval.getValueAtPercentile(99.0), now);
                sent++;
            }
        }
        samplesSent.addAndGet(sent);
        return sent;
    }

    private void sampleQuietly()
    {
        try
        {
            sample();
        }
        catch (final RuntimeException ex)
        {
            // a failed reading is a missing sample, never a dead scheduler
            org.slf4j.LoggerFactory.getLogger(LatencyWatch.class).warn("latency watch: {}", ex.toString());
        }
    }

    /** STAGE_LATENCY inputs sent since {@link #start}. */
    public long samplesSent()
    {
        return samplesSent.get();
    }

    @Override
    public void close()
    {
        if (scheduler != null)
        {
            scheduler.shutdownNow();
        }
    }
}
