package com.quantmatrix.adapters.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.adapters.discord.DiscordChannel;
import com.quantmatrix.engine.EngineContext;
import com.quantmatrix.engine.calendar.ExchangeCalendar;
import com.quantmatrix.engine.control.TradingSwitch;
import com.quantmatrix.engine.data.DailyReplaySource;
import com.quantmatrix.engine.event.AdminCommand;
import com.quantmatrix.engine.event.BrokerReport;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.health.HealthCondition;
import com.quantmatrix.engine.replay.JournalReplay;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker-silence watch of a live run with a remote broker, in event time: the venue's HEARTBEAT
 * reports (every 30 s, through the real {@link BrokerReportPublisher} into the ring, journaled) keep
 * it quiet; when they stop, the first CLOCK tick more than 90 s (health.broker.timeout.seconds) after
 * the last one raises BROKER_SILENT and REDUCE_ONLY through the admin path, SYSTEM_STATUS hears of it,
 * and the next HEARTBEAT clears it. After the close on a trading day, so stale market data plays no part.
 * The journal replays to the same decisions and state.
 */
class BrokerSilenceTest
{
    private static final int DAY = 20131007;

    private static long at(final int h, final int m, final int s)
    {
        return DailyReplaySource.epochNanos(DAY, h, m) + s * 1_000_000_000L;
    }

    /** CLOCK every 10 s from {@code from} to {@code to}; a HEARTBEAT every 30 s except while {@code silent}. */
    private static void drive(final LiveHarness h, final BrokerReportPublisher broker, final long from, final long to,
        final java.util.function.LongPredicate silent)
    {
        for (long t = from; t <= to; t += 10_000_000_000L)
        {
            if ((t - from) % 30_000_000_000L == 0 && !silent.test(t))
            {
                broker.onReport(BrokerReport.HEARTBEAT, 0, 0, 0, 0, 0, t);
            }
            h.clock(t);
        }
    }

    private static List<String> admins(final Path journal)
    {
        return LiveHarness.inputs(journal, e -> e.type == EventType.ADMIN,
            e -> AdminCommand.name(e.adminCommand) + " " + LiveMessages.instant(e.eventTimeNanos));
    }

    private static long heartbeatsOnRecord(final Path journal)
    {
        return LiveHarness.inputs(journal, e -> e.type == EventType.BROKER_REPORT && e.reportKind == BrokerReport.HEARTBEAT
            && e.source == MarketEvent.SOURCE_BROKER, e -> e.seq).size();
    }

    /** SYSTEM_STATUS posts but the periodic heartbeat (the first event of a period sends one). */
    private static List<LiveHarness.Post> status(final LiveHarness h)
    {
        return h.posts(DiscordChannel.SYSTEM_STATUS).stream().filter(p -> !p.title().endsWith("heartbeat")).toList();
    }

    @Test
    void aSilentBrokerReducesOnlyAndItsNextHeartbeatResumes(@TempDir final Path tmp)
    {
        final Path journal = tmp.resolve("journal");
        final String hash;
        final EngineContext ctx;
        // silent from 17:20:30 (the last heartbeat is at 17:20:00) until 17:25:00
        final java.util.function.LongPredicate silent = t -> t > at(17, 20, 0) && t < at(17, 25, 0);
        try (LiveHarness h = new LiveHarness(journal, Map.of("health.heartbeat.seconds", "86400"), true))
        {
            final BrokerReportPublisher broker = new BrokerReportPublisher();
            broker.bind(h.engine);
            h.goLive();
            drive(h, broker, at(17, 0, 0), at(17, 24, 50), silent);
            h.settle();

            // 100 s after the last heartbeat (the first tick past 90 s): alert, reduce-only, on record
            assertThat(h.pilot.health().isActive(HealthCondition.BROKER_SILENT)).isTrue();
            assertThat(h.pilot.health().isActive(HealthCondition.MARKET_DATA_STALE)).as("after the close").isFalse();
            assertThat(h.engine.tradingSwitch().mode()).isEqualTo(TradingSwitch.REDUCE_ONLY);
            final List<LiveHarness.Post> status = status(h);
            assertThat(status).extracting(LiveHarness.Post::title).containsExactly("ERROR: health: BROKER_SILENT", "WARN: trading");
            assertThat(status.get(0).description()).isEqualTo("the broker has not answered for 100 s; reduce-only until it clears");
            assertThat(status.get(0).timestamp()).isEqualTo("2013-10-07T21:21:40Z");
            assertThat(admins(journal)).containsExactly("reduce-only 2013-10-07T21:21:40Z");

            // the heartbeat at 17:25:00 clears it
            drive(h, broker, at(17, 25, 0), at(17, 30, 0), silent);
            h.settle();
            assertThat(h.pilot.health().isActive(HealthCondition.BROKER_SILENT)).isFalse();
            assertThat(h.engine.tradingSwitch().mode()).isEqualTo(TradingSwitch.RUNNING);
            final List<LiveHarness.Post> after = status(h);
            assertThat(after).extracting(LiveHarness.Post::title)
                .containsExactly("ERROR: health: BROKER_SILENT", "WARN: trading", "OK: health: BROKER_SILENT", "OK: trading");
            assertThat(after.get(2).timestamp()).isEqualTo("2013-10-07T21:25:00Z");
            assertThat(admins(journal)).containsExactly("reduce-only 2013-10-07T21:21:40Z", "resume 2013-10-07T21:25:00Z");
            assertThat(h.pilot.health().alerts(HealthCondition.BROKER_SILENT)).isEqualTo(1);
            // every 30 s from 17:00:00 to 17:20:00 (41) and from 17:25:00 to 17:30:00 (11); none while silent
            assertThat(heartbeatsOnRecord(journal)).isEqualTo(41 + 11);
            assertThat(h.engine.faults()).isZero();
            hash = h.engine.stateHash().hex();
            ctx = new EngineContext(h.config);
        }

        // the replay with the same time stages (broker watch armed) agrees decision by decision
        final Autopilot pilot = Autopilot.replay(ctx.config, ExchangeCalendar.usEquities(), true);
        final String[] replayed = new String[1];
        final JournalReplay.Result r = JournalReplay.replay(journal, ctx, pilot.timeStages(), pilot::attach,
            e -> replayed[0] = e.stateHash().hex());
        assertThat(r.decisionsMatch()).isTrue();
        assertThat(r.stateHash).isEqualTo(hash);
        assertThat(replayed[0]).isEqualTo(hash);
        assertThat(pilot.health().alerts(HealthCondition.BROKER_SILENT)).as("the replay's watch saw it too").isEqualTo(1);
    }
}
