package com.quantmatrix.engine.analytics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A sweep's results as a ranked text table for the terminal and as CSV for spreadsheets. */
public final class SweepTable
{
    private static final List<String> METRIC_COLUMNS = List.of("trades", "win_rate", "profit_factor", "expectancy", "net_pnl",
        "total_return", "annual_return", "sharpe", "sortino", "max_drawdown", "max_drawdown_days", "calmar", "exposure",
        "fees_paid", "used_modeled_prices", "state_hash");

    private SweepTable()
    {
    }

    /** The ranked runs as an aligned text table, best first. */
    public static String ranked(final List<Sweep.Row> ranked, final List<String> keys, final RankMetric metric)
    {
        final List<String> header = new ArrayList<>(List.of("#"));
        header.addAll(keys);
        header.addAll(List.of("trades", "win", "PF", "return", "CAGR", "Sharpe", "Sortino", "maxDD", "Calmar", "prices"));
        final List<List<String>> rows = new ArrayList<>();
        final StringBuilder failures = new StringBuilder();
        int rank = 1;
        for (final Sweep.Row r : ranked)
        {
            final List<String> row = new ArrayList<>(List.of(Integer.toString(rank)));
            for (final String k : keys)
            {
                row.add(r.parameters().get(k));
            }
            if (!r.ok())
            {
                for (int i = row.size(); i < header.size() - 1; i++)
                {
                    row.add("-");
                }
                row.add("FAILED");
                failures.append("#").append(rank).append(" failed: ").append(r.error()).append('\n');
            }
            else
            {
                final MetricSet m = r.summary().metrics();
                row.addAll(List.of(Integer.toString(m.trades()), Fmt.pct(m.winRate()), Fmt.ratio(m.profitFactor()),
                    Fmt.pct(m.totalReturn()), Fmt.pct(m.annualReturn()), Fmt.ratio(m.sharpe()), Fmt.ratio(m.sortino()),
                    Fmt.pct(m.maxDrawdown()), Fmt.ratio(m.calmar()), r.summary().usedModeledPrices() ? "MODELED" : "real"));
            }
            rows.add(row);
            rank++;
        }
        return "Ranked by " + metric.label() + " (best first)\n" + align(header, rows) + failures;
    }

    /** Walk-forward folds with in-sample and out-of-sample results side by side. */
    public static String walkForward(final List<Sweep.FoldResult> folds, final List<String> keys, final RankMetric metric)
    {
        final String m = metric.label();
        final List<String> header = new ArrayList<>(List.of("fold", "in-sample", "out-of-sample"));
        header.addAll(keys);
        header.addAll(List.of("IS " + m, "OOS " + m, "IS return", "OOS return", "IS maxDD", "OOS maxDD", "IS trades", "OOS trades"));
        final List<List<String>> rows = new ArrayList<>();
        double isSum = 0;
        double oosSum = 0;
        int counted = 0;
        for (final Sweep.FoldResult f : folds)
        {
            final List<String> row = new ArrayList<>(List.of(Integer.toString(f.fold().number()),
                TradingDates.format(f.fold().inSampleFrom()) + ".." + TradingDates.format(f.fold().inSampleTo()),
                TradingDates.format(f.fold().outOfSampleFrom()) + ".." + TradingDates.format(f.fold().outOfSampleTo())));
            for (final String k : keys)
            {
                row.add(f.bestInSample().parameters().get(k));
            }
            final Sweep.Row is = f.bestInSample();
            final Sweep.Row oos = f.outOfSample();
            row.addAll(List.of(metricText(is, metric), metricText(oos, metric),
                pctOf(is, MetricSet::totalReturn), pctOf(oos, MetricSet::totalReturn),
                pctOf(is, MetricSet::maxDrawdown), pctOf(oos, MetricSet::maxDrawdown),
                is.ok() ? Integer.toString(is.summary().metrics().trades()) : "-",
                oos.ok() ? Integer.toString(oos.summary().metrics().trades()) : "-"));
            rows.add(row);
            if (!Double.isNaN(is.metric(metric)) && !Double.isNaN(oos.metric(metric))
                && Double.isFinite(is.metric(metric)) && Double.isFinite(oos.metric(metric)))
            {
                isSum += is.metric(metric);
                oosSum += oos.metric(metric);
                counted++;
            }
        }
        final StringBuilder sb = new StringBuilder("Walk-forward: best " + m + " in sample, then the same values out of sample\n");
        sb.append(align(header, rows));
        if (counted > 0)
        {
            sb.append(String.format(Locale.ROOT, "mean %s: in-sample %s, out-of-sample %s over %d fold(s)%n", m,
                Fmt.ratio(isSum / counted), Fmt.ratio(oosSum / counted), counted));
        }
        return sb.toString();
    }

