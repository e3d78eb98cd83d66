package com.quantmatrix.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;
import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.market.BadTickReason;
import com.quantmatrix.engine.market.IndicatorState;
import com.quantmatrix.engine.market.MarketBackfill;
import com.quantmatrix.engine.market.MarketSettings;
import com.quantmatrix.engine.market.MarketState;
import com.quantmatrix.engine.market.SessionHours;
import com.quantmatrix.engine.signal.AtrMatrixScore;
import com.quantmatrix.engine.signal.AtrMatrixScorer;
import com.quantmatrix.engine.signal.SignalSettings;
import com.quantmatrix.engine.signal.UniverseScan;
import com.quantmatrix.engine.stats.ReasonCounters;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code quantmatrix scan --date D}: the ATR Matrix universe scan of one day, from daily bars (the bundled
 * data, or a folder of CSV files), through the same bad-tick filter, indicators and scorer as the engine.
 */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {
        "Ranks the ATR Matrix candidates of a day: every symbol with a daily bar on that date is scored on the five"
            + " stock criteria (option liquidity, the sixth, is checked when an option is chosen).",
        "Prints each candidate's confidence and criterion values, and how many symbols failed each criterion."})
public final class ScanCommand implements Callable<Integer>
{
    @Spec
    private CommandSpec spec;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "the day to scan")
    private String date;

    @Option(names = "--data", paramLabel = "DIR",
        description = "folder of daily CSV files (date,open,high,low,close,volume; symbol from the file name or a"
            + " symbol column); default: the bundled data")
    private Path data;

    @Option(names = "--top", paramLabel = "N", description = "candidates to print (default: signal.scan.top, 20)")
    private Integer top;

    @Option(names = "--json", description = "print one JSON object")
    private boolean json;

    @Override
    public Integer call() throws IOException
    {
        final PrintWriter out = spec.commandLine().getOut();
        final PrintWriter err = spec.commandLine().getErr();
        final int ymd;
        try
        {
            final LocalDate d = LocalDate.parse(date);
            ymd = d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth();
        }
        catch (final DateTimeParseException ex)
        {
            return fail(err, 2, "--date must be YYYY-MM-DD, got '" + date + "'");
        }
        final MarketSettings marketSettings;
        final SignalSettings signalSettings;
        try
        {
            final Config config = CliConfig.load();
            marketSettings = MarketSettings.from(config);
            signalSettings = SignalSettings.from(config);
        }
        catch (final ConfigException ex)
        {
            return fail(err, 2, ex.getMessage());
        }
        final int topN = top != null ? top : signalSettings.scanTop;
        if (topN < 1)
        {
            return fail(err, 2, "--top must be positive");
        }
        if (data != null && !Files.isDirectory(data))
        {
            return fail(err, 2, "--data must be a folder of CSV files: " + data);
        }
        final DailyBarStore store;
        try
        {
            store = data == null ? DailyBarStore.bundled() : DailyBarStore.load(data);
        }
        catch (final RuntimeException ex)
        {
            return fail(err, 1, "cannot read daily bars: " + ex.getMessage());
        }
        final int capacity = Math.max(1, store.symbols().size());
        final SymbolTable symbols = new SymbolTable(capacity);
        final ReasonCounters rejects = new ReasonCounters();
        final MarketState market = new MarketState(capacity, marketSettings, SessionHours.REGULAR, rejects);
        final AtrMatrixScorer scorer;
        try
        {
            scorer = new AtrMatrixScorer(market.daily(), signalSettings);
        }
        catch (final ConfigException ex)
        {
            return fail(err, 2, ex.getMessage());
        }
        MarketBackfill.seedAll(market, symbols, store, ymd);
        final UniverseScan scan = new UniverseScan(scorer, topN);
        scan.scan(ymd);
        if (scan.scanned() == 0)
        {
            return fail(err, 1, "no daily bars dated " + date + " in " + (data == null ? "the bundled data" : data)
                + " (a weekend or holiday, or outside the data's range?)");
        }
        if (json)
        {
            printJson(out, scan, market, signalSettings, symbols, rejects);
        }
        else
        {
            printText(out, scan, market, signalSettings, symbols, rejects);
        }
        out.flush();
        return 0;
    }

    private static int fail(final PrintWriter err, final int code, final String message)
    {
        err.println("scan: " + message);
        err.flush();
        return code;
    }

    private void printText(final PrintWriter out, final UniverseScan scan, final MarketState market,
        final SignalSettings signalSettings, final SymbolTable symbols, final ReasonCounters rejects)
    {
        out.printf(Locale.ROOT, "ATR Matrix scan %s: %d symbols with a bar, %d warm, %d candidates%n", date, scan.scanned(),
            scan.warm(), scan.passed());
        final StringBuilder failed = new StringBuilder("failed:");
        for (int c = 0; c < AtrMatrixScorer.CRITERIA; c++)
        {
            failed.append(' ').append(AtrMatrixScorer.CRITERION_NAMES[c]).append('=').append(scan.failures(c));
        }
        out.println(failed);
        out.println("bad ticks refused: " + rejects.nonZero(100, 200));
        final Chain chain = new Chain(market.settings(), signalSettings);
        final StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%4s %-6s %10s %9s %10s", "rank", "symbol",
            "confidence", "atr_dist", "close"));
        for (final String name : chain.names)
        {
            head.append(String.format(Locale.ROOT, " %10s", name));
        }
        out.println(head.append(String.format(Locale.ROOT, " %8s %8s", "atr_pct", "vol_x")));
        final AtrMatrixScore s = new AtrMatrixScore();
        final IndicatorState d = market.daily();
        for (int r = 0; r < scan.count(); r++)
        {
            scan.detail(r, s);
            final int sym = scan.symbol(r);
            final StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%4d %-6s %10.2f %9.3f %10.3f", r + 1,
                symbols.symbol(sym), s.confidence, s.atrDistance, s.close));
            for (int i = 0; i < chain.names.length; i++)
            {
                row.append(String.format(Locale.ROOT, " %10.3f", chain.value(d, sym, i)));
            }
            out.println(row.append(String.format(Locale.ROOT, " %7.2f%% %8.2f", 100.0 * s.atrPercent, s.volumeRatio)));
        }
    }

    private void printJson(final PrintWriter out, final UniverseScan scan, final MarketState market,
        final SignalSettings signalSettings, final SymbolTable symbols, final ReasonCounters rejects) throws IOException
    {
        final AtrMatrixScore s = new AtrMatrixScore();
        final IndicatorState d = market.daily();
        final Chain chain = new Chain(market.settings(), signalSettings);
        try (JsonGenerator g = new JsonFactory().createGenerator(out))
        {
            g.writeStartObject();
            g.writeStringField("date", date);
            g.writeNumberField("symbols", scan.scanned());
            g.writeNumberField("warm", scan.warm());
            g.writeNumberField("passed", scan.passed());
            g.writeObjectFieldStart("failures");
            for (int c = 0; c < AtrMatrixScorer.CRITERIA; c++)
            {
                g.writeNumberField(AtrMatrixScorer.CRITERION_NAMES[c], scan.failures(c));
            }
            g.writeEndObject();
            g.writeObjectFieldStart("badTicks");
            BadTickReason.register();
            for (final Map.Entry<String, Long> e : rejects.nonZero(100, 200).entrySet())
            {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("candidates");
            for (int r = 0; r < scan.count(); r++)
            {
                scan.detail(r, s);
                final int sym = scan.symbol(r);
                g.writeStartObject();
                g.writeNumberField("rank", r + 1);
                g.writeStringField("symbol", symbols.symbol(sym));
                g.writeStringField("direction", scan.direction(r) > 0 ? "bullish" : "bearish");
                g.writeNumberField("confidence", s.confidence);
                g.writeNumberField("close", s.close);
                g.writeNumberField("atr", s.atr);
                g.writeNumberField("atr_distance", s.atrDistance);
                g.writeNumberField("momentum_atrs", s.momentumMargin);
                g.writeNumberField("alignment_min_gap_atrs", s.alignmentGap);
                for (int i = 0; i < chain.names.length; i++)
                {
                    g.writeNumberField(chain.names[i], chain.value(d, sym, i));
                }
                g.writeNumberField("atr_percent", s.atrPercent);
                g.writeNumberField("volume", d.volume(sym));
                g.writeNumberField("average_volume", d.averageVolume(sym));
                g.writeNumberField("volume_ratio", s.volumeRatio);
                g.writeObjectFieldStart("scores");
                for (int c = 0; c < AtrMatrixScorer.CRITERIA; c++)
                {
                    g.writeNumberField(AtrMatrixScorer.CRITERION_NAMES[c], s.scores[c]);
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }

    /** The alignment chain's moving averages (EMA then SMAs, as configured), named for the printout. */
    private static final class Chain
    {
        final String[] names;
        final boolean[] ema;
        final int[] index;

        Chain(final MarketSettings m, final SignalSettings s)
        {
            final int n = 1 + s.alignmentSmaPeriods.length;
            names = new String[n];
            ema = new boolean[n];
            index = new int[n];
            names[0] = "ema" + s.alignmentEmaPeriod;
            ema[0] = true;
            index[0] = m.emaIndex(s.alignmentEmaPeriod);
            for (int i = 1; i < n; i++)
            {
                names[i] = "sma" + s.alignmentSmaPeriods[i - 1];
                index[i] = m.smaIndex(s.alignmentSmaPeriods[i - 1]);
            }
        }

        double value(final IndicatorState d, final int sym, final int i)
        {
            return ema[i] ? d.ema(sym, index[i]) : d.sma(sym, index[i]);
        }
    }
}
