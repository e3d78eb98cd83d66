package com.quantmatrix.adapters.report;

import java.util.Map;

/**
 * How a run is described at the top of its report and in its JSON summary. Everything but the title
 * may be null or empty.
 *
 * @param title      e.g. "Backtest 2014-2016, S&P 500"
 * @param source     what produced it: "backtest", "replay", "paper", ...
 * @param universe   the symbols traded, e.g. "S&P 500 (494 symbols)"
 * @param stateHash  the engine's final state hash (hex), so a replay can be matched to its run
 * @param journal    path of the run's journal
 * @param parameters the configuration values worth showing (strategy keys), in display order
 */
public record RunInfo(String title, String source, String universe, String stateHash, String journal, Map<String, String> parameters)
{
    public RunInfo
    {
        title = title == null || title.isBlank() ? "QuantMatrix run" : title;
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }

    public static RunInfo titled(final String title)
    {
        return new RunInfo(title, null, null, null, null, Map.of());
    }

    /** From the engine's end-of-run summary: its state hash, journal and symbol count. */
    public static RunInfo of(final com.quantmatrix.engine.run.RunSummary summary, final String title, final String source,
        final Map<String, String> parameters)
    {
        return new RunInfo(title, source, summary.symbols > 0 ? summary.symbols + " symbols" : null, summary.stateHash,
            summary.journal, parameters);
    }
}
