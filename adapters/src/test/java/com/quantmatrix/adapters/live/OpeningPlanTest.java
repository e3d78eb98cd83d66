package com.quantmatrix.adapters.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.engine.data.DailyReplaySource;
import com.quantmatrix.engine.data.ProjectPaths;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.Reasons;
import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.options.SelectReason;
import com.quantmatrix.engine.options.chain.ChainQuotes;
import com.quantmatrix.engine.options.chain.LeanOptionMinuteReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan on a real chain: GOOG's daily bars through 2015-12-22 warm the engine, the real GOOG
 * chain of 2015-12-23 at 15:59 (LEAN minute quotes, bundled) arrives the way the chain job sends it
 * (OPTION_QUOTE inputs, source SNAPSHOT), and the plan for a long GOOG candidate names a GOOG call
 * the selector ranks first, priced inside its quote, sized within the per-trade risk limit. The
 * bundled chain holds one expiry (the next day), so the test opens the DTE window to 1 day and uses
 * the half-day liquidity rules of the chain-ranking benchmark, with no theta floor (a 1-day option loses
 * most of its premium overnight); everything else is the strategy's.
 * Building the plan changes no decision state: the engine's state hash and its reason counters are
 * the same before and after.
 */
class OpeningPlanTest
{
    private static final int WARM_THROUGH = 20151222;
    private static final int DAY = 20151223;

    @Test
    void aLongCandidateGetsACallFromTheRealChainSizedWithinRisk(@TempDir final Path tmp)
    {
        try (LiveHarness h = new LiveHarness(tmp.resolve("journal"), Map.of("health.heartbeat.seconds", "86400",
            "health.stale.data.seconds", "86400", "options.select.minDaysToExpiry", "1", "options.select.minVolume", "20",
            "options.select.minOpenInterest", "50", "options.select.thetaUnit", "premium", "options.select.minTheta", "-1")))
        {
            h.warmUp(List.of("GOOG", "SPY"), 20140101, WARM_THROUGH, 0);
            h.goLive();
            final long t = DailyReplaySource.epochNanos(DAY, 15, 59);
            h.clock(t);
            final int goog = h.engine.symbols().find("GOOG");
            final ChainQuotes close = LeanOptionMinuteReader.snapshot(
                LeanOptionMinuteReader.read(ProjectPaths.data().resolve("options/goog/20151223_quote_american.zip")), 15 * 3_600 + 59 * 60);
            for (int i = 0; i < close.size(); i++)
            {
                final long slot = h.pub.claim();
                final MarketEvent e = h.pub.event(slot);
                close.fill(i, goog, h.engine.nextSnapshotSeq(), e);
                e.source = MarketEvent.SOURCE_SNAPSHOT;
                e.eventTimeNanos = t;
                h.pub.publish(slot);
            }
            h.clock(t + 10_000_000_000L);
            h.settle();
            assertThat(h.engine.faults()).isZero();

            final String hashBefore = h.engine.stateHash().hex();
            final Map<String, Long> countersBefore = h.engine.counters().nonZero(0, Reasons.MAX_CODE);
            final List<LiveMessages.Candidate> candidates = List.of(
                new LiveMessages.Candidate("NOT_TRADED", 1, 90, 10, 1, 0.02, 1.5, 1e9),
                new LiveMessages.Candidate("GOOG", 1, 80, 748.4, 1.2, 0.02, 1.4, 1e9),
                new LiveMessages.Candidate("SPY", -1, 70, 203.5, -1.1, 0.01, 1.3, 1e10));
            final List<LiveMessages.PlanLine> plan = OpeningPlan.build(h.engine, candidates, 20, t + 20_000_000_000L);

            assertThat(plan).extracting(LiveMessages.PlanLine::symbol).containsExactly("GOOG", "SPY");
            final LiveMessages.PlanLine g = plan.get(0);
            final Instruments in = h.engine.instruments();
            assertThat(g.contractId()).as("reason " + Reasons.name(g.reason())).isGreaterThanOrEqualTo(0);
            final int c = g.contractId();
            assertThat(in.underlying[c]).isEqualTo(goog);
            assertThat(in.right[c]).isEqualTo(MarketEvent.CALL);
            assertThat(in.modeled[c]).isFalse();
            assertThat(in.expiry[c]).isGreaterThan(DAY);
            assertThat(g.limitMicros()).isBetween(Math.round(in.bid[c] * 1e6), Math.round(in.ask[c] * 1e6));
            assertThat(g.qty()).as("size, or why none: " + Reasons.name(g.reason())).isPositive();
            {
                assertThat(g.costMicros()).isEqualTo(g.qty() * g.limitMicros() * in.multiplier[c]);
                // the loss at the stop of the whole size stays within the per-trade limit of equity
                final long perTrade = Math.round(h.engine.trading().portfolio.equityMicros() * h.engine.trading().riskSettings.perTradePct / 100.0);
                assertThat(g.qty() * h.engine.trading().preTradeRisk.riskPerContractMicros()).isLessThanOrEqualTo(perTrade);
            }
            // the message: the contract by its OCC name, the order and its premium
            final String occ = com.quantmatrix.adapters.tastytrade.ContractSymbols.occ(in, h.engine.symbols()).apply(c);
            final var message = LiveMessages.plan(DAY, List.of(g.named(occ), plan.get(1)), h.engine.trading().portfolio.equityMicros(),
                java.time.Instant.ofEpochSecond(0, t));
            assertThat(message.embeds().get(0).title()).isEqualTo("Plan for the open 2015-12-23");
            assertThat(message.embeds().get(0).description().lines().toList()).containsExactly(
                String.format(java.util.Locale.ROOT, "GOOG long: %s, buy %d at %s, %s", occ, g.qty(),
                    com.quantmatrix.adapters.discord.DiscordEmbeds.usd(g.limitMicros()), com.quantmatrix.adapters.discord.DiscordEmbeds.usd(g.costMicros())),
                "SPY short: no contract (NO_CHAIN)");
            // no SPY chain was sent: the plan says so instead of modeling one
            assertThat(plan.get(1).contractId()).isEqualTo(-1);
            assertThat(plan.get(1).reason()).isEqualTo(SelectReason.NO_CHAIN);

            assertThat(h.engine.stateHash().hex()).as("state hash after the plan").isEqualTo(hashBefore);
            assertThat(h.engine.counters().nonZero(0, Reasons.MAX_CODE)).as("reason counters after the plan").isEqualTo(countersBefore);
        }
    }
}
