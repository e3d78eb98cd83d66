package com.quantmatrix.adapters.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.adapters.discord.DiscordChannel;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daily cycle's exact phase sequence is tested in engine.cycle (DailyCycleTest: a week with a
 * holiday and an early close, both daylight-saving changes). This is the same Thanksgiving week 2015
 * through the wired engine: only CLOCK events (every 5 minutes, no feed), and what reaches Discord.
 * Thursday 26 is a holiday (nothing at all); Friday 27 closes at 13:00, so its digest comes at 13:30;
 * Friday's scan asks Polygon for Wednesday's session, the last one before it.
 */
class HolidayWeekTest
{
    private static final ZoneId NY = ZoneId.of("America/New_York");

    @Test
    void thanksgivingWeekThroughTheEngine(@TempDir final Path tmp)
    {
        try (LiveHarness h = new LiveHarness(tmp.resolve("journal"), Map.of("health.heartbeat.seconds", "86400",
            "health.stale.data.seconds", "86400")))
        {
            for (final int session : new int[] {20151120, 20151123, 20151124, 20151125})
            {
                h.serveGroupedDaily(session);
            }
            h.goLive();
            ZonedDateTime t = ZonedDateTime.of(2015, 11, 22, 0, 0, 0, 0, NY);
            final ZonedDateTime end = ZonedDateTime.of(2015, 11, 29, 0, 0, 0, 0, NY);
            while (t.isBefore(end))
            {
                h.clock(t.toEpochSecond() * 1_000_000_000L);
                if (t.getHour() == 6 && t.getMinute() == 55)
                {
                    h.settle(); // in real time the 06:30 scan is long done by then
                }
                t = t.plusMinutes(5);
            }
            h.settle();

            // a week of event time runs in a second here, and the scan posts from a thread of its own: in real time
            // hours apart, messages of two threads may arrive in either order, so they are compared in time order
            final List<LiveHarness.Post> digest = inTimeOrder(h.posts(DiscordChannel.PORTFOLIO_DIGEST));
            assertThat(digest).extracting(p -> p.timestamp() + " " + p.title()).containsExactly(
                "2015-11-23T20:45:00Z End-of-day checks 2015-11-23",
                "2015-11-23T21:30:00Z Daily digest 2015-11-23", "2015-11-23T22:00:00Z Strategy review 2015-11-23",
                "2015-11-24T20:45:00Z End-of-day checks 2015-11-24",
                "2015-11-24T21:30:00Z Daily digest 2015-11-24", "2015-11-24T22:00:00Z Strategy review 2015-11-24",
                "2015-11-25T20:45:00Z End-of-day checks 2015-11-25",
                "2015-11-25T21:30:00Z Daily digest 2015-11-25", "2015-11-25T22:00:00Z Strategy review 2015-11-25",
                "2015-11-27T17:45:00Z End-of-day checks 2015-11-27",
                "2015-11-27T18:30:00Z Daily digest 2015-11-27", "2015-11-27T22:00:00Z Strategy review 2015-11-27");
            final List<LiveHarness.Post> brew = inTimeOrder(h.posts(DiscordChannel.MORNING_BREW));
            assertThat(brew).extracting(p -> p.timestamp() + " " + p.title()).containsExactly(
                "2015-11-23T11:00:00Z Morning brief 2015-11-23", "2015-11-23T11:30:00Z Universe scan 2015-11-23 (session 2015-11-20)",
                "2015-11-23T13:00:00Z Plan for the open 2015-11-23", "2015-11-23T22:30:00Z Watchlist after 2015-11-23",
                "2015-11-24T11:00:00Z Morning brief 2015-11-24", "2015-11-24T11:30:00Z Universe scan 2015-11-24 (session 2015-11-23)",
                "2015-11-24T13:00:00Z Plan for the open 2015-11-24", "2015-11-24T22:30:00Z Watchlist after 2015-11-24",
                "2015-11-25T11:00:00Z Morning brief 2015-11-25", "2015-11-25T11:30:00Z Universe scan 2015-11-25 (session 2015-11-24)",
                "2015-11-25T13:00:00Z Plan for the open 2015-11-25", "2015-11-25T22:30:00Z Watchlist after 2015-11-25",
                "2015-11-27T11:00:00Z Morning brief 2015-11-27", "2015-11-27T11:30:00Z Universe scan 2015-11-27 (session 2015-11-25)",
                "2015-11-27T13:00:00Z Plan for the open 2015-11-27", "2015-11-27T22:30:00Z Watchlist after 2015-11-27");
            // the scan state starts empty and learns one day per scan: never warm within a week, but every session read
            final long rows = LiveHarness.STORE.symbols().stream()
                .filter(s -> java.util.Arrays.binarySearch(LiveHarness.STORE.series(s).date, 20151125) >= 0).count();
            assertThat(rows).isGreaterThan(500);
            assertThat(brew.get(13).fields()).containsEntry("Rows", Long.toString(rows)).containsEntry("Warm", "0");
            assertThat(h.polygon.requests()).extracting(r -> r.uri().replaceAll("\\?.*", "")).containsExactly(
                "/v2/aggs/grouped/locale/us/market/stocks/2015-11-20", "/v2/aggs/grouped/locale/us/market/stocks/2015-11-23",
                "/v2/aggs/grouped/locale/us/market/stocks/2015-11-24", "/v2/aggs/grouped/locale/us/market/stocks/2015-11-25");
            // a heartbeat at the first event, then one a day (periods aligned to UTC days), holiday and weekend included;
            // the 09:00 pre-open check on each trading day
            assertThat(inTimeOrder(h.posts(DiscordChannel.SYSTEM_STATUS))).extracting(p -> p.timestamp() + " " + p.title()).containsExactly(
                "2015-11-22T05:00:00Z OK: heartbeat", "2015-11-23T00:00:00Z OK: heartbeat", "2015-11-23T14:00:00Z OK: pre-open",
                "2015-11-24T00:00:00Z OK: heartbeat", "2015-11-24T14:00:00Z OK: pre-open",
                "2015-11-25T00:00:00Z OK: heartbeat", "2015-11-25T14:00:00Z OK: pre-open", "2015-11-26T00:00:00Z OK: heartbeat",
                "2015-11-27T00:00:00Z OK: heartbeat", "2015-11-27T14:00:00Z OK: pre-open",
                "2015-11-28T00:00:00Z OK: heartbeat", "2015-11-29T00:00:00Z OK: heartbeat");
            // the first event (Sunday) finds Friday 20th's eleven phases long past: skipped, not run late, and not reported
            assertThat(h.pilot.cycle().phasesSkipped()).isEqualTo(11);
            assertThat(h.pilot.cycle().phasesFired()).isEqualTo(4 * 11);
        }
    }

    /** The posts sorted by their timestamps (ISO-8601 UTC, so text order is time order); equal times keep arrival order. */
    private static List<LiveHarness.Post> inTimeOrder(final List<LiveHarness.Post> posts)
    {
        return posts.stream().sorted(java.util.Comparator.comparing(LiveHarness.Post::timestamp)).toList();
    }
}
