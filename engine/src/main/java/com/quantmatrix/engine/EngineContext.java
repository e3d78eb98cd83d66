package com.quantmatrix.engine;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;
import com.quantmatrix.engine.journal.JournalSettings;
import com.quantmatrix.engine.pipeline.PipelineSettings;

/**
 * Every setting of the engine, built and validated in ONE place from a {@link Config}: a bad value
 * fails here, at start-up, with the key's name, never half-way through a run.
 */
public final class EngineContext
{
    public static final String MAX_SYMBOLS = "engine.maxSymbols";
    public static final String MAX_CONTRACTS = "engine.maxContracts";
    public static final String VENUE = "engine.venue";

    public final Config config;
    public final PipelineSettings pipeline;
    public final JournalSettings journal;
    public final int maxSymbols;
    public final int maxContracts;
    /** paper (simulated in event time, the default) or a remote broker's name. */
    public final String venue;

    public EngineContext(final Config config)
    {
        this.config = config;
        this.pipeline = PipelineSettings.from(config);
        this.journal = JournalSettings.from(config);
        this.maxSymbols = ConfigException.inRange(MAX_SYMBOLS, config.getInt(MAX_SYMBOLS, 65_536), 1, 1 << 22);
        this.maxContracts = ConfigException.inRange(MAX_CONTRACTS, config.getInt(MAX_CONTRACTS, 262_144), 1, 1 << 24);
        this.venue = config.getString(VENUE, "paper");
    }

    private EngineContext(final EngineContext o, final PipelineSettings p, final JournalSettings j)
    {
        this.config = o.config;
        this.pipeline = p;
        this.journal = j;
        this.maxSymbols = o.maxSymbols;
        this.maxContracts = o.maxContracts;
        this.venue = o.venue;
    }

    public EngineContext withJournal(final JournalSettings j)
    {
        return new EngineContext(this, pipeline, j);
    }

    public EngineContext withPipeline(final PipelineSettings p)
    {
        return new EngineContext(this, p, journal);
    }
}
