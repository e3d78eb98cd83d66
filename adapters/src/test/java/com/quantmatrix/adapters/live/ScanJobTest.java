package com.quantmatrix.adapters.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.adapters.discord.DiscordChannel;
import com.quantmatrix.adapters.discord.DiscordMessage;
import com.quantmatrix.adapters.net.RestClient;
import com.quantmatrix.adapters.net.RestSettings;
import com.quantmatrix.adapters.polygon.PolygonRestClient;
import com.quantmatrix.adapters.testing.Fault;
import com.quantmatrix.adapters.testing.Fixtures;
import com.quantmatrix.adapters.testing.LocalHttpServer;
import com.quantmatrix.engine.calendar.ExchangeCalendar;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.data.DailyReplaySource;
import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.market.MarketBackfill;
import com.quantmatrix.engine.market.MarketSettings;
import com.quantmatrix.engine.market.MarketState;
import com.quantmatrix.engine.market.SessionHours;
import com.quantmatrix.engine.signal.AtrMatrixScorer;
import com.quantmatrix.engine.signal.SignalSettings;
import com.quantmatrix.engine.signal.UniverseScan;
import com.quantmatrix.engine.stats.ReasonCounters;
import com.quantmatrix.engine.universe.GroupedDailyJson;
import com.quantmatrix.engine.universe.PreMarketScan;
import com.quantmatrix.engine.universe.ScanSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The 06:30 universe scan of Monday 2017-11-13 (the session before: Friday 2017-11-10) against a local
 * Polygon server: the grouped daily bars of the bundled market, the ATR Matrix on the scan's state
 * (seeded with the bars through 2017-11-09), the message to MORNING_BREW; and Polygon's refusal and a
 * cut-off body, which post the reason and rank nothing.
 */
class ScanJobTest
{
    private static final DailyBarStore STORE = DailyBarStore.bundled();
    private static final int SESSION = 20171110;
    private static final String PATH = "/v2/aggs/grouped/locale/us/market/stocks/2017-11-10";
    private static final ScanSettings NO_FILTERS = ScanSettings.from(Config.of(Map.of(
        "scan.min.price", "0", "scan.min.dollar.volume", "0", "scan.require.options", "false", "scan.top.candidates", "20")));

    private final List<DiscordMessage> posted = new ArrayList<>();

    private static byte[] groupedDaily()
    {
        final GroupedDailyJson json = new GroupedDailyJson(600);
        final long start = DailyReplaySource.epochNanos(SESSION, 0, 0) / 1_000_000L;
        for (final String s : new TreeSet<>(STORE.symbols()))
        {
            final DailyBarStore.Series b = STORE.series(s);
            final int i = Arrays.binarySearch(b.date, SESSION);
            if (i >= 0)
            {
                json.row(s, b.open[i], b.high[i], b.low[i], b.close[i], b.volume[i], Double.NaN, start, -1);
            }
        }
        return json.toBytes();
    }

    private ScanJob job(final LocalHttpServer polygon)
    {
        final PreMarketScan scan = new PreMarketScan(new SymbolTable(2_048), null, NO_FILTERS, MarketSettings.defaults(),
            SignalSettings.defaults(), 600);
        final List<ScanJob.Bar> bars = new ArrayList<>();
        for (final String s : new TreeSet<>(STORE.symbols()))
        {
            final DailyBarStore.Series b = STORE.series(s);
            for (int i = 0; i < b.size() && b.date[i] < SESSION; i++)
            {
                bars.add(new ScanJob.Bar(s, b.date[i], b.open[i], b.high[i], b.low[i], b.close[i], b.volume[i]));
            }
        }
        final PolygonRestClient rest = new PolygonRestClient(new RestClient(RestSettings.builder(polygon.baseUrl())
            .maxAttempts(1).secretHeader("Authorization", "Bearer scan-key-not-real").build()));
        final ScanJob job = new ScanJob(scan, day -> rest.groupedDailyBody(day, true), ExchangeCalendar.usEquities(), posted::add);
        job.seed(bars);
        return job;
    }

