package com.quantmatrix.engine.health;

import com.quantmatrix.engine.calendar.ExchangeCalendar;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.data.LeanMinuteBars;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The health watch in event time, on the real SPY minute bars of 2013-10-07 and the real calendar. */
class HealthWatchTest
{
    private static final long SECOND = 1_000_000_000L;
    private final ExchangeCalendar cal = ExchangeCalendar.usEquities();

    static final class Recorder implements HealthListener
    {
        final List<String> events = new ArrayList<>();
        final List<String> heartbeats = new ArrayList<>();

        @Override
        public void onAlert(final HealthCondition c, final int stage, final long measuredNanos, final long t)
        {
            events.add(iso(t) + " ALERT " + c + (stage >= 0 ? " stage " + stage : "") + " " + measuredNanos / 1_000 + "us");
        }

        @Override
        public void onClear(final HealthCondition c, final long t)
        {
            events.add(iso(t) + " CLEAR " + c);
        }

        @Override
        public void onReduceOnly(final boolean requested, final long t)
        {
            events.add(iso(t) + " REDUCE_ONLY " + requested);
        }

        @Override
        public void onHeartbeat(final HealthWatch watch, final long t)
        {
            heartbeats.add(iso(t) + " active=" + watch.activeConditions());
        }
    }

    static String iso(final long nanos)
    {
        return Instant.ofEpochSecond(0, nanos).toString();
    }

    static long nanos(final String utc)
    {
        return Instant.parse(utc).getEpochSecond() * SECOND;
    }

    private static HealthSettings settings(final Map<String, String> values)
    {
        return HealthSettings.from(Config.of(values), List.of("market-state", "signal", "risk"));
    }

    /**
     * Streams the day's bars merged with a CLOCK tick every second between from and to (UTC),
     * leaving out the bars whose end falls in [gapFrom, gapTo).
     */
    private static void replayDay(final HealthWatch watch, final LeanMinuteBars bars, final long from, final long to,
        final long gapFrom, final long gapTo)
    {
        int b = 0;
        for (long t = from; t < to; t += SECOND)
        {
            while (b < bars.tradeEndNanos.length && bars.tradeEndNanos[b] <= t)
            {
                final long bt = bars.tradeEndNanos[b++];
                if (bt >= from && (bt < gapFrom || bt >= gapTo))
                {
                    watch.onMarketData(bt);
                    watch.onTime(bt);
                }
            }
            watch.onTime(t);
        }
    }

    @Test
    void staleDataDuringTheSessionRequestsReduceOnlyAndFreshDataClearsIt()
    {
        final LeanMinuteBars spy = LeanMinuteBars.load("spy", LocalDate.of(2013, 10, 7));
        assertThat(spy.tradeEndNanos.length).isEqualTo(828);
        final Recorder r = new Recorder();
        final HealthWatch watch = new HealthWatch(cal, settings(Map.of()), r);
        // 00:00 to 23:59 EDT; the feed drops the bars ending 10:00..10:09 EDT (14:00Z..14:09Z).
        replayDay(watch, spy, nanos("2013-10-07T04:00:00Z"), nanos("2013-10-08T04:00:00Z"),
            nanos("2013-10-07T14:00:00Z"), nanos("2013-10-07T14:10:00Z"));
        // The last bar before the gap ends at 09:59 EDT; 120 s later the data is stale, and the
        // first tick past that (one second later) raises it. The 10:10 bar clears it.
        assertThat(r.events).containsExactly(
            "2013-10-07T14:01:01Z ALERT MARKET_DATA_STALE 121000000us",
            "2013-10-07T14:01:01Z REDUCE_ONLY true",
            "2013-10-07T14:10:00Z CLEAR MARKET_DATA_STALE",
            "2013-10-07T14:10:00Z REDUCE_ONLY false");
        assertThat(watch.alerts(HealthCondition.MARKET_DATA_STALE)).isEqualTo(1);
        assertThat(watch.reduceOnlyRequested()).isFalse();
        // One heartbeat every 5 minutes of event time, aligned: 288 in the day.
        assertThat(r.heartbeats).hasSize(288);
        assertThat(r.heartbeats.get(0)).isEqualTo("2013-10-07T04:00:00Z active=0");
        assertThat(r.heartbeats).contains("2013-10-07T14:05:00Z active=1");
    }

    @Test
    void noAlertOutsideTheSessionEvenWithoutAnyData()
    {
        final Recorder r = new Recorder();
        final HealthWatch watch = new HealthWatch(cal, settings(Map.of()), r);
        // Thanksgiving 2013 (a holiday) and the weekend after the half day of Friday 29th: clock only.
        for (long t = nanos("2013-11-28T05:00:00Z"); t < nanos("2013-11-29T05:00:00Z"); t += SECOND)
        {
            watch.onTime(t);
        }
        assertThat(r.events).isEmpty();
        // Friday 29th opens 09:30 EST and closes at 13:00: with no data at all, stale 120 s after the
        // open, cleared by the close; nothing over the weekend.
        for (long t = nanos("2013-11-29T05:00:00Z"); t < nanos("2013-12-02T05:00:00Z"); t += SECOND)
        {
            watch.onTime(t);
        }
        assertThat(r.events).containsExactly(
            "2013-11-29T14:32:01Z ALERT MARKET_DATA_STALE 121000000us",
            "2013-11-29T14:32:01Z REDUCE_ONLY true",
            "2013-11-29T18:00:00Z CLEAR MARKET_DATA_STALE",
            "2013-11-29T18:00:00Z REDUCE_ONLY false");
    }

