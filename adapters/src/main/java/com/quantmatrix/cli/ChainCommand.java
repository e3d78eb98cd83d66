package com.quantmatrix.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.options.ContractPricer;
import com.quantmatrix.engine.options.NyTime;
import com.quantmatrix.engine.options.OptionSelector;
import com.quantmatrix.engine.options.OptionStyle;
import com.quantmatrix.engine.options.OptionSymbol;
import com.quantmatrix.engine.options.SelectReason;
import com.quantmatrix.engine.options.SelectorSettings;
import com.quantmatrix.engine.options.chain.ChainQuotes;
import com.quantmatrix.engine.options.chain.LeanOptionMinuteReader;
import com.quantmatrix.engine.options.chain.LeanUniverseReader;
import com.quantmatrix.engine.options.chain.OptopsyChainReader;
import com.quantmatrix.engine.stats.ReasonCounters;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * `quantmatrix chain`: ranks the contracts of one option chain with the strategy's selector and
 * prints the ranking and every rejection count. Chain files: a Polygon options-chain snapshot
 * (.json); LEAN minute quotes (yyyyMMdd_quote_american.zip, with the trade and open-interest zips
 * beside it; the chain as of --time); a LEAN universes archive (universes.tar.gz) or one of its day
 * files; the optopsy end-of-day CSV (.csv or .csv.gz) - the bundled data's formats.
 */
@Command(name = "chain", mixinStandardHelpOptions = true,
    description = "Rank an option chain (Polygon snapshot JSON or a bundled chain file) by the strategy's rules; print rejection counts.")
public final class ChainCommand implements Callable<Integer>
{
    @Option(names = "--file", required = true, paramLabel = "FILE", description = "Chain file (see the command's description).")
    Path file;

    @Option(names = "--spot", required = true, description = "The underlying's price in dollars.")
    double spot;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The chain's day (New York).")
    String date;

    @Option(names = "--time", paramLabel = "HH:MM", description = "New York time of the chain (default 16:00).")
    String time = "16:00";

    @Option(names = "--direction", description = "bullish (calls, default) or bearish (puts).")
    String direction = "bullish";

    @Option(names = "--atr", description = "The underlying's ATR in dollars (default: options.select.defaultAtrFraction x spot).")
    Double atr;

    @Option(names = "--iv-rank", description = "The underlying's IV rank 0-100 (default: unknown).")
    Double ivRank;

    @Option(names = "--rate", description = "Risk-free rate, continuously compounded (default: options.pricing.riskFreeRate).")
    Double rate;

    @Option(names = "--top", description = "How many ranked contracts to print (default 10).")
    int top = 10;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Mixin
    EngineOptions engine;

    PrintStream out = System.out;
    PrintStream err = System.err;

    @Override
    public Integer call() throws IOException
    {
        final int ymd;
        final int second;
        try
        {
            ymd = DailyBarStore.parseDate(date);
            final String[] hm = time.split(":");
            second = Integer.parseInt(hm[0]) * 3_600 + Integer.parseInt(hm[1]) * 60;
        }
        catch (final RuntimeException ex)
        {
            err.println("chain: bad --date or --time: " + date + " " + time);
            return 2;
        }
        final int dir;
        if ("bullish".equalsIgnoreCase(direction))
        {
            dir = +1;
        }
        else if ("bearish".equalsIgnoreCase(direction))
        {
            dir = -1;
        }
        else
        {
            err.println("chain: --direction must be bullish or bearish");
            return 2;
        }
        if (!Files.isRegularFile(file))
        {
            err.println("chain: no such file " + file);
            return 2;
        }
        final Config config = (engine != null ? engine.config() : Config.empty()).with("options.select.topN", Integer.toString(Math.max(top, 1)));
        final SelectorSettings settings = SelectorSettings.from(config);
        final ChainQuotes chain;
        try
        {
            chain = load(file, ymd, second);
        }
        catch (final RuntimeException ex)
        {
            err.println("chain: cannot read " + file + ": " + ex.getMessage());
            return 2;
        }
        if (chain == null || chain.size() == 0)
        {
            err.println("chain: no contracts for " + date + " in " + file);
            return 1;
        }
        final long now = NyTime.nanosAt(ymd, second);
        final double r = rate != null ? rate : settings.riskFreeRate;
        final Instruments ins = new Instruments(2, chain.size() + 8);
        ins.last[ins.stock(0)] = spot;
        final String root = chain.underlying != null ? chain.underlying : "";
        final int style = settings.isEuropeanRoot(root) ? OptionStyle.EUROPEAN : OptionStyle.AMERICAN;
        final ContractPricer pricer = new ContractPricer();
        for (int i = 0; i < chain.size(); i++)
        {
            final int id = ins.option(0, chain.expiry[i], chain.strike[i], chain.right[i]);
            if (id < 0)
            {
                continue;
            }
            ins.bid[id] = chain.bid[i];
            ins.ask[id] = chain.ask[i];
            ins.last[id] = chain.last[i];
            ins.volume[id] = chain.volume[i];
            ins.openInterest[id] = chain.openInterest[i];
            ins.quoteTimeNanos[id] = chain.timeNanos[i] > 0 ? chain.timeNanos[i] : now;
            pricer.price(ins, id, style, spot, r, settings.dividendYield, now, chain.vendorIv[i]);
        }
        final ReasonCounters counters = new ReasonCounters();
        final OptionSelector selector = new OptionSelector(settings, ins, counters);
        selector.select(0, dir, spot, atr != null ? atr : Double.NaN, ivRank != null ? ivRank : Double.NaN, r, settings.dividendYield, now);
        if (json)
        {
            printJson(root, ymd, dir, ins, selector, counters, now);
        }
        else
        {
            printText(root, ymd, dir, ins, selector, counters, now);
        }
        return 0;
    }