    public static void writeRankedCsv(final List<Sweep.Row> ranked, final List<String> keys, final Path file) throws IOException
    {
        final StringBuilder sb = new StringBuilder();
        final List<String> header = new ArrayList<>(List.of("rank"));
        header.addAll(keys);
        header.addAll(List.of("from", "to"));
        header.addAll(METRIC_COLUMNS);
        header.add("error");
        sb.append(CsvFormat.record(header));
        int rank = 1;
        for (final Sweep.Row r : ranked)
        {
            final List<String> row = new ArrayList<>(List.of(Integer.toString(rank++)));
            for (final String k : keys)
            {
                row.add(r.parameters().get(k));
            }
            row.add(TradingDates.format(r.fromDate()));
            row.add(TradingDates.format(r.toDate()));
            row.addAll(metricFields(r));
            row.add(r.error() == null ? "" : r.error());
            sb.append(CsvFormat.record(row));
        }
        write(file, sb);
    }

    public static void writeWalkForwardCsv(final List<Sweep.FoldResult> folds, final List<String> keys, final Path file)
        throws IOException
    {
        final StringBuilder sb = new StringBuilder();
        final List<String> header = new ArrayList<>(List.of("fold", "is_from", "is_to", "oos_from", "oos_to"));
        header.addAll(keys);
        for (final String c : METRIC_COLUMNS)
        {
            header.add("is_" + c);
        }
        for (final String c : METRIC_COLUMNS)
        {
            header.add("oos_" + c);
        }
        header.add("error");
        sb.append(CsvFormat.record(header));
        for (final Sweep.FoldResult f : folds)
        {
            final List<String> row = new ArrayList<>(List.of(Integer.toString(f.fold().number()),
                TradingDates.format(f.fold().inSampleFrom()), TradingDates.format(f.fold().inSampleTo()),
                TradingDates.format(f.fold().outOfSampleFrom()), TradingDates.format(f.fold().outOfSampleTo())));
            for (final String k : keys)
            {
                row.add(f.bestInSample().parameters().get(k));
            }
            row.addAll(metricFields(f.bestInSample()));
            row.addAll(metricFields(f.outOfSample()));
            final String err = f.bestInSample().error() != null ? f.bestInSample().error() : f.outOfSample().error();
            row.add(err == null ? "" : err);
            sb.append(CsvFormat.record(row));
        }
        write(file, sb);
    }

    private static List<String> metricFields(final Sweep.Row r)
    {
        final List<String> out = new ArrayList<>();
        if (!r.ok())
        {
            for (int i = 0; i < METRIC_COLUMNS.size(); i++)
            {
                out.add("");
            }
            return out;
        }
        final MetricSet m = r.summary().metrics();
        out.add(Integer.toString(m.trades()));
        for (final double v : new double[] {m.winRate(), m.profitFactor(), m.expectancy(), m.netPnl(), m.totalReturn(),
            m.annualReturn(), m.sharpe(), m.sortino(), m.maxDrawdown()})
        {
            out.add(CsvFormat.number(v));
        }
        out.add(Integer.toString(m.maxDrawdownDays()));
        out.add(CsvFormat.number(m.calmar()));
        out.add(CsvFormat.number(m.exposure()));
        out.add(CsvFormat.number(m.feesPaid()));
        out.add(Boolean.toString(r.summary().usedModeledPrices()));
        out.add(String.format("%016x", r.summary().stateHash()));
        return out;
    }

    private static String metricText(final Sweep.Row r, final RankMetric m)
    {
        if (!r.ok())
        {
            return "FAILED";
        }
        return switch (m)
        {
            case TOTAL_RETURN, ANNUAL_RETURN, WIN_RATE, MAX_DRAWDOWN -> Fmt.pct(r.metric(m));
            case EXPECTANCY, NET_PNL -> Fmt.money(r.metric(m));
            default -> Fmt.ratio(r.metric(m));
        };
    }

    private static String pctOf(final Sweep.Row r, final java.util.function.ToDoubleFunction<MetricSet> f)
    {
        return r.ok() ? Fmt.pct(f.applyAsDouble(r.summary().metrics())) : "-";
    }

    private static String align(final List<String> header, final List<List<String>> rows)
    {
        final int cols = header.size();
        final int[] w = new int[cols];
        for (int c = 0; c < cols; c++)
        {
            w[c] = header.get(c).length();
        }
        for (final List<String> r : rows)
        {
            for (int c = 0; c < r.size(); c++)
            {
                w[c] = Math.max(w[c], r.get(c) == null ? 1 : r.get(c).length());
            }
        }
        final StringBuilder sb = new StringBuilder();
        appendRow(sb, header, w);
        final List<String> rule = new ArrayList<>();
        for (int c = 0; c < cols; c++)
        {
            rule.add("-".repeat(w[c]));
        }
        appendRow(sb, rule, w);
        for (final List<String> r : rows)
        {
            appendRow(sb, r, w);
        }
        return sb.toString();
    }

    private static void appendRow(final StringBuilder sb, final List<String> cells, final int[] w)
    {
        for (int c = 0; c < cells.size(); c++)
        {
            final String v = cells.get(c) == null ? "" : cells.get(c);
            if (c > 0)
            {
                sb.append("  ");
            }
            sb.append(String.format("%" + w[c] + "s", v));
        }
        sb.append('\n');
    }

    private static void write(final Path file, final CharSequence text) throws IOException
    {
        if (file.getParent() != null)
        {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
