package com.quantmatrix.engine.pipeline;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.SleepingWaitStrategy;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;

/**
 * How the pipeline runs: thread layout, wait strategy, ring size, pinning. Named presets set them
 * together (exchange-core style) and single keys override a preset:
 * <ul>
 * <li>{@code latency}: fused layout (all business stages on one thread), busy-spin, pinned. Best on
 * 2-4 cores (STACK.md: several spinning threads on 2 cores starve each other).</li>
 * <li>{@code throughput}: staged layout (a thread per stage), yielding: for machines with a core per stage.</li>
 * <li>{@code efficient}: fused, blocking wait, not pinned: 24/7 live runs and tests, no core burnt idle.</li>
 * </ul>
 */
public final class PipelineSettings
{
    public static final String PRESET = "engine.preset";
    public static final String LAYOUT = "engine.layout";
    public static final String WAIT = "engine.waitStrategy";
    public static final String RING_SIZE = "engine.ringSize";
    public static final String PIN = "engine.pinThreads";
    public static final String CPUS = "engine.cpus";
    public static final String MULTI_PRODUCER = "engine.multiProducer";
    public static final String STAGE_TIMING = "engine.stageTiming";

    public enum Layout
    {
        FUSED, STAGED
    }

    public enum Wait
    {
        BUSY_SPIN, YIELDING, SLEEPING, BLOCKING
    }

    public final Layout layout;
    public final Wait wait;
    public final int ringSize;
    public final boolean pinThreads;
    /** CPUs handed to handler threads in order (first to the fused thread / first stage). */
    public final int[] cpus;
    public final boolean multiProducer;
    /** Time each stage with System.nanoTime (per-stage percentiles for the admin `stats` command). */
    public final boolean stageTiming;

    public PipelineSettings(
        final Layout layout,
        final Wait wait,
        final int ringSize,
        final boolean pinThreads,
        final int[] cpus,
        final boolean multiProducer,
        final boolean stageTiming)
    {
        if (Integer.bitCount(ringSize) != 1 || ringSize < 64)
        {
            throw new ConfigException(RING_SIZE + " must be a power of two >= 64, got " + ringSize);
        }
        this.layout = layout;
        this.wait = wait;
        this.ringSize = ringSize;
        this.pinThreads = pinThreads;
        this.cpus = cpus.clone();
        this.multiProducer = multiProducer;
        this.stageTiming = stageTiming;
    }

    public static PipelineSettings from(final Config c)
    {
        final String preset = c.getString(PRESET, defaultPreset());
        final Layout layout;
        final Wait wait;
        final boolean pin;
        switch (preset)
        {
            case "latency":
                layout = Layout.FUSED;
                wait = Wait.BUSY_SPIN;
                pin = true;
                break;
            case "throughput":
                layout = Layout.STAGED;
                wait = Wait.YIELDING;
                pin = true;
                break;
            case "efficient":
                layout = Layout.FUSED;
                wait = Wait.BLOCKING;
                pin = false;
                break;
            default:
                throw new ConfigException(PRESET + " must be latency, throughput or efficient, got '" + preset + "'");
        }
        return new PipelineSettings(
            parseEnum(Layout.class, LAYOUT, c.getString(LAYOUT, layout.name())),
            parseEnum(Wait.class, WAIT, c.getString(WAIT, wait.name())),
            c.getInt(RING_SIZE, 1 << 16),
            c.getBoolean(PIN, pin),
            c.getIntList(CPUS, new int[] {Runtime.getRuntime().availableProcessors() - 1}),
            c.getBoolean(MULTI_PRODUCER, true),
            c.getBoolean(STAGE_TIMING, true));
    }

    /** fused on machines with 4 cores or fewer (the rule), staged above. */
    static String defaultPreset()
    {
        return Runtime.getRuntime().availableProcessors() <= 4 ? "latency" : "throughput";
    }

    public WaitStrategy newWaitStrategy()
    {
        switch (wait)
        {
            case BUSY_SPIN: return new BusySpinWaitStrategy();
            case YIELDING: return new YieldingWaitStrategy();
            case SLEEPING: return new SleepingWaitStrategy();
            default: return new BlockingWaitStrategy();
        }
    }

    public PipelineSettings withLayout(final Layout l)
    {
        return new PipelineSettings(l, wait, ringSize, pinThreads, cpus, multiProducer, stageTiming);
    }

    public PipelineSettings withWait(final Wait w)
    {
        return new PipelineSettings(layout, w, ringSize, pinThreads, cpus, multiProducer, stageTiming);
    }

    private static <E extends Enum<E>> E parseEnum(final Class<E> type, final String key, final String value)
    {
        try
        {
            return Enum.valueOf(type, value.trim().toUpperCase().replace('-', '_'));
        }
        catch (final IllegalArgumentException ex)
        {
            throw new ConfigException(key + ": unknown value '" + value + "'");
        }
    }

    @Override
    public String toString()
    {
        return "layout=" + layout.name().toLowerCase() + " wait=" + wait.name().toLowerCase().replace('_', '-')
            + " ring=" + ringSize + " pinned=" + pinThreads;
    }
}
