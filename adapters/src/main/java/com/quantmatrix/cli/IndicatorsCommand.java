package com.quantmatrix.cli;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;
import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.market.IndicatorState;
import com.quantmatrix.engine.market.MarketSettings;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code quantmatrix indicators --csv FILE}: the engine's own incremental indicators over a CSV of daily
 * bars, printed as CSV in full double precision, so they can be checked against any other tool.
 */
@Command(
    name = "indicators",
    mixinStandardHelpOptions = true,
    description = {
        "Computes true range, ATR, SMAs, EMAs and RSI over a CSV of bars with the engine's incremental code.",
        "Input: columns date,open,high,low,close,volume (header names case-insensitive, extra columns ignored),"
            + " one symbol, rows in date order (newest-first files are reversed). No bad-tick filtering.",
        "Output: CSV date,tr,atr<N>,sma<N>...,ema<N>...,rsi<N>; a value is empty while it warms up; numbers in full"
            + " double precision (Java's Double.toString). Seeding conventions: see IndicatorState."})
public final class IndicatorsCommand implements Callable<Integer>
{
    @Spec
    private CommandSpec spec;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "CSV file of bars")
    private Path csv;

    @Option(names = "--atr", paramLabel = "N", description = "ATR period (default: the strategy's, 14)")
    private Integer atr;

    @Option(names = "--sma", split = ",", paramLabel = "N", description = "SMA periods (default: 20,50,100,200)")
    private int[] sma;

    @Option(names = "--ema", split = ",", paramLabel = "N", description = "EMA periods (default: 10)")
    private int[] ema;

    @Option(names = "--rsi", paramLabel = "N", description = "RSI period (default: 14)")
    private Integer rsi;

    @Override
    public Integer call()
    {
        final PrintWriter out = spec.commandLine().getOut();
        final PrintWriter err = spec.commandLine().getErr();
        final MarketSettings settings;
        try
        {
            settings = MarketSettings.from(overrides(CliConfig.load()));
        }
        catch (final ConfigException ex)
        {
            err.println("indicators: " + ex.getMessage());
            err.flush();
            return 2;
        }
        if (!Files.isRegularFile(csv))
        {
            err.println("indicators: no such file: " + csv);
            err.flush();
            return 2;
        }
        final DailyBarStore.Series bars;
        try
        {
            final DailyBarStore store = DailyBarStore.load(csv);
            if (store.symbols().size() != 1)
            {
                err.println("indicators: " + csv + " holds " + store.symbols().size() + " symbols; give one symbol per file");
                err.flush();
                return 1;
            }
            bars = store.series(store.symbols().iterator().next());
        }
        catch (final RuntimeException ex)
        {
            err.println("indicators: cannot read " + csv + ": " + ex.getMessage());
            err.flush();
            return 1;
        }
        final int[] order = chronological(bars.date);
        if (order == null)
        {
            err.println("indicators: the dates in " + csv + " are neither ascending nor descending (or repeat)");
            err.flush();
            return 1;
        }
        print(out, settings, bars, order);
        out.flush();
        return 0;
    }

    private Config overrides(final Config base)
    {
        Config c = base;
        if (atr != null)
        {
            c = c.with(MarketSettings.ATR_PERIOD, Integer.toString(atr));
        }
        if (sma != null)
        {
            c = c.with(MarketSettings.SMA_PERIODS, join(sma));
        }
        if (ema != null)
        {
            c = c.with(MarketSettings.EMA_PERIODS, join(ema));
        }
        if (rsi != null)
        {
            c = c.with(MarketSettings.RSI_PERIOD, Integer.toString(rsi));
        }
        return c;
    }

    private static String join(final int[] values)
    {
        return Arrays.stream(values).mapToObj(Integer::toString).collect(Collectors.joining(","));
    }

    /** Row order oldest first, or null when the dates are not strictly monotonic. */
    private static int[] chronological(final int[] dates)
    {
        final int n = dates.length;
        boolean ascending = true;
        boolean descending = true;
        for (int i = 1; i < n; i++)
        {
            ascending &= dates[i] > dates[i - 1];
            descending &= dates[i] < dates[i - 1];
        }
        if (!ascending && !descending)
        {
            return null;
        }
        final int[] order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = ascending ? i : n - 1 - i;
        }
        return order;
    }

    private static void print(final PrintWriter out, final MarketSettings m, final DailyBarStore.Series bars, final int[] order)
    {
        final StringBuilder header = new StringBuilder("date,tr,atr").append(m.atrPeriod);
        for (final int p : m.smaPeriods)
        {
            header.append(",sma").append(p);
        }
        for (final int p : m.emaPeriods)
        {
            header.append(",ema").append(p);
        }
        header.append(",rsi").append(m.rsiPeriod);
        out.println(header);
        final IndicatorState state = new IndicatorState(1, m);
        final StringBuilder row = new StringBuilder(256);
        for (final int i : order)
        {
            state.update(0, bars.date[i], bars.open[i], bars.high[i], bars.low[i], bars.close[i], bars.volume[i]);
            row.setLength(0);
            final int d = bars.date[i];
            row.append(d / 10_000).append('-').append(two((d / 100) % 100)).append('-').append(two(d % 100));
            cell(row, state.trueRange(0));
            cell(row, state.atr(0));
            for (int k = 0; k < m.smaPeriods.length; k++)
            {
                cell(row, state.sma(0, k));
            }
            for (int k = 0; k < m.emaPeriods.length; k++)
            {
                cell(row, state.ema(0, k));
            }
            cell(row, state.rsi(0));
            out.println(row);
        }
    }

    private static String two(final int v)
    {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    private static void cell(final StringBuilder row, final double v)
    {
        row.append(',');
        if (!Double.isNaN(v))
        {
            row.append(Double.toString(v));
        }
    }
}