    @Test
    void theMondayScanRanksFridaysMarketWithTheAtrMatrix()
    {
        try (LocalHttpServer polygon = LocalHttpServer.start())
        {
            polygon.route(PATH, groupedDaily());
            final LiveMessages.ScanReport r = job(polygon).run(20171113, DailyReplaySource.epochNanos(20171113, 6, 30));

            final SymbolTable ids = new SymbolTable(2_048);
            final MarketState reference = new MarketState(2_048, MarketSettings.defaults(), SessionHours.REGULAR, new ReasonCounters());
            MarketBackfill.seedAll(reference, ids, STORE, SESSION);
            final UniverseScan expected = new UniverseScan(new AtrMatrixScorer(reference.daily(), SignalSettings.defaults()), 20);
            final int n = expected.scan(SESSION);
            assertThat(n).isGreaterThan(3);
            assertThat(r.error()).isNull();
            assertThat(r.sessionDate()).isEqualTo(SESSION);
            assertThat(r.top()).hasSize(n);
            final List<String> lines = new ArrayList<>();
            for (int k = 0; k < n; k++)
            {
                final String sym = ids.symbol(expected.symbol(k));
                assertThat(r.top().get(k).symbol()).isEqualTo(sym);
                lines.add(String.format(Locale.ROOT, "%d. %s long %.0f/100", k + 1, sym, expected.confidence(k)));
            }
            assertThat(posted).hasSize(1);
            final DiscordMessage m = posted.get(0);
            assertThat(m.channel()).isEqualTo(DiscordChannel.MORNING_BREW);
            assertThat(m.embeds().get(0).title()).isEqualTo("Universe scan 2017-11-13 (session 2017-11-10)");
            final String[] got = m.embeds().get(0).description().split("\n");
            assertThat(got).hasSize(n);
            for (int k = 0; k < n; k++)
            {
                assertThat(got[k]).startsWith(lines.get(k) + " close ");
            }
            assertThat(polygon.count(PATH)).isEqualTo(1);
            assertThat(polygon.requests().get(0).header("authorization")).isEqualTo("Bearer scan-key-not-real");
        }
    }

    @Test
    void aRefusalOrACutOffBodyPostsTheReasonAndRanksNothing()
    {
        try (LocalHttpServer polygon = LocalHttpServer.start())
        {
            final byte[] body = groupedDaily();
            polygon.route(PATH, body);
            final ScanJob job = job(polygon);
            polygon.fault(PATH, Fault.status(403, Fixtures.text("fixtures/polygon/errors/not_authorized_timeframe.json")));
            final LiveMessages.ScanReport refused = job.run(20171113, DailyReplaySource.epochNanos(20171113, 6, 30));
            assertThat(refused.error()).contains("NOT_AUTHORIZED").contains("Your plan doesn't include this data timeframe");
            assertThat(refused.top()).isEmpty();

            polygon.fault(PATH, Fault.body(new String(body, 0, body.length / 2, java.nio.charset.StandardCharsets.UTF_8)));
            final LiveMessages.ScanReport cut = job.run(20171113, DailyReplaySource.epochNanos(20171113, 6, 30));
            assertThat(cut.error()).isEqualTo("the grouped-daily response for 2017-11-10 could not be read (SCAN_MALFORMED_RESPONSE)");
            assertThat(job.scan().rowsApplied()).isZero();

            assertThat(posted).extracting(p -> p.embeds().get(0).description())
                .containsExactly("Scan failed: " + refused.error(), "Scan failed: " + cut.error());
            // the next day's scan goes through, as if nothing had happened
            assertThat(job.run(20171113, DailyReplaySource.epochNanos(20171113, 6, 30)).top()).isNotEmpty();
            assertThat(job.scan().scannedDate()).isEqualTo(SESSION);
        }
    }
}
