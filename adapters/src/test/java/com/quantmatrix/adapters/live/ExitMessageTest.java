package com.quantmatrix.adapters.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.adapters.discord.DiscordChannel;
import com.quantmatrix.engine.data.DailyReplaySource;
import com.quantmatrix.engine.event.IntentPurpose;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.portfolio.Portfolio;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closed round trips reach SIGNALS with the contract's OCC symbol, the reason, the prices and the P&L; nothing before the run is live. */
class ExitMessageTest
{
    @Test
    void aClosedTradeIsPostedOnlyOnceTheRunIsLive(@TempDir final Path tmp)
    {
        try (LiveHarness h = new LiveHarness(tmp.resolve("journal"), Map.of("health.heartbeat.seconds", "86400")))
        {
            final int spy = h.engine.symbols().intern("SPY");
            final int call = h.engine.instruments().option(spy, 20131019, 170.0, MarketEvent.CALL);
            h.clock(DailyReplaySource.epochNanos(20131007, 10, 0));
            h.settle();
            // the warm-up (not live yet): a trade closing then is history, not news
            h.pilot.exits().onTradeClosed(call, 0, DailyReplaySource.epochNanos(20131007, 10, 0), 2, 1_500_000, 2_250_000, 148_000_000,
                2_000_000, IntentPurpose.PROFIT_TARGET);
            h.settle();
            assertThat(h.posts(DiscordChannel.SIGNALS)).isEmpty();

            h.goLive();
            h.clock(DailyReplaySource.epochNanos(20131007, 10, 1));
            h.settle();
            h.pilot.exits().onTradeClosed(call, 0, DailyReplaySource.epochNanos(20131007, 10, 1), 2, 1_500_000, 2_250_000, 148_000_000,
                2_000_000, IntentPurpose.PROFIT_TARGET);
            h.pilot.exits().onTradeClosed(call, 0, DailyReplaySource.epochNanos(20131019, 16, 0), -1, 900_000, 0, 90_000_000,
                650_000, Portfolio.CLOSE_EXPIRED);
            h.settle();
            final var signals = h.posts(DiscordChannel.SIGNALS);
            assertThat(signals).extracting(LiveHarness.Post::title)
                .containsExactly("Exit PROFIT_TARGET: SPY 131019C00170000", "Exit EXPIRED: SPY 131019C00170000");
            assertThat(signals.get(0).fields()).containsEntry("Quantity", "2").containsEntry("Entry", "$1.50")
                .containsEntry("Exit", "$2.25").containsEntry("P&L", "+$148.00").containsEntry("Return", "50.0%");
            assertThat(signals.get(0).timestamp()).isEqualTo("2013-10-07T14:01:00Z");
            assertThat(signals.get(1).fields()).containsEntry("Quantity", "1").containsEntry("Exit", "$0.00");
        }
    }
}
