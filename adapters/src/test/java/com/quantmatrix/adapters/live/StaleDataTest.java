package com.quantmatrix.adapters.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.adapters.discord.DiscordChannel;
import com.quantmatrix.engine.EngineContext;
import com.quantmatrix.engine.control.TradingSwitch;
import com.quantmatrix.engine.data.DailyReplaySource;
import com.quantmatrix.engine.event.AdminCommand;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.health.HealthCondition;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The health watch wired into the engine: the feed goes silent in the middle of a real session
 * (2013-10-07, LEAN minute bars; a CLOCK event every 10 s goes on), the watch raises the alert
 * 120 s after the last bar, the engine moves to REDUCE_ONLY through the admin path (the switch at once,
 * a journaled ADMIN event), SYSTEM_STATUS hears of it; the next bar clears it and trading resumes.
 * The journal then replays to the same decisions and the same state.
 */
class StaleDataTest
{
    private static final long TEN_SECONDS = 10_000_000_000L;
    private static final int DAY = 20131007;
    private static final LocalDate DATE = LocalDate.of(2013, 10, 7);

    private static long at(final int h, final int m, final int s)
    {
        return DailyReplaySource.epochNanos(DAY, h, m) + s * 1_000_000_000L;
    }

    /** The ADMIN inputs on record: command, arg, event time. */
    private static List<String> admins(final Path journal)
    {
        return LiveHarness.inputs(journal, e -> e.type == EventType.ADMIN,
            e -> AdminCommand.name(e.adminCommand) + " " + e.adminArg + " " + LiveMessages.instant(e.eventTimeNanos));
    }

    @Test
    void aSilentFeedInTheSessionReducesOnlyAndFreshDataResumes(@TempDir final Path tmp)
    {
        final Path journal = tmp.resolve("journal");
        final String hash;
        final EngineContext ctx;
        // the feed is silent from just after the bar ending 10:30:00 until the bar ending 10:37:00
        final java.util.function.LongPredicate silent = t -> t > at(10, 30, 0) && t < at(10, 37, 0);
        try (LiveHarness h = new LiveHarness(journal, Map.of("health.heartbeat.seconds", "86400")))
        {
            h.warmUp(LiveHarness.MINUTE_SYMBOLS, 20120101, 20131004, 0);
            h.goLive();
            h.drive(DATE, at(9, 0, 0), at(10, 35, 0), TEN_SECONDS, silent);
            h.settle();

            // 130 s after the last bar (the first tick past 120 s): alert, reduce-only, on record
            assertThat(h.pilot.health().isActive(HealthCondition.MARKET_DATA_STALE)).isTrue();
            assertThat(h.engine.tradingSwitch().mode()).isEqualTo(TradingSwitch.REDUCE_ONLY);
            assertThat(h.engine.trading().preTradeRisk.tradingSwitch().isReduceOnly()).as("what risk reads").isTrue();
            final List<LiveHarness.Post> status = h.posts(DiscordChannel.SYSTEM_STATUS).stream()
                .filter(p -> !p.title().endsWith("heartbeat") && !p.title().endsWith("pre-open")).toList();
            assertThat(status).extracting(LiveHarness.Post::title).containsExactly("ERROR: health: MARKET_DATA_STALE", "WARN: trading");
            assertThat(status.get(0).description()).isEqualTo("no market data for 130 s during the session; reduce-only until it clears");
            assertThat(status.get(0).timestamp()).isEqualTo("2013-10-07T14:32:10Z");
            assertThat(status.get(1).description()).startsWith("REDUCE_ONLY:");
            assertThat(admins(journal)).containsExactly(
                "reduce-only 0 2013-10-04T22:00:00Z", "resume 1 2013-10-04T22:00:00Z", // the warm-up
                "reduce-only 0 2013-10-07T14:32:10Z");

            // the bar ending 10:37:00 clears it
            h.drive(DATE, at(10, 35, 10), at(11, 0, 0), TEN_SECONDS, silent);
            h.settle();
            assertThat(h.pilot.health().isActive(HealthCondition.MARKET_DATA_STALE)).isFalse();
            assertThat(h.engine.tradingSwitch().mode()).isEqualTo(TradingSwitch.RUNNING);
            final List<LiveHarness.Post> after = h.posts(DiscordChannel.SYSTEM_STATUS).stream()
                .filter(p -> !p.title().endsWith("heartbeat") && !p.title().endsWith("pre-open")).toList();
            assertThat(after).extracting(LiveHarness.Post::title)
                .containsExactly("ERROR: health: MARKET_DATA_STALE", "WARN: trading", "OK: health: MARKET_DATA_STALE", "OK: trading");
            assertThat(after.get(2).timestamp()).isEqualTo("2013-10-07T14:37:00Z");
            assertThat(after.get(3).description()).isEqualTo("RUNNING: every health condition cleared");
            assertThat(admins(journal)).endsWith("reduce-only 0 2013-10-07T14:32:10Z", "resume 1 2013-10-07T14:37:00Z");
            assertThat(h.pilot.health().alerts(HealthCondition.MARKET_DATA_STALE)).isEqualTo(1);
            assertThat(h.engine.faults()).isZero();
            hash = h.engine.stateHash().hex();
            ctx = new EngineContext(h.config);
        }

        // the replay of the live journal (with the live time stages, silent) agrees decision by decision
        LiveHarness.assertReplays(journal, ctx, hash);
    }
}
