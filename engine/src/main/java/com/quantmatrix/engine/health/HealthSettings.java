package com.quantmatrix.engine.health;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;

import java.util.List;

/**
 * Thresholds of the health watch (config/health.properties). Latency budgets are per stage: the
 * default {@code health.latency.budget.micros}, overridden by
 * {@code health.latency.budget.micros.<stage name>}.
 */
public final class HealthSettings
{
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /** Market data older than this during the session is stale. */
    public final long staleDataNanos;
    /** Broker silence longer than this raises BROKER_SILENT; 0 disables the check. */
    public final long brokerTimeoutNanos;
    /** Consecutive over-budget samples of one stage that raise STAGE_OVER_BUDGET. */
    public final int latencyBreaches;
    /** Consecutive in-budget samples that clear it again. */
    public final int latencyClearSamples;
    /** Wall-clock seconds between two stage-latency samples (one interval's p99 per stage). */
    public final int latencyIntervalSeconds;
    /** Samples a stage needs in an interval before its p99 counts as a sample. */
    public final int latencyMinSamples;
    /** Event time between system-status heartbeats. */
    public final long heartbeatNanos;
    /** Budget per stage, in the order of the names given, nanoseconds. */
    public final long[] stageBudgetNanos;
    public final String[] stageNames;

    private HealthSettings(final Config c, final List<String> stages)
    {
        staleDataNanos = ConfigException.inRange("health.stale.data.seconds",
            c.getInt("health.stale.data.seconds", 120), 1, 86_400) * NANOS_PER_SECOND;
        brokerTimeoutNanos = ConfigException.inRange("health.broker.timeout.seconds",
            c.getInt("health.broker.timeout.seconds", 90), 0, 86_400) * NANOS_PER_SECOND;
        latencyBreaches = ConfigException.inRange("health.latency.breaches", c.getInt("health.latency.breaches", 3), 1, 1_000_000);
        latencyClearSamples = ConfigException.inRange("health.latency.clear.samples",
            c.getInt("health.latency.clear.samples", 6), 1, 100_000_000);
        latencyIntervalSeconds = ConfigException.inRange("health.latency.interval.seconds",
            c.getInt("health.latency.interval.seconds", 10), 1, 3_600);
        latencyMinSamples = ConfigException.inRange("health.latency.min.samples", c.getInt("health.latency.min.samples", 100), 1, 100_000_000);
        heartbeatNanos = ConfigException.inRange("health.heartbeat.seconds",
            c.getInt("health.heartbeat.seconds", 300), 1, 86_400) * NANOS_PER_SECOND;
        final int defaultBudget = ConfigException.inRange("health.latency.budget.micros",
            c.getInt("health.latency.budget.micros", 500), 1, 60_000_000);
        stageNames = stages.toArray(new String[0]);
        stageBudgetNanos = new long[stageNames.length];
        for (int i = 0; i < stageNames.length; i++)
        {
            final String key = "health.latency.budget.micros." + stageNames[i];
            stageBudgetNanos[i] = ConfigException.inRange(key, c.getInt(key, defaultBudget), 1, 60_000_000) * 1_000L;
        }
    }

    /** @param stageNames the pipeline's stages in order (their {@code Stage.name()}), indexed as in latency samples */
    public static HealthSettings from(final Config config, final List<String> stageNames)
    {
        return new HealthSettings(config, stageNames);
    }
}
