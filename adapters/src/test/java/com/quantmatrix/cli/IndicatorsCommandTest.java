package com.quantmatrix.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.market.IndicatorState;
import com.quantmatrix.engine.market.MarketSettings;
import com.quantmatrix.engine.market.RealBars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quantmatrix indicators}, run in-process on the published StockCharts ATR table and on real bars. */
class IndicatorsCommandTest
{
    // StockCharts ChartSchool, "Average True Range (ATR)", cs-atr.xls (QQQQ, 2010-04-01 .. 2010-05-13)
    private static final String[] DATES = {
        "2010-04-01", "2010-04-05", "2010-04-06", "2010-04-07", "2010-04-08", "2010-04-09", "2010-04-12", "2010-04-13",
        "2010-04-14", "2010-04-15", "2010-04-16", "2010-04-19", "2010-04-20", "2010-04-21", "2010-04-22", "2010-04-23",
        "2010-04-26", "2010-04-27", "2010-04-28", "2010-04-29", "2010-04-30", "2010-05-03", "2010-05-04", "2010-05-05",
        "2010-05-06", "2010-05-07", "2010-05-10", "2010-05-11", "2010-05-12", "2010-05-13"};
    private static final double[] HIGH = {
        48.70, 48.72, 48.90, 48.87, 48.82, 49.05, 49.20, 49.35, 49.92, 50.19, 50.12, 49.66, 49.88, 50.19, 50.36,
        50.57, 50.65, 50.43, 49.63, 50.33, 50.29, 50.17, 49.32, 48.50, 48.3201, 46.80, 47.80, 48.39, 48.66, 48.79};
    private static final double[] LOW = {
        47.79, 48.14, 48.39, 48.37, 48.24, 48.635, 48.94, 48.86, 49.50, 49.87, 49.20, 48.90, 49.43, 49.725, 49.26,
        50.09, 50.30, 49.21, 48.98, 49.61, 49.20, 49.43, 48.08, 47.64, 41.55, 44.2833, 47.31, 47.20, 47.90, 47.7301};
    private static final double[] CLOSE = {
        48.16, 48.61, 48.75, 48.63, 48.74, 49.03, 49.07, 49.32, 49.91, 50.13, 49.53, 49.50, 49.75, 50.03, 50.31,
        50.52, 50.41, 49.34, 49.37, 50.23, 49.2375, 49.93, 48.43, 48.18, 46.57, 45.41, 47.77, 47.72, 48.62, 47.85};
    private static final double[] TR = {
        0.91, 0.58, 0.51, 0.50, 0.58, 0.415, 0.26, 0.49, 0.60, 0.32, 0.93, 0.76, 0.45, 0.465, 1.10, 0.48, 0.35,
        1.22, 0.65, 0.96, 1.09, 0.9325, 1.85, 0.86, 6.7701, 2.5167, 2.39, 1.19, 0.94, 1.0599};
    private static final double[] ATR = {
        0.555, 0.593929, 0.585791, 0.568949, 0.615452, 0.61792, 0.642354, 0.674329, 0.69277, 0.775429, 0.78147,
        1.209229, 1.30262, 1.38029, 1.366698, 1.336219, 1.316482};

    @TempDir
    Path dir;

    /** The published rows as a CSV with mixed-case headers, an extra column, and the close as the open. */
    private Path stockChartsCsv(final boolean newestFirst) throws IOException
    {
        final List<String> rows = new ArrayList<>();
        for (int i = 0; i < DATES.length; i++)
        {
            rows.add(String.format(Locale.ROOT, "%s,%s,%s,%s,%s,1000,%s", DATES[i], CLOSE[i], HIGH[i], LOW[i], CLOSE[i], CLOSE[i]));
        }
        if (newestFirst)
        {
            Collections.reverse(rows);
        }
        rows.add(0, "Date,Open,HIGH,low,Close,Volume,Adj Close");
        final Path f = dir.resolve(newestFirst ? "qqqq-desc.csv" : "qqqq.csv");
        Files.write(f, rows);
        return f;
    }

