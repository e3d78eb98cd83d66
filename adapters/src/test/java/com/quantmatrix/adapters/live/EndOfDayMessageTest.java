package com.quantmatrix.adapters.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.adapters.discord.DiscordChannel;
import com.quantmatrix.adapters.discord.Embed;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 15:45 end-of-day checks message: each open position with cost, mark and days to expiry; the ones
 * the expiry rule closes flagged and counted; working orders, unrealized P&amp;L and the trading mode.
 */
class EndOfDayMessageTest
{
    @Test
    void flagsWhatTheExpiryRuleClosesAndCountsTheRest()
    {
        final List<LiveMessages.EndOfDayLine> lines = List.of(
            new LiveMessages.EndOfDayLine(new LiveMessages.Holding("SPY 131011C00170000", 2, 1_500_000, 2_250_000), 1, true),
            new LiveMessages.EndOfDayLine(new LiveMessages.Holding("IBM 131116P00180000", 1, 3_100_000, 2_800_000), 40, false));
        final var m = LiveMessages.endOfDay(20131010, lines, 3, 1_200_000, "REDUCE_ONLY", Instant.parse("2013-10-10T19:45:00Z"));
        assertThat(m.channel()).isEqualTo(DiscordChannel.PORTFOLIO_DIGEST);
        final Embed e = m.embeds().get(0);
        assertThat(e.title()).isEqualTo("End-of-day checks 2013-10-10");
        assertThat(e.description().lines().toList()).containsExactly(
            "SPY 131011C00170000 x2: cost $1.50, mark $2.25, 1 days to expiry - closed by the expiry rule",
            "IBM 131116P00180000 x1: cost $3.10, mark $2.80, 40 days to expiry");
        assertThat(e.fields()).extracting(f -> f.name() + "=" + f.value()).containsExactly("Open positions=2",
            "Expiring (closed by the rule)=1", "Working orders=3", "Unrealized=+$1.20", "Trading=REDUCE_ONLY");
        assertThat(e.timestamp()).isEqualTo(Instant.parse("2013-10-10T19:45:00Z"));

        assertThat(LiveMessages.endOfDay(20131010, List.of(), 0, 0, "RUNNING", Instant.EPOCH).embeds().get(0).description())
            .isEqualTo("No open position.");
    }
}
