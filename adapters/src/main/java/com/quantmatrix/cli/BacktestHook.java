package com.quantmatrix.cli;

import com.quantmatrix.engine.analytics.BacktestResult;
import com.quantmatrix.engine.config.Config;
import java.util.List;

/**
 * Where commands that need whole backtests (sweep) find the backtest runner. The backtest command's
 * owner installs it once ({@code BacktestHook.set(...)}); until then those commands say they are not
 * wired instead of printing anything that looks like a result.
 */
public final class BacktestHook
{
    /** Runs one complete backtest; called from several threads at once, each call its own engine. */
    @FunctionalInterface
    public interface Runner
    {
        /**
         * @param config   the full configuration for this run (sweep values already set)
         * @param fromDate first day, yyyyMMdd
         * @param toDate   last day, yyyyMMdd
         * @param symbols  symbols to trade; empty means the configured universe
         */
        BacktestResult run(Config config, int fromDate, int toDate, List<String> symbols);
    }

    private static volatile Runner runner;

    private BacktestHook()
    {
    }

    public static void set(final Runner r)
    {
        runner = r;
    }

    /** The installed runner, or null when nothing is wired. */
    public static Runner get()
    {
        return runner;
    }

    public static boolean isWired()
    {
        return runner != null;
    }
}
