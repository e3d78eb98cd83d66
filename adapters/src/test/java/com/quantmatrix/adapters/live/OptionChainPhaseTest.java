package com.quantmatrix.adapters.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.adapters.discord.DiscordChannel;
import com.quantmatrix.adapters.testing.Fixtures;
import com.quantmatrix.engine.EngineContext;
import com.quantmatrix.engine.data.DailyReplaySource;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.instrument.Instruments;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real option chains into a live engine: Polygon's recorded chain snapshot of AAPL
 * (fixtures/polygon/rest/options_chain_snapshot_AAPL.json, served by a local HTTP server) goes
 * through the {@link ChainJob} into the ring as a journaled OPTION_QUOTE (source SNAPSHOT, stamped
 * with the harness's clock), lands in the engine's contract table with its real quote and vendor IV
 * (not modeled), and the journal replays to the same state. A chain that cannot be downloaded is a
 * line in the summary, not an exception. At 07:00 OPTION_ANALYSIS posts the summary to MORNING_BREW,
 * at 08:00 RISK_PLAN the plan (its content on a real chain: OpeningPlanTest).
 */
class OptionChainPhaseTest
{
    private static final int DAY = 20131007;

    @Test
    void theRecordedChainEntersTheEngineAsJournaledQuotesAndReplays(@TempDir final Path tmp)
    {
        final Path journal = tmp.resolve("journal");
        final String hash;
        final EngineContext ctx;
        try (LiveHarness h = new LiveHarness(journal, Map.of("health.heartbeat.seconds", "86400"), false, true))
        {
            h.polygon.route("/v3/snapshot/options/AAPL", Fixtures.bytes("fixtures/polygon/rest/options_chain_snapshot_AAPL.json"));
            h.polygon.route("/v3/snapshot/options/SPY", 500, "{\"status\":\"ERROR\",\"error\":\"internal\"}".getBytes(), "application/json");
            final int aapl = h.engine.symbols().intern("AAPL");
            h.engine.symbols().intern("SPY");
            h.goLive();
            final long t = DailyReplaySource.epochNanos(DAY, 7, 0);
            h.clock(t);
            h.settle();

            final ChainJob job = new ChainJob(new com.quantmatrix.adapters.polygon.PolygonRestClient(
                new com.quantmatrix.adapters.net.RestClient(com.quantmatrix.adapters.net.RestSettings.builder(h.polygon.baseUrl())
                    .secretHeader("Authorization", "Bearer test-key-not-real").maxAttempts(1).build()))::optionChain, () -> t);
            job.attach(h.engine);
            final List<ChainJob.Summary> loaded = job.refresh(List.of("AAPL", "NOT_TRADED", "SPY"));
            h.settle();

            assertThat(loaded).hasSize(2); // NOT_TRADED is not in the engine: no market state to trade it on
            final ChainJob.Summary a = loaded.get(0);
            assertThat(a.underlying()).isEqualTo("AAPL");
            assertThat(a.contracts()).isEqualTo(1);
            assertThat(a.skipped()).isZero();
            assertThat(a.expiries()).isEqualTo(1);
            assertThat(a.atmExpiry()).isEqualTo(20230616);
            assertThat(a.atmStrike()).isEqualTo(150.0);
            assertThat(a.atmIv()).isEqualTo(0.3570277203465058);
            assertThat(loaded.get(1).underlying()).isEqualTo("SPY");
            assertThat(loaded.get(1).error()).isNotNull();

            final Instruments in = h.engine.instruments();
            final int c = in.findOption(aapl, 20230616, 150.0, MarketEvent.CALL);
            assertThat(c).as("the contract from the snapshot").isGreaterThanOrEqualTo(0);
            assertThat(in.bid[c]).isEqualTo(28.9);
            assertThat(in.ask[c]).isEqualTo(29.25);
            assertThat(in.openInterest[c]).isEqualTo(8133);
            assertThat(in.modeled[c]).isFalse();
            assertThat(LiveHarness.inputs(journal, e -> e.type == EventType.OPTION_QUOTE,
                e -> e.source + " " + e.seq + " " + e.symbolId + " " + e.expiry + " " + e.strike + " " + e.bid + "/" + e.ask + " " + e.eventTimeNanos))
                .containsExactly(MarketEvent.SOURCE_SNAPSHOT + " 1 " + aapl + " 20230616 150.0 28.9/29.25 " + t);

            // the message the 07:00 phase posts for such a refresh
            final var message = LiveMessages.optionAnalysis(DAY, loaded, java.time.Instant.ofEpochSecond(0, t));
            assertThat(message.channel()).isEqualTo(DiscordChannel.MORNING_BREW);
            assertThat(message.embeds().get(0).title()).isEqualTo("Option analysis 2013-10-07");
            assertThat(message.embeds().get(0).description().lines().toList()).hasSize(2)
                .first().isEqualTo("AAPL: 1 contracts, 1 expiries, ATM IV 35.7% (2023-06-16 150.00)");
            assertThat(message.embeds().get(0).description().lines().toList().get(1)).startsWith("SPY: chain unavailable (");
            assertThat(h.engine.faults()).isZero();
            hash = h.engine.stateHash().hex();
            ctx = new EngineContext(h.config);
        }
        LiveHarness.assertReplays(journal, ctx, hash);
    }

    @Test
    void theOptionAnalysisPhasePostsAt0700AndThePlanAt0800(@TempDir final Path tmp)
    {
        try (LiveHarness h = new LiveHarness(tmp.resolve("journal"), Map.of("health.heartbeat.seconds", "86400"), false, true))
        {
            h.serveGroupedDaily(20131004);
            h.goLive();
            for (long t = DailyReplaySource.epochNanos(DAY, 5, 50); t <= DailyReplaySource.epochNanos(DAY, 8, 10); t += 60_000_000_000L)
            {
                h.clock(t);
                h.settle(); // the scan and the chain downloads finish between ticks, as they would in real time
            }
            final List<LiveHarness.Post> brew = h.posts(DiscordChannel.MORNING_BREW);
            assertThat(brew).extracting(LiveHarness.Post::title).contains("Option analysis 2013-10-07");
            final LiveHarness.Post analysis = brew.stream().filter(p -> p.title().startsWith("Option analysis")).findFirst().orElseThrow();
            assertThat(analysis.timestamp()).isEqualTo("2013-10-07T11:00:00Z");
            // October 2013: the scan has no ATR Matrix candidate (see LiveDayTest) and nothing is held
            assertThat(analysis.description()).isEqualTo("No candidate to analyse today.");
            final LiveHarness.Post plan = brew.stream().filter(p -> p.title().startsWith("Plan for the open")).findFirst().orElseThrow();
            assertThat(plan.title()).isEqualTo("Plan for the open 2013-10-07");
            assertThat(plan.timestamp()).isEqualTo("2013-10-07T12:00:00Z");
            assertThat(plan.description()).isEqualTo("No candidate: nothing planned.");
            assertThat(plan.fields()).containsEntry("Orders", "0").containsEntry("Equity", "$100,000.00");
        }
    }
}
