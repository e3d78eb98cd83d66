package com.quantmatrix.engine.health;

/** What the health watch can find wrong; each one, while active, requests reduce-only. */
public enum HealthCondition
{
    /** No accepted market data for longer than the threshold while the session is open. */
    MARKET_DATA_STALE,
    /** The broker sent no report or heartbeat within its timeout. */
    BROKER_SILENT,
    /** A pipeline stage ran over its latency budget several samples in a row. */
    STAGE_OVER_BUDGET;

    public int bit()
    {
        return 1 << ordinal();
    }
}