    static ChainQuotes load(final Path path, final int ymd, final int second) throws IOException
    {
        final String name = path.getFileName().toString();
        if (name.endsWith(".json"))
        {
            try (InputStream in = Files.newInputStream(path))
            {
                return PolygonOptionsSnapshotJson.read(in);
            }
        }
        if (name.endsWith("_quote_american.zip"))
        {
            return LeanOptionMinuteReader.snapshot(LeanOptionMinuteReader.read(path), second);
        }
        final String underlyingGuess = path.toAbsolutePath().getParent().getFileName().toString().toUpperCase(java.util.Locale.ROOT);
        if (name.endsWith(".tar.gz"))
        {
            return LeanUniverseReader.read(path, underlyingGuess).get(ymd);
        }
        final String header = firstLine(path);
        if (header.startsWith("#expiry"))
        {
            return LeanUniverseReader.parse(Files.readString(path), underlyingGuess, Integer.parseInt(name.substring(0, 8)));
        }
        final Map<Integer, ChainQuotes> days = OptopsyChainReader.read(path);
        return days.get(ymd);
    }

    private static String firstLine(final Path path) throws IOException
    {
        try (InputStream raw = Files.newInputStream(path);
            InputStream in = path.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)))
        {
            final String l = r.readLine();
            return l == null ? "" : l;
        }
    }

    private void printText(final String root, final int ymd, final int dir, final Instruments ins, final OptionSelector sel,
        final ReasonCounters counters, final long now)
    {
        out.printf("chain %s %s %s spot %s, %s: %d contracts examined, %d passed every rule%n", root, date, time,
            ShortestDouble.format(spot), dir > 0 ? "bullish (calls)" : "bearish (puts)", sel.examined, sel.passed);
        if (sel.rankedCount > 0)
        {
            out.println("rank,contract,dte,bid,ask,iv,delta,gamma,theta_per_day,vega_per_point,risk_reward,pop,score");
            for (int k = 0; k < sel.rankedCount; k++)
            {
                final int id = sel.rankedId[k];
                out.println((k + 1) + "," + OptionSymbol.occ(root, ins.expiry[id], ins.strike[id], ins.right[id]) + ","
                    + NyTime.daysToExpiry(now, ins.expiry[id]) + "," + ShortestDouble.format(ins.bid[id]) + "," + ShortestDouble.format(ins.ask[id])
                    + "," + round(ins.iv[id]) + "," + round(ins.delta[id]) + "," + round(ins.gamma[id]) + "," + round(ins.theta[id])
                    + "," + round(ins.vega[id]) + "," + round(sel.rankedRiskReward[k]) + "," + round(sel.rankedPop[k]) + ","
                    + round(sel.rankedScore[k]));
            }
        }
        else
        {
            out.println("nothing selected: " + SelectReason.name(sel.reason));
        }
        out.println("rejections:");
        for (final Map.Entry<String, Long> en : counters.nonZero(SelectReason.FIRST, SelectReason.END).entrySet())
        {
            out.println("  " + en.getKey() + " " + en.getValue());
        }
    }

    private void printJson(final String root, final int ymd, final int dir, final Instruments ins, final OptionSelector sel,
        final ReasonCounters counters, final long now) throws IOException
    {
        final StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w))
        {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("underlying", root);
            g.writeStringField("date", date);
            g.writeStringField("time", time);
            g.writeNumberField("spot", spot);
            g.writeStringField("direction", dir > 0 ? "bullish" : "bearish");
            g.writeNumberField("examined", sel.examined);
            g.writeNumberField("passed", sel.passed);
            g.writeStringField("reason", SelectReason.name(sel.reason));
            g.writeArrayFieldStart("ranked");
            for (int k = 0; k < sel.rankedCount; k++)
            {
                final int id = sel.rankedId[k];
                g.writeStartObject();
                g.writeNumberField("rank", k + 1);
                g.writeStringField("occ", OptionSymbol.occ(root, ins.expiry[id], ins.strike[id], ins.right[id]));
                g.writeStringField("polygon", OptionSymbol.polygon(root, ins.expiry[id], ins.strike[id], ins.right[id]));
                g.writeNumberField("dte", NyTime.daysToExpiry(now, ins.expiry[id]));
                g.writeNumberField("bid", ins.bid[id]);
                g.writeNumberField("ask", ins.ask[id]);
                g.writeNumberField("iv", ins.iv[id]);
                g.writeNumberField("delta", ins.delta[id]);
                g.writeNumberField("gamma", ins.gamma[id]);
                g.writeNumberField("thetaPerDay", ins.theta[id]);
                g.writeNumberField("vegaPerPoint", ins.vega[id]);
                g.writeNumberField("riskReward", sel.rankedRiskReward[k]);
                g.writeNumberField("probabilityOfProfit", sel.rankedPop[k]);
                g.writeNumberField("score", sel.rankedScore[k]);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("rejections");
            for (final Map.Entry<String, Long> en : counters.nonZero(SelectReason.FIRST, SelectReason.END).entrySet())
            {
                g.writeNumberField(en.getKey(), en.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        out.println(w);
    }

    private static String round(final double v)
    {
        return Double.isFinite(v) ? String.format(java.util.Locale.ROOT, "%.4f", v) : "";
    }
}
