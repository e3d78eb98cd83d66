package com.quantmatrix.engine.universe;

import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.data.ProjectPaths;
import com.quantmatrix.engine.event.SymbolTable;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled NASDAQ Trader directory of 2016-08-15. */
class UniverseTest
{
    private final SymbolTable symbols = new SymbolTable(40_000);
    private final Universe universe = Universe.bundled(symbols);

    @Test
    void listsEveryDirectoryRowWithItsFlags()
    {
        // 3,145 NASDAQ rows + 5,223 other-listed rows, no symbol in both files.
        assertThat(universe.listedCount()).isEqualTo(8_368);
        int etfs = 0;
        int tests = 0;
        for (int id = 0; id < symbols.size(); id++)
        {
            etfs += universe.isEtf(id) ? 1 : 0;
            tests += universe.isTestIssue(id) ? 1 : 0;
        }
        assertThat(etfs).isEqualTo(1_746);
        assertThat(tests).isEqualTo(16);

        final int aapl = universe.id("AAPL");
        assertThat(universe.isListed(aapl)).isTrue();
        assertThat(universe.exchange(aapl)).isEqualTo(Universe.NASDAQ);
        assertThat(universe.isEtf(aapl)).isFalse();
        assertThat(universe.name(aapl)).isEqualTo("Apple Inc. - Common Stock");
        final int spy = universe.id("SPY");
        assertThat(universe.isEtf(spy)).isTrue();
        assertThat(universe.exchange(spy)).isEqualTo('P');
        assertThat(universe.exchange(universe.id("BRK.B"))).isEqualTo('N');
        assertThat(universe.isTestIssue(universe.id("ZAZZT"))).isTrue();
        assertThat(universe.isTestIssue(universe.id("CBO"))).isTrue();
        // VXX is an exchange-traded note: the directory does not flag it as an ETF.
        assertThat(universe.isEtf(universe.id("VXX"))).isFalse();
    }

    @Test
    void optionsAreKnownWhereRealChainsAreBundled()
    {
        assertThat(universe.options(universe.id("AAPL"))).isEqualTo(Universe.OPTIONS_LISTED);
        assertThat(universe.options(universe.id("GOOG"))).isEqualTo(Universe.OPTIONS_LISTED);
        assertThat(universe.options(universe.id("VXX"))).isEqualTo(Universe.OPTIONS_LISTED);
        assertThat(universe.options(universe.id("MSFT"))).isEqualTo(Universe.OPTIONS_UNKNOWN);
        universe.markOptions(List.of("MSFT"), Universe.OPTIONS_LISTED);
        assertThat(universe.options(universe.id("MSFT"))).isEqualTo(Universe.OPTIONS_LISTED);
    }

    @Test
    void coversTheSp500OfThePricePeriod() throws IOException
    {
        final List<String> lines = Files.readAllLines(ProjectPaths.data().resolve("reference/sp500-sectors-2018-04-02.csv"));
        final List<String> missing = new ArrayList<>();
        for (final String line : lines.subList(1, lines.size()))
        {
            final String s = line.substring(0, line.indexOf(','));
            final int id = universe.id(s);
            if (id < 0 || !universe.isListed(id))
            {
                missing.add(s);
            }
        }
        // Both listed (or took these tickers) after the directory's date, 2016-08-15.
        assertThat(missing).containsExactly("ARNC", "UAA");
    }

    @Test
    void prioritiesFollowDollarVolumeOfARealDay()
    {
        final DailyBarStore store = DailyBarStore.bundled();
        final GroupedDailyJson json = new GroupedDailyJson(600);
        final List<String> present = new ArrayList<>();
        for (final String s : store.symbols())
        {
            final DailyBarStore.Series b = store.series(s);
            final int i = Arrays.binarySearch(b.date, 20151127);
            if (i >= 0)
            {
                json.row(s.replace('-', '.'), b.open[i], b.high[i], b.low[i], b.close[i], b.volume[i], Double.NaN, 0, -1);
                present.add(s);
            }
        }
        final byte[] bytes = json.toBytes();
        final GroupedDailySnapshot day = new GroupedDailySnapshot(600);
        new GroupedDailyParser(symbols).parse(bytes, 0, bytes.length, day);
        assertThat(universe.applyDollarVolume(day)).isEqualTo(present.size());

        present.sort(Comparator.comparingDouble((String s) -> {
            final DailyBarStore.Series b = store.series(s);
            final int i = Arrays.binarySearch(b.date, 20151127);
            return -b.close[i] * b.volume[i];
        }));
        for (int rank = 1; rank <= 10; rank++)
        {
            final String s = present.get(rank - 1).replace('-', '.');
            assertThat(universe.priority(universe.id(s))).as(s).isEqualTo(rank);
        }
        // BRK-B of the daily bars is BRK.B in the directory and in Polygon's tickers.
        assertThat(universe.isListed(universe.id("BRK.B"))).isTrue();
        assertThat(universe.priority(universe.id("BRK.B"))).isPositive();
        // A listed symbol with no bar that day has no priority.
        assertThat(universe.priority(universe.id("ZAZZT"))).isZero();
    }
}
