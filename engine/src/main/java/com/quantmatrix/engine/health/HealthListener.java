package com.quantmatrix.engine.health;

/**
 * Receives the health watch's findings on the pipeline thread: must not block (the lead's
 * implementation queues system-status messages for Discord and publishes a reduce-only admin event).
 * Times are event time, epoch nanos UTC.
 */
public interface HealthListener
{
    /**
     * A condition became active. {@code stage} is the stage index for {@link HealthCondition#STAGE_OVER_BUDGET}
     * (else -1); {@code measuredNanos} is the data age, the broker's silence, or the last latency sample.
     */
    void onAlert(HealthCondition condition, int stage, long measuredNanos, long eventTimeNanos);

    /** A condition is no longer active (fresh data, the broker answered, latency back in budget, session over). */
    void onClear(HealthCondition condition, long eventTimeNanos);

    /** True when the first condition becomes active, false when the last one clears. */
    void onReduceOnly(boolean requested, long eventTimeNanos);

    /** The periodic system-status heartbeat; read the status from {@code watch}. */
    void onHeartbeat(HealthWatch watch, long eventTimeNanos);
}
