package com.quantmatrix.adapters.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.adapters.discord.DiscordChannel;
import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.data.DailyReplaySource;
import com.quantmatrix.engine.data.DailySeries;
import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.market.MarketBackfill;
import com.quantmatrix.engine.market.MarketSettings;
import com.quantmatrix.engine.market.MarketState;
import com.quantmatrix.engine.market.SessionHours;
import com.quantmatrix.engine.signal.AtrMatrixScorer;
import com.quantmatrix.engine.signal.SignalSettings;
import com.quantmatrix.engine.signal.UniverseScan;
import com.quantmatrix.engine.stats.ReasonCounters;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full simulated day through the real engine, from pre-market to the watchlist: the bundled daily
 * bars warm the engine (under reduce-only) and the whole-market scan, then Monday 2013-10-07 runs from
 * midnight to midnight with the real LEAN minute bars of SPY, AIG, BAC and IBM and a CLOCK event every
 * minute. Discord's webhooks are a local server; every message is checked: channel, order, time and
 * content. Then the engine restarts on its journal: it recovers the same state and sends nothing again.
 */
class LiveDayTest
{
    private static final long MINUTE = 60_000_000_000L;
    private static final int DAY = 20131007;
    private static final int SESSION = 20131004;
    private static final Map<String, String> CONFIG = Map.of("health.heartbeat.seconds", "3600",
        "scan.min.price", "0", "scan.min.dollar.volume", "0", "scan.require.options", "false");

    private static List<String> titles(final List<LiveHarness.Post> posts)
    {
        return posts.stream().map(LiveHarness.Post::title).toList();
    }

