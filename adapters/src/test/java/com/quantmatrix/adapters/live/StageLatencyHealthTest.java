package com.quantmatrix.adapters.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.adapters.discord.DiscordChannel;
import com.quantmatrix.engine.EngineContext;
import com.quantmatrix.engine.control.TradingSwitch;
import com.quantmatrix.engine.data.DailyReplaySource;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.Reasons;
import com.quantmatrix.engine.health.HealthCondition;
import com.quantmatrix.engine.pipeline.StageLatency;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stage-latency watch end to end: the pipeline's own latency series for "market-state" (the
 * engine's StageLatency, where the pipeline thread records too) holds an interval of 2 ms samples,
 * the {@link LatencyWatch} turns each interval into a journaled STAGE_LATENCY input (its p99), the
 * health watch raises STAGE_OVER_BUDGET after 3 intervals over the 500 us budget (config/health.properties),
 * the engine goes REDUCE_ONLY and SYSTEM_STATUS names the stage; 6 intervals within budget clear it.
 * The journal replays to the same decisions, and the replay's watch raises the same alert.
 */
class StageLatencyHealthTest
{
    private static final int DAY = 20131007;

    private static long at(final int h, final int m, final int s)
    {
        return DailyReplaySource.epochNanos(DAY, h, m) + s * 1_000_000_000L;
    }

    private static int series(final StageLatency latency, final String name)
    {
        for (int i = 0; i < latency.size(); i++)
        {
            if (latency.name(i).equals(name))
            {
                return i;
            }
        }
        throw new AssertionError("no stage " + name);
    }

    /** STAGE_LATENCY inputs on record: "stage p99Micros". */
    private static List<String> samples(final Path journal)
    {
        return LiveHarness.inputs(journal, e -> e.type == EventType.STAGE_LATENCY, e -> e.stage + " " + e.latencyNanos / 1_000);
    }

    /** SYSTEM_STATUS posts but the periodic heartbeat (the first event of a period sends one). */
    private static List<LiveHarness.Post> status(final LiveHarness h)
    {
        return h.posts(DiscordChannel.SYSTEM_STATUS).stream().filter(p -> !p.title().endsWith("heartbeat")).toList();
    }

    @Test
    void aStageOverItsBudgetForThreeIntervalsReducesOnlyUntilSixIntervalsWithin(@TempDir final Path tmp)
    {
        final Path journal = tmp.resolve("journal");
        final String hash;
        final EngineContext ctx;
        final int stage;
        try (LiveHarness h = new LiveHarness(journal, Map.of("health.heartbeat.seconds", "86400")))
        {
            final StageLatency latency = h.engine.pipeline().latency();
            stage = series(latency, "market-state");
            final long[] now = {at(17, 0, 0)};
            final LatencyWatch watch = new LatencyWatch(h.engine, () -> now[0], 100);
            h.goLive();
            h.clock(now[0]);
            h.settle();
            watch.baseline();

            // three 10 s intervals in which market-state took 2 ms (200 samples each)
            for (int k = 1; k <= 3; k++)
            {
                for (int i = 0; i < 200; i++)
                {
                    latency.record(stage, 2_000_000L);
                }
                now[0] = at(17, 0, 10 * k);
                assertThat(watch.sample()).as("samples sent, interval " + k).isEqualTo(1);
                h.clock(now[0]);
                h.settle();
                if (k < 3)
                {
                    assertThat(h.pilot.health().isActive(HealthCondition.STAGE_OVER_BUDGET)).as("after " + k + " intervals").isFalse();
                }
            }
            assertThat(h.pilot.health().isActive(HealthCondition.STAGE_OVER_BUDGET)).isTrue();
            assertThat(h.engine.tradingSwitch().mode()).isEqualTo(TradingSwitch.REDUCE_ONLY);
            final List<LiveHarness.Post> status = status(h);
            assertThat(status).extracting(LiveHarness.Post::title).containsExactly("ERROR: health: STAGE_OVER_BUDGET", "WARN: trading");
            assertThat(status.get(0).description())
                .isEqualTo("stage market-state ran over its latency budget: p99 2000 us in the last interval; reduce-only until it clears");
            assertThat(status.get(0).timestamp()).isEqualTo("2013-10-07T21:00:30Z");

            // six intervals of 10 us: cleared after the sixth, not before
            for (int k = 4; k <= 9; k++)
            {
                for (int i = 0; i < 200; i++)
                {
                    latency.record(stage, 10_000L);
                }
                now[0] = at(17, 0, 10 * k);
                watch.sample();
                h.clock(now[0]);
                h.settle();
                assertThat(h.pilot.health().isActive(HealthCondition.STAGE_OVER_BUDGET)).as("after " + k + " intervals").isEqualTo(k < 9);
            }
            assertThat(h.engine.tradingSwitch().mode()).isEqualTo(TradingSwitch.RUNNING);
            assertThat(status(h)).extracting(LiveHarness.Post::title)
                .containsExactly("ERROR: health: STAGE_OVER_BUDGET", "WARN: trading", "OK: health: STAGE_OVER_BUDGET", "OK: trading");

            // an interval with too few samples sends nothing; a bad sample is refused with its reason
            latency.record(stage, 5_000_000L);
            assertThat(watch.sample()).isZero();
            final long refusedBefore = h.engine.counters().get(Reasons.BAD_LATENCY_SAMPLE);
            h.engine.submitStageLatency(stage, -1, at(17, 1, 40));
            h.settle();
            assertThat(h.engine.counters().get(Reasons.BAD_LATENCY_SAMPLE)).isEqualTo(refusedBefore + 1);

            assertThat(samples(journal)).hasSize(9 + 1).startsWith(stage + " 2000", stage + " 2000", stage + " 2000")
                .contains(stage + " 10");
            assertThat(watch.samplesSent()).isEqualTo(9);
            assertThat(h.engine.faults()).isZero();
            hash = h.engine.stateHash().hex();
            ctx = new EngineContext(h.config);
        }

        LiveHarness.assertReplays(journal, ctx, hash);
    }
}
