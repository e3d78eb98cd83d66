package com.quantmatrix.engine.universe;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.market.MarketBackfill;
import com.quantmatrix.engine.market.MarketSettings;
import com.quantmatrix.engine.market.MarketState;
import com.quantmatrix.engine.market.SessionHours;
import com.quantmatrix.engine.signal.AtrMatrixScorer;
import com.quantmatrix.engine.signal.SignalSettings;
import com.quantmatrix.engine.signal.UniverseScan;
import com.quantmatrix.engine.stats.ReasonCounters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The pre-market scan with the real ATR Matrix: its state seeded from the bundled bars through the day
 * before, then one grouped-daily response (the day's real bars in Polygon's shape) applied and ranked,
 * must rank exactly as the engine's own universe scan does over state seeded through that day.
 */
class PreMarketScanTest
{
    private static final int DAY = 20171110;
    private static final DailyBarStore STORE = DailyBarStore.bundled();
    private static final List<String> NAMES = new ArrayList<>(new TreeSet<>(STORE.symbols()));
    /** Filters off, so the scan and the engine's scan look at the same symbols. */
    private static final ScanSettings NO_FILTERS = ScanSettings.from(Config.of(Map.of(
        "scan.min.price", "0", "scan.min.dollar.volume", "0", "scan.require.options", "false", "scan.top.candidates", "20")));

    private static byte[] groupedDaily(final int day)
    {
        final GroupedDailyJson json = new GroupedDailyJson(600);
        for (final String s : NAMES)
        {
            final DailyBarStore.Series b = STORE.series(s);
            final int i = Arrays.binarySearch(b.date, day);
            if (i >= 0)
            {
                json.row(s, b.open[i], b.high[i], b.low[i], b.close[i], b.volume[i], Double.NaN, 0, -1);
            }
        }
        return json.toBytes();
    }

    private static PreMarketScan seededThrough(final int lastDay)
    {
        final PreMarketScan scan = new PreMarketScan(new SymbolTable(2_048), null, NO_FILTERS, MarketSettings.defaults(),
            SignalSettings.defaults(), 600);
        for (final String s : NAMES)
        {
            final DailyBarStore.Series b = STORE.series(s);
            for (int i = 0; i < b.size() && b.date[i] <= lastDay; i++)
            {
                scan.seed(s, b.date[i], b.open[i], b.high[i], b.low[i], b.close[i], b.volume[i]);
            }
        }
        return scan;
    }

    @Test
    void theNextSessionsGroupedDailyRanksLikeTheEngineScanOverTheSameBars()
    {
        // the reference: the engine's market state seeded through DAY, scanned by the signal concern's UniverseScan
        final SymbolTable ids = new SymbolTable(2_048);
        final MarketState market = new MarketState(2_048, MarketSettings.defaults(), SessionHours.REGULAR, new ReasonCounters());
        MarketBackfill.seedAll(market, ids, STORE, DAY);
        final UniverseScan reference = new UniverseScan(new AtrMatrixScorer(market.daily(), SignalSettings.defaults()), 20);
        final int expected = reference.scan(DAY);

        final PreMarketScan scan = seededThrough(20171109);
        final byte[] body = groupedDaily(DAY);
        final RankedCandidates ranked = scan.scanDay(body, 0, body.length, DAY);

        assertThat(expected).as("the bundled data has ATR Matrix entries on " + DAY).isGreaterThan(3);
        assertThat(ranked.count).isEqualTo(expected);
        assertThat(ranked.rowsSeen).isEqualTo(scan.day().size).isGreaterThan(500);
        for (int k = 0; k < expected; k++)
        {
            assertThat(scan.symbol(ranked.symbolId[k])).as("rank " + k).isEqualTo(ids.symbol(reference.symbol(k)));
            assertThat(ranked.score[k]).as("confidence at rank " + k).isEqualTo(reference.confidence(k));
            assertThat(scan.direction(ranked.symbolId[k])).isEqualTo(reference.direction(k));
        }
        assertThat(scan.scannedDate()).isEqualTo(DAY);
    }

    @Test
    void aTruncatedResponseAppliesNothingAndTheRetryRanksTheSame()
    {
        final PreMarketScan scan = seededThrough(20171109);
        final byte[] body = groupedDaily(DAY);
        final RankedCandidates cut = scan.scanDay(body, 0, body.length / 2, DAY);
        assertThat(cut.count).isZero();
        assertThat(scan.day().status).isEqualTo(ScanReason.MALFORMED_RESPONSE);
        assertThat(scan.rowsApplied()).isZero();
        assertThat(scan.scannedDate()).isZero();

        final PreMarketScan fresh = seededThrough(20171109);
        final RankedCandidates a = scan.scanDay(body, 0, body.length, DAY);
        final int[] got = Arrays.copyOf(a.symbolId, a.count);
        final RankedCandidates b = fresh.scanDay(body, 0, body.length, DAY);
        assertThat(got).containsExactly(Arrays.copyOf(b.symbolId, b.count));
    }

    @Test
    void aSymbolWithoutTwoHundredBarsIsNeverACandidate()
    {
        // seeded through 2013-06-28 only: the S&P stocks start on 2013-01-02, far from warm for SMA200
        final PreMarketScan scan = seededThrough(20130628);
        final byte[] body = groupedDaily(20130701);
        final RankedCandidates r = scan.scanDay(body, 0, body.length, 20130701);
        for (int k = 0; k < r.count; k++)
        {
            final DailyBarStore.Series s = STORE.series(scan.symbol(r.symbolId[k]));
            assertThat(s.indexOnOrAfter(20130702)).as(scan.symbol(r.symbolId[k])).isGreaterThanOrEqualTo(200);
        }
        assertThat(scan.warmSymbols()).isLessThan(40); // only the ETFs, which start in 2012
    }
}