    @Test
    void aDayFromPreMarketToDigestThenARestartSendsNothingTwice(@TempDir final Path tmp)
    {
        final Path journal = tmp.resolve("journal");
        final String hash;
        final long inputs;
        try (LiveHarness h = new LiveHarness(journal, CONFIG))
        {
            h.serveGroupedDaily(SESSION);
            h.warmUp(LiveHarness.MINUTE_SYMBOLS, 20120101, SESSION, 20131003);
            h.goLive();
            // the scan's download runs on its own thread: in real time it is done long before the next phase
            // (07:00); here time runs 10,000 times faster, so the test lets it finish at 06:59
            h.drive(LocalDate.of(2013, 10, 7), DailyReplaySource.epochNanos(DAY, 0, 0), DailyReplaySource.epochNanos(DAY, 6, 59), MINUTE,
                t -> false);
            h.settle();
            h.drive(LocalDate.of(2013, 10, 7), DailyReplaySource.epochNanos(DAY, 7, 0), DailyReplaySource.epochNanos(DAY, 23, 59), MINUTE,
                t -> false);
            h.settle();

            // ---- MORNING_BREW: brief 06:00, scan 06:30, plan 08:00, watchlist 17:30 (EDT = UTC-4)
            final List<LiveHarness.Post> brew = h.posts(DiscordChannel.MORNING_BREW);
            assertThat(titles(brew)).containsExactly("Morning brief 2013-10-07", "Universe scan 2013-10-07 (session 2013-10-04)",
                "Plan for the open 2013-10-07", "Watchlist after 2013-10-07");
            assertThat(brew.stream().map(LiveHarness.Post::timestamp).toList())
                .containsExactly("2013-10-07T10:00:00Z", "2013-10-07T10:30:00Z", "2013-10-07T12:00:00Z", "2013-10-07T21:30:00Z");
            assertThat(brew.get(2).description()).as("no scan candidate, so nothing planned").isEqualTo("No candidate: nothing planned.");
            final Map<String, String> brief = brew.get(0).fields();
            assertThat(brief.get("VIX")).isEqualTo(String.format(Locale.ROOT, "%.2f", DailySeries.vix().onOrBefore(SESSION)));
            final DailyBarStore.Series spy = LiveHarness.STORE.series("SPY");
            assertThat(brief.get("Prior closes")).isEqualTo(String.format(Locale.ROOT, "SPY %.2f (2013-10-04)",
                spy.close[Arrays.binarySearch(spy.date, SESSION)]));
            assertThat(brief.get("Yesterday")).isEqualTo("2013-10-04: +$0.00 realized, 0 trades, 0 won");
            assertThat(brief.get("Equity")).isEqualTo("$100,000.00");
            assertThat(brief.get("Trading")).isEqualTo("RUNNING"); // the warm-up's reduce-only was lifted
            assertThat(brief.get("Open positions (0)")).isEqualTo("none");

            // the scan: every bundled symbol with a bar on the session, scored by the ATR Matrix on state
            // the engine's own market code builds from the same bars
            final Map<String, String> scan = brew.get(1).fields();
            final SymbolTable ids = new SymbolTable(2_048);
            final MarketState reference = new MarketState(2_048, MarketSettings.defaults(), SessionHours.REGULAR, new ReasonCounters());
            MarketBackfill.seedAll(reference, ids, LiveHarness.STORE, SESSION);
            final AtrMatrixScorer scorer = new AtrMatrixScorer(reference.daily(), SignalSettings.defaults());
            final UniverseScan refScan = new UniverseScan(scorer, 20);
            final int entries = refScan.scan(SESSION);
            assertThat(scan.get("Rows")).isEqualTo(Integer.toString(refScan.scanned()));
            assertThat(scan.get("Warm")).isEqualTo(Integer.toString(refScan.warm()));
            assertThat(scan.get("Entries")).isEqualTo(Integer.toString(refScan.passed()));
            assertThat(entries).isZero(); // in October 2013 only the ETFs have 200 bars, and none is an entry
            assertThat(brew.get(1).description()).isEqualTo("No ATR Matrix candidate today.");

            // the watchlist: the engine's own daily state after the close, the minute bars rolled into 2013-10-07's bar
            final Map<String, String> watch = brew.get(3).fields();
            final UniverseScan engineScan = new UniverseScan(h.engine.signals().scorer(), 10);
            final int tonight = engineScan.scan(DAY);
            assertThat(watch.get("Scanned")).isEqualTo(Integer.toString(engineScan.scanned())).isEqualTo("4");
            assertThat(watch.get("Warm")).isEqualTo(Integer.toString(engineScan.warm())).isEqualTo("1");
            assertThat(tonight).isZero();

            // ---- PORTFOLIO_DIGEST: end-of-day checks 15:45, digest 16:30 (with the Greeks), review 17:00
            final List<LiveHarness.Post> all = h.posts(DiscordChannel.PORTFOLIO_DIGEST);
            assertThat(titles(all)).containsExactly("End-of-day checks 2013-10-07", "Daily digest 2013-10-07", "Strategy review 2013-10-07");
            assertThat(all.get(0).timestamp()).isEqualTo("2013-10-07T19:45:00Z");
            assertThat(all.get(0).fields()).containsEntry("Open positions", Integer.toString(h.engine.trading().portfolio.openCount()))
                .containsEntry("Working orders", "0").containsEntry("Trading", "RUNNING");
            final List<LiveHarness.Post> digest = all.subList(1, 3);
            assertThat(digest.get(0).timestamp()).isEqualTo("2013-10-07T20:30:00Z");
            assertThat(digest.get(1).timestamp()).isEqualTo("2013-10-07T21:00:00Z");
            final Map<String, String> d = digest.get(0).fields();
            assertThat(d).containsEntry("P&L (day)", "+$0.00").containsEntry("Trades", "0").containsEntry("Win rate", "n/a")
                .containsEntry("Best", "none").containsEntry("Worst", "none").containsEntry("Heat", "0.0%")
                .containsEntry("Open positions", Integer.toString(h.engine.trading().portfolio.openCount()))
                .containsEntry("Equity", com.quantmatrix.adapters.discord.DiscordEmbeds.usd(h.engine.trading().portfolio.equityMicros()));
            assertThat(digest.get(0).embed(1).get("title").text()).isEqualTo("Greeks 2013-10-07");
            assertThat(digest.get(0).fields(1)).containsEntry("Delta", "+0.00 $/1%").containsEntry("Theta", "+0.00 $/day");
            assertThat(digest.get(1).description()).isEqualTo("0 closed trades in the window: too few to judge (10 needed).");

            // ---- SYSTEM_STATUS: the 09:00 pre-open check, and a heartbeat at the first event of every hour, all healthy
            final List<LiveHarness.Post> preOpen = h.posts(DiscordChannel.SYSTEM_STATUS).stream()
                .filter(p -> p.title().endsWith("pre-open")).toList();
            assertThat(preOpen).extracting(LiveHarness.Post::title).containsExactly("OK: pre-open");
            assertThat(preOpen.get(0).timestamp()).isEqualTo("2013-10-07T13:00:00Z");
            assertThat(preOpen.get(0).description()).isEqualTo("RUNNING; health ok; feed n/a; 0 option contracts with a real quote");
            final List<LiveHarness.Post> status = h.posts(DiscordChannel.SYSTEM_STATUS).stream()
                .filter(p -> !p.title().endsWith("pre-open")).toList();
            final List<String> hours = new ArrayList<>();
            for (int k = 0; k < 24; k++)
            {
                hours.add(Instant.parse("2013-10-07T04:00:00Z").plusSeconds(3_600L * k).toString());
            }
            assertThat(status.stream().map(LiveHarness.Post::timestamp).toList()).containsExactlyElementsOf(hours);
            assertThat(status).allSatisfy(p -> assertThat(p.title()).isEqualTo("OK: heartbeat"));
            assertThat(status.get(12).description()).startsWith("RUNNING; last market data 0 s ago;"); // 12:00 EDT, in the session

            assertThat(h.posts(DiscordChannel.SIGNALS)).isEmpty();
            assertThat(h.posts).hasSize(4 + 3 + 1 + 24);
            assertThat(h.engine.faults()).isZero();
            assertThat(h.pilot.health().alerts(com.quantmatrix.engine.health.HealthCondition.MARKET_DATA_STALE)).isZero();
            hash = h.engine.stateHash().hex();
            inputs = h.engine.acceptedInputs();
        }

        // ---- restart on the same journal: the day is recovered, and not one message goes out again
        try (LiveHarness again = new LiveHarness(journal, CONFIG))
        {
            again.goLive();
            again.settle();
            assertThat(again.engine.recoveredInputs()).isEqualTo(inputs);
            assertThat(again.engine.stateHash().hex()).isEqualTo(hash);
            assertThat(again.pilot.reporter().phases()).as("the recovery ran the day's phases again").isGreaterThanOrEqualTo(11);
            assertThat(again.posts).isEmpty();
            // ... and goes on: the first new event of the next hour brings that hour's heartbeat
            again.clock(DailyReplaySource.epochNanos(20131008, 0, 0));
            again.settle();
            assertThat(titles(again.posts)).containsExactly("OK: heartbeat");
            assertThat(again.posts.get(0).timestamp()).isEqualTo("2013-10-08T04:00:00Z");
        }
    }
}