    @Test
    void extendedHoursGapsDoNotCount()
    {
        final LeanMinuteBars spy = LeanMinuteBars.load("spy", LocalDate.of(2013, 10, 7));
        final Recorder r = new Recorder();
        final HealthWatch watch = new HealthWatch(cal, settings(Map.of("health.stale.data.seconds", "60")), r);
        // Pre-market bars are sparse (gaps of several minutes) and the whole post-market is dropped.
        replayDay(watch, spy, nanos("2013-10-07T04:00:00Z"), nanos("2013-10-08T04:00:00Z"),
            nanos("2013-10-07T20:01:00Z"), nanos("2013-10-08T04:00:00Z"));
        assertThat(r.events).isEmpty();
    }

    @Test
    void aSilentBrokerIsFlaggedAndClearsWhenItAnswers()
    {
        final Recorder r = new Recorder();
        final HealthWatch watch = new HealthWatch(cal, settings(Map.of("health.broker.timeout.seconds", "30")), r);
        final long t0 = nanos("2013-10-05T12:00:00Z"); // a Saturday: the broker is watched at all times
        for (long t = t0; t < t0 + 120 * SECOND; t += SECOND)
        {
            watch.onTime(t);
        }
        assertThat(r.events).as("never armed without a broker").isEmpty();
        watch.onBrokerAlive(t0 + 120 * SECOND);
        for (long t = t0 + 120 * SECOND; t < t0 + 200 * SECOND; t += SECOND)
        {
            watch.onTime(t);
        }
        watch.onBrokerAlive(t0 + 200 * SECOND);
        assertThat(r.events).containsExactly(
            "2013-10-05T12:02:31Z ALERT BROKER_SILENT 31000000us",
            "2013-10-05T12:02:31Z REDUCE_ONLY true",
            "2013-10-05T12:03:20Z CLEAR BROKER_SILENT",
            "2013-10-05T12:03:20Z REDUCE_ONLY false");
    }

    @Test
    void aStageOverItsBudgetSeveralTimesInARow()
    {
        final Recorder r = new Recorder();
        final HealthWatch watch = new HealthWatch(cal, settings(Map.of(
            "health.latency.budget.micros", "100", "health.latency.budget.micros.risk", "10",
            "health.latency.breaches", "3", "health.latency.clear.samples", "4")), r);
        final long t = nanos("2013-10-07T15:00:00Z");
        watch.onStageLatency(2, 11_000, t);
        watch.onStageLatency(2, 11_000, t + 1);
        watch.onStageLatency(2, 9_000, t + 2); // the run is broken
        watch.onStageLatency(0, 99_000, t + 3); // within the default budget
        watch.onStageLatency(2, 10_001, t + 4);
        watch.onStageLatency(2, 10_001, t + 5);
        assertThat(r.events).isEmpty();
        watch.onStageLatency(2, 25_000, t + 6);
        assertThat(r.events).containsExactly(
            "2013-10-07T15:00:00.000000006Z ALERT STAGE_OVER_BUDGET stage 2 25us",
            "2013-10-07T15:00:00.000000006Z REDUCE_ONLY true");
        // Stale data during the same episode keeps reduce-only on until both clear.
        watch.onTime(nanos("2013-10-07T15:00:00Z"));
        assertThat(watch.isActive(HealthCondition.MARKET_DATA_STALE)).isTrue();
        for (int k = 0; k < 4; k++)
        {
            watch.onStageLatency(2, 5_000, t + 10 + k);
        }
        watch.onMarketData(t + 20);
        assertThat(r.events.subList(2, r.events.size())).containsExactly(
            "2013-10-07T15:00:00Z ALERT MARKET_DATA_STALE 5400000000us", // 11:00 EDT, 90 min after the open
            "2013-10-07T15:00:00.000000013Z CLEAR STAGE_OVER_BUDGET",
            "2013-10-07T15:00:00.000000020Z CLEAR MARKET_DATA_STALE",
            "2013-10-07T15:00:00.000000020Z REDUCE_ONLY false");
    }

    @Test
    void heartbeatsOncePerPeriodAcrossGaps()
    {
        final Recorder r = new Recorder();
        final HealthWatch watch = new HealthWatch(cal, settings(Map.of("health.heartbeat.seconds", "60")), r);
        watch.onTime(nanos("2013-10-05T12:00:30Z"));
        watch.onTime(nanos("2013-10-05T12:00:59Z"));
        watch.onTime(nanos("2013-10-05T12:01:00Z"));
        watch.onTime(nanos("2013-10-05T15:00:07Z")); // a three-hour gap: one heartbeat, not 180
        watch.onTime(nanos("2013-10-05T15:00:08Z"));
        assertThat(r.heartbeats).containsExactly(
            "2013-10-05T12:00:30Z active=0", "2013-10-05T12:01:00Z active=0", "2013-10-05T15:00:07Z active=0");
        assertThat(watch.heartbeats()).isEqualTo(3);
    }
}
