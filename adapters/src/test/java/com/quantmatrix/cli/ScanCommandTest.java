package com.quantmatrix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.market.MarketBackfill;
import com.quantmatrix.engine.market.MarketSettings;
import com.quantmatrix.engine.market.MarketState;
import com.quantmatrix.engine.market.RealBars;
import com.quantmatrix.engine.market.SessionHours;
import com.quantmatrix.engine.signal.AtrMatrixScorer;
import com.quantmatrix.engine.signal.SignalSettings;
import com.quantmatrix.engine.signal.UniverseScan;
import com.quantmatrix.engine.stats.ReasonCounters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quantmatrix scan}, run in-process on the bundled real data and on a folder of real CSV files. */
class ScanCommandTest
{
    @TempDir
    Path dir;

    @SuppressWarnings("unchecked")
    @Test
    void jsonRanksTheDaysCandidatesWithEveryCriterionValue() throws Exception
    {
        final CliRun run = CliRun.run("scan", "--date", "2016-03-01", "--json", "--top", "50");
        assertThat(run.exitCode).as(run.err).isZero();
        final Map<String, Object> json = (Map<String, Object>)Json.parse(run.out);
        assertThat(json.get("date")).isEqualTo("2016-03-01");

        // the symbols with a bundled bar that day, counted here from the data itself
        int withBar = 0;
        for (final String sym : RealBars.symbols())
        {
            final DailyBarStore.Series s = RealBars.series(sym);
            final int i = s.indexOnOrAfter(20160301);
            withBar += i < s.size() && s.date[i] == 20160301 ? 1 : 0;
        }
        assertThat((Double)json.get("symbols")).isEqualTo(withBar);
        final List<Map<String, Object>> candidates = (List<Map<String, Object>>)json.get("candidates");
        assertThat(candidates).isNotEmpty();
        assertThat((double)candidates.size()).isEqualTo(Math.min(50, (Double)json.get("passed")));
        double previous = 101;
        for (final Map<String, Object> c : candidates)
        {
            final double confidence = (Double)c.get("confidence");
            assertThat(confidence).isBetween(0.0, previous);
            previous = confidence;
            assertThat(c.get("direction")).isEqualTo("bullish");
            // the five criteria, read from the printed values
            assertThat((Double)c.get("atr_distance")).isBetween(0.0, 4.0);
            assertThat((Double)c.get("close")).isGreaterThan((Double)c.get("sma20"));
            assertThat((Double)c.get("ema10")).isGreaterThanOrEqualTo((Double)c.get("sma20"));
            assertThat((Double)c.get("sma20")).isGreaterThanOrEqualTo((Double)c.get("sma50"));
            assertThat((Double)c.get("sma50")).isGreaterThanOrEqualTo((Double)c.get("sma100"));
            assertThat((Double)c.get("sma100")).isGreaterThanOrEqualTo((Double)c.get("sma200"));
            assertThat((Double)c.get("atr_percent")).isGreaterThanOrEqualTo(0.02);
            assertThat((Double)c.get("volume")).isGreaterThan((Double)c.get("average_volume"));
            assertThat((Double)c.get("atr_distance")).isEqualTo(((Double)c.get("close") - (Double)c.get("sma50")) / (Double)c.get("atr"));
            // the close is the real one of that day
            final DailyBarStore.Series s = RealBars.series((String)c.get("symbol"));
            assertThat((Double)c.get("close")).isEqualTo(s.close[s.indexOnOrAfter(20160301)]);
        }
        // the same ranking as the engine's scan on the same data
        final List<String> names = RealBars.symbols();
        final SymbolTable symbols = new SymbolTable(names.size());
        final MarketState market = new MarketState(names.size(), MarketSettings.defaults(), SessionHours.REGULAR, new ReasonCounters());
        MarketBackfill.seedAll(market, symbols, RealBars.store(), 20160301);
        final UniverseScan scan = new UniverseScan(new AtrMatrixScorer(market.daily(), SignalSettings.defaults()), 50);
        scan.scan(20160301);
        for (int r = 0; r < scan.count(); r++)
        {
            assertThat(candidates.get(r).get("symbol")).isEqualTo(symbols.symbol(scan.symbol(r)));
        }
        final Map<String, Object> failures = (Map<String, Object>)json.get("failures");
        assertThat(failures.keySet()).containsExactly(AtrMatrixScorer.CRITERION_NAMES);
    }

    @Test
    void textOutputPrintsTheTopNAndTheFailureCounts()
    {
        final CliRun run = CliRun.run("scan", "--date", "2017-11-10", "--top", "2");
        assertThat(run.exitCode).as(run.err).isZero();
        final String[] lines = run.out.split("\n");
        assertThat(lines[0]).startsWith("ATR Matrix scan 2017-11-10: ").contains("symbols with a bar");
        assertThat(lines[1]).startsWith("failed: atr_distance=");
        assertThat(lines[2]).startsWith("bad ticks refused: ");
        assertThat(lines[3]).contains("rank", "symbol", "confidence", "ema10", "sma200");
        assertThat(lines).hasSize(6);
        assertThat(lines[4].trim()).startsWith("1 ");
        assertThat(lines[5].trim()).startsWith("2 ");
    }

    @Test
    void aFolderOfCsvFilesIsScannedLikeTheBundledData() throws Exception
    {
        // 40 real symbols written as <symbol>.csv with the Kaggle-style header
        final List<String> names = RealBars.symbols().subList(100, 140);
        int withBar = 0;
        for (final String sym : names)
        {
            final DailyBarStore.Series s = RealBars.series(sym);
            final int at = s.indexOnOrAfter(20170601);
            withBar += at < s.size() && s.date[at] == 20170601 ? 1 : 0;
            final List<String> rows = new ArrayList<>();
            rows.add("Date,Open,High,Low,Close,Volume,OpenInt");
            for (int i = 0; i < s.size(); i++)
            {
                final int d = s.date[i];
                rows.add(String.format(Locale.ROOT, "%04d-%02d-%02d,%s,%s,%s,%s,%d,0", d / 10_000, (d / 100) % 100, d % 100,
                    s.open[i], s.high[i], s.low[i], s.close[i], s.volume[i]));
            }
            Files.write(dir.resolve(sym.toLowerCase(Locale.ROOT) + ".csv"), rows);
        }
        final CliRun run = CliRun.run("scan", "--date", "2017-06-01", "--data", dir.toString(), "--json");
        assertThat(run.exitCode).as(run.err).isZero();
        @SuppressWarnings("unchecked")
        final Map<String, Object> json = (Map<String, Object>)Json.parse(run.out);
        assertThat(withBar).isBetween(30, 40);
        assertThat((Double)json.get("symbols")).isEqualTo(withBar);
        @SuppressWarnings("unchecked")
        final List<Map<String, Object>> candidates = (List<Map<String, Object>>)json.get("candidates");
        for (final Map<String, Object> c : candidates)
        {
            assertThat(names).contains((String)c.get("symbol"));
        }
    }

    @Test
    void aBadDateOrADayWithoutBarsIsSaidClearly()
    {
        final CliRun bad = CliRun.run("scan", "--date", "2017-13-01");
        assertThat(bad.exitCode).isEqualTo(2);
        assertThat(bad.err).contains("--date must be YYYY-MM-DD");
        final CliRun sunday = CliRun.run("scan", "--date", "2017-11-05");
        assertThat(sunday.exitCode).isEqualTo(1);
        assertThat(sunday.err).contains("no daily bars dated 2017-11-05");
    }
}
