package com.quantmatrix.engine.pipeline;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Latency percentiles per stage and end to end (tick to decision), in nanoseconds. Recording is
 * wait-free and allocation-free on the pipeline thread (HdrHistogram Recorder); the admin thread
 * folds interval snapshots into a cumulative histogram when asked.
 */
public final class StageLatency
{
    private static final long MAX_NANOS = 60_000_000_000L;

    private final String[] names;
    private final Recorder[] recorders;
    private final Histogram[] cumulative;
    private Histogram interval;

    public StageLatency(final String[] names)
    {
        this.names = names.clone();
        recorders = new Recorder[names.length];
        cumulative = new Histogram[names.length];
        for (int i = 0; i < names.length; i++)
        {
            recorders[i] = new Recorder(MAX_NANOS, 3);
            cumulative[i] = new Histogram(MAX_NANOS, 3);
        }
    }

    public int size()
    {
        return names.length;
    }

    public String name(final int i)
    {
        return names[i];
    }

    /** Records one sample (clamped to the histogram's range). */
    public void record(final int i, final long nanos)
    {
        recorders[i].recordValue(nanos < 0 ? 0 : Math.min(nanos, MAX_NANOS));
    }

    /** Cumulative snapshot (off the hot path). */
    public synchronized Histogram snapshot(final int i)
    {
        interval = recorders[i].getIntervalHistogram(interval);
        cumulative[i].add(interval);
        return cumulative[i].copy();
    }

    /** Forgets everything recorded so far for one series (e.g. after a warm-up). */
    public synchronized void reset(final int i)
    {
        interval = recorders[i].getIntervalHistogram(interval);
        cumulative[i].reset();
    }

    /** {stage: {count, p50, p99, p999, p9999, max}} as JSON (off the hot path). */
    public String toJson()
    {
        final StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < names.length; i++)
        {
            final Histogram h = snapshot(i);
            if (i > 0)
            {
                sb.append(',');
            }
            sb.append('"').append(names[i]).append("\":{\"count\":").append(h.getTotalCount())
                .append(",\"p50\":").append(h.getValueAtPercentile(50))
                .append(",\"p99\":").append(h.getValueAtPercentile(99))
                .append(",\"p999\":").append(h.getValueAtPercentile(99.9))
                .append(",\"p9999\":").append(h.getValueAtPercentile(99.99))
                .append(",\"max\":").append(h.getMaxValue()).append('}');
        }
        return sb.append('}').toString();
    }
}
