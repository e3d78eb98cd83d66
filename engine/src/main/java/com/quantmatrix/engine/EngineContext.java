package com.quantmatrix.engine;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;
import com.quantmatrix.engine.journal.JournalSettings;
import com.quantmatrix.engine.pipeline.PipelineSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Every setting of the engine, built and validated in ONE place from a {@link Config}: a bad value
 * fails here, at start-up, with the key's name, never half-way through a run; a key in an engine
 * namespace that no settings class reads (a typo) is listed by {@link #unknownKeys()}.
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
    public final com.quantmatrix.engine.market.MarketSettings market;
    public final com.quantmatrix.engine.signal.SignalSettings signal;
    public final com.quantmatrix.engine.options.SelectorSettings selector;

    /** Key prefixes the engine owns (adapters validate their own: marketdata., broker., discord.). */
    private static final String[] ENGINE_PREFIXES = {"engine.", "journal.", "admin.", "market.", "signal.", "options.", "risk.",
        "exit.", "oms.", "paper.", "portfolio.", "analytics.", "cycle.", "health.", "scan."};

    public EngineContext(final Config config)
    {
        this.config = config;
        this.pipeline = PipelineSettings.from(config);
        this.journal = JournalSettings.from(config);
        this.maxSymbols = ConfigException.inRange(MAX_SYMBOLS, config.getInt(MAX_SYMBOLS, 65_536), 1, 1 << 22);
        this.maxContracts = ConfigException.inRange(MAX_CONTRACTS, config.getInt(MAX_CONTRACTS, 262_144), 1, 1 << 24);
        this.venue = config.getString(VENUE, "paper");
        config.getBoolean("admin.enabled", true);
        ConfigException.inRange("admin.port", config.getInt("admin.port", 7070), 0, 65_535);
        this.market = com.quantmatrix.engine.market.MarketSettings.from(config);
        this.signal = com.quantmatrix.engine.signal.SignalSettings.from(config);
        this.selector = com.quantmatrix.engine.options.SelectorSettings.from(config);
        // the trading stages' settings, validated now (TradingStages builds them again from the same config)
        com.quantmatrix.engine.risk.RiskSettings.from(config);
        com.quantmatrix.engine.exit.ExitSettings.from(config);
        com.quantmatrix.engine.oms.RoutingSettings.from(config);
        com.quantmatrix.engine.portfolio.PortfolioSettings.from(config);
        com.quantmatrix.engine.broker.PaperBrokerSettings.from(config);
        com.quantmatrix.engine.analytics.AnalyticsSettings.from(config);
        com.quantmatrix.engine.cycle.CycleSettings.from(config);
        com.quantmatrix.engine.universe.ScanSettings.from(config);
        com.quantmatrix.engine.health.HealthSettings.from(config, List.of());
    }

    /** Keys in the engine's namespaces that no settings class read: likely typos. */
    public List<String> unknownKeys()
    {
        final List<String> out = new ArrayList<>();
        for (final String k : config.unknownKeys())
        {
            for (final String p : ENGINE_PREFIXES)
            {
                if (k.startsWith(p))
                {
                    out.add(k);
                    break;
                }
            }
        }
        return out;
    }

    private EngineContext(final EngineContext o, final PipelineSettings p, final JournalSettings j)
    {
        this.config = o.config;
        this.pipeline = p;
        this.journal = j;
        this.maxSymbols = o.maxSymbols;
        this.maxContracts = o.maxContracts;
        this.venue = o.venue;
        this.market = o.market;
        this.signal = o.signal;
        this.selector = o.selector;
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