    @Test
    void printsThePublishedAtrTableWithWarmUpCellsEmpty() throws IOException
    {
        final CliRun run = CliRun.run("indicators", "--csv", stockChartsCsv(false).toString(), "--atr", "14", "--sma", "10",
            "--ema", "10", "--rsi", "14");
        assertThat(run.exitCode).as(run.err).isZero();
        final String[] lines = run.out.split("\n");
        assertThat(lines[0]).isEqualTo("date,tr,atr14,sma10,ema10,rsi14");
        assertThat(lines).hasSize(31);
        for (int i = 0; i < DATES.length; i++)
        {
            final String[] cells = lines[i + 1].split(",", -1);
            assertThat(cells).hasSize(6);
            assertThat(cells[0]).isEqualTo(DATES[i]);
            assertThat(Double.parseDouble(cells[1])).as("tr %s", DATES[i]).isCloseTo(TR[i], within(1e-9));
            if (i < 13)
            {
                assertThat(cells[2]).as("atr warming on %s", DATES[i]).isEmpty();
            }
            else
            {
                assertThat(Double.parseDouble(cells[2])).as("atr %s", DATES[i]).isCloseTo(ATR[i - 13], within(5e-7));
            }
            assertThat(cells[3].isEmpty()).isEqualTo(i < 9);
            assertThat(cells[5].isEmpty()).isEqualTo(i < 14);
        }
    }

    @Test
    void defaultPeriodsAreTheStrategysAndNumbersHaveFullDoublePrecision() throws IOException
    {
        // a real series: the bundled AAPL daily bars, written out as a plain CSV
        final DailyBarStore.Series s = RealBars.series("AAPL");
        final List<String> rows = new ArrayList<>();
        rows.add("date,open,high,low,close,volume");
        for (int i = 0; i < s.size(); i++)
        {
            final int d = s.date[i];
            rows.add(String.format(Locale.ROOT, "%04d-%02d-%02d,%s,%s,%s,%s,%d", d / 10_000, (d / 100) % 100, d % 100, s.open[i],
                s.high[i], s.low[i], s.close[i], s.volume[i]));
        }
        final Path f = dir.resolve("aapl.csv");
        Files.write(f, rows);
        final CliRun run = CliRun.run("indicators", "--csv", f.toString());
        assertThat(run.exitCode).as(run.err).isZero();
        final String[] lines = run.out.split("\n");
        assertThat(lines[0]).isEqualTo("date,tr,atr14,sma20,sma50,sma100,sma200,ema10,rsi14");
        assertThat(lines).hasSize(s.size() + 1);
        final IndicatorState state = new IndicatorState(1, MarketSettings.defaults());
        for (int i = 0; i < s.size(); i++)
        {
            state.update(0, s.date[i], s.open[i], s.high[i], s.low[i], s.close[i], s.volume[i]);
            final String[] cells = lines[i + 1].split(",", -1);
            // each printed number reads back to exactly the engine's double
            same(cells[2], state.atr(0));
            same(cells[6], state.sma(0, 3));
            same(cells[7], state.ema(0, 0));
            same(cells[8], state.rsi(0));
            assertThat(cells[6].isEmpty()).isEqualTo(i < 199);
        }
    }

    /** A printed cell reads back to exactly the engine's double (an empty cell to NaN). */
    private static void same(final String cell, final double engine)
    {
        final double printed = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
        assertThat(Double.doubleToLongBits(printed)).as("%s vs %s", cell, engine).isEqualTo(Double.doubleToLongBits(engine));
    }

    @Test
    void aNewestFirstFileGivesTheSameRowsOldestFirst() throws IOException
    {
        final CliRun asc = CliRun.run("indicators", "--csv", stockChartsCsv(false).toString());
        final CliRun desc = CliRun.run("indicators", "--csv", stockChartsCsv(true).toString());
        assertThat(desc.exitCode).isZero();
        assertThat(desc.out).isEqualTo(asc.out);
    }

    @Test
    void badInputGetsAClearMessageAndANonZeroExit() throws IOException
    {
        final CliRun missing = CliRun.run("indicators", "--csv", dir.resolve("nope.csv").toString());
        assertThat(missing.exitCode).isEqualTo(2);
        assertThat(missing.err).contains("no such file");

        final Path noVolume = dir.resolve("novolume.csv");
        Files.write(noVolume, List.of("date,open,high,low,close", "2010-04-01,48.16,48.70,47.79,48.16"));
        final CliRun col = CliRun.run("indicators", "--csv", noVolume.toString());
        assertThat(col.exitCode).isEqualTo(1);
        assertThat(col.err).contains("volume");

        final CliRun period = CliRun.run("indicators", "--csv", stockChartsCsv(false).toString(), "--atr", "0");
        assertThat(period.exitCode).isEqualTo(2);
        assertThat(period.err).contains("market.indicators.atr.period");

        final Path shuffled = dir.resolve("shuffled.csv");
        Files.write(shuffled, List.of("date,open,high,low,close,volume", "2010-04-05,1,2,1,1.5,10", "2010-04-01,1,2,1,1.5,10",
            "2010-04-06,1,2,1,1.5,10"));
        final CliRun order = CliRun.run("indicators", "--csv", shuffled.toString());
        assertThat(order.exitCode).isEqualTo(1);
        assertThat(order.err).contains("ascending");
    }
}
