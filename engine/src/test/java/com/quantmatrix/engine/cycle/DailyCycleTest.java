package com.quantmatrix.engine.cycle;

import com.quantmatrix.engine.calendar.ExchangeCalendar;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;
import com.quantmatrix.engine.data.ProjectPaths;
import com.quantmatrix.engine.health.HealthSettings;
import com.quantmatrix.engine.universe.ScanSettings;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Simulated weeks in event time on the real US equity calendar; every phase's exact instant. */
class DailyCycleTest
{
    private static final long MINUTE = 60_000_000_000L;
    private final ExchangeCalendar cal = ExchangeCalendar.usEquities();

    /** Records what the cycle says, as "yyyyMMdd PHASE scheduled-UTC" (plus "late by" when late). */
    static final class Recorder implements CycleListener
    {
        final List<String> phases = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();
        long intradayEvents;
        long firstIntraday = Long.MIN_VALUE;
        long lastIntraday = Long.MIN_VALUE;

        @Override
        public void onPhase(final CyclePhase phase, final int tradingDate, final long scheduledNanos, final long eventTimeNanos)
        {
            final long late = eventTimeNanos - scheduledNanos;
            phases.add(tradingDate + " " + phase + " " + iso(scheduledNanos) + (late == 0 ? "" : " late " + late / MINUTE + "m"));
        }

        @Override
        public void onPhaseSkipped(final CyclePhase phase, final int tradingDate, final long scheduledNanos, final long eventTimeNanos)
        {
            skipped.add(tradingDate + " " + phase + " " + iso(scheduledNanos));
        }

        @Override
        public void onIntraday(final long eventTimeNanos)
        {
            intradayEvents++;
            if (firstIntraday == Long.MIN_VALUE)
            {
                firstIntraday = eventTimeNanos;
            }
            lastIntraday = eventTimeNanos;
        }
    }

    static String iso(final long nanos)
    {
        return Instant.ofEpochSecond(0, nanos).toString();
    }

    static long nanos(final String utc)
    {
        final Instant i = Instant.parse(utc);
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    /** A CLOCK event every {@code stepMinutes} from start (inclusive) to end (exclusive). */
    private static void drive(final DailyCycle cycle, final String fromUtc, final String toUtc, final long stepMinutes)
    {
        for (long t = nanos(fromUtc); t < nanos(toUtc); t += stepMinutes * MINUTE)
        {
            cycle.onTime(t);
        }
    }

    @Test
    void thanksgivingWeek2015HolidayAndEarlyClose()
    {
        final Recorder r = new Recorder();
        final DailyCycle cycle = new DailyCycle(cal, CycleSettings.defaults(), r);
        // Monday 2015-11-23 00:00 EST to the next Monday 00:00 EST, one CLOCK event a minute.
        drive(cycle, "2015-11-23T05:00:00Z", "2015-11-30T05:00:00Z", 1);
        final List<String> expected = new ArrayList<>();
        for (final String date : new String[] {"2015-11-23", "2015-11-24", "2015-11-25"})
        {
            final String d = date.replace("-", "");
            expected.addAll(List.of(
                d + " MORNING_BRIEF " + date + "T11:00:00Z",
                d + " UNIVERSE_SCAN " + date + "T11:30:00Z",
                d + " OPTION_ANALYSIS " + date + "T12:00:00Z",
                d + " RISK_PLAN " + date + "T13:00:00Z",
                d + " PREPARATION " + date + "T14:00:00Z",
                d + " MARKET_OPEN_EXECUTION " + date + "T14:30:00Z",
                d + " END_OF_DAY_CHECKS " + date + "T20:45:00Z",
                d + " MARKET_CLOSE " + date + "T21:00:00Z",
                d + " DAILY_DIGEST " + date + "T21:30:00Z",
                d + " STRATEGY_REVIEW " + date + "T22:00:00Z",
                d + " WATCHLIST " + date + "T22:30:00Z"));
        }
        // Thursday 26th: Thanksgiving, nothing. Friday 27th: closes at 13:00 EST.
        expected.addAll(List.of(
            "20151127 MORNING_BRIEF 2015-11-27T11:00:00Z",
            "20151127 UNIVERSE_SCAN 2015-11-27T11:30:00Z",
            "20151127 OPTION_ANALYSIS 2015-11-27T12:00:00Z",
            "20151127 RISK_PLAN 2015-11-27T13:00:00Z",
            "20151127 PREPARATION 2015-11-27T14:00:00Z",
            "20151127 MARKET_OPEN_EXECUTION 2015-11-27T14:30:00Z",
            "20151127 END_OF_DAY_CHECKS 2015-11-27T17:45:00Z",
            "20151127 MARKET_CLOSE 2015-11-27T18:00:00Z",
            "20151127 DAILY_DIGEST 2015-11-27T18:30:00Z",
            "20151127 STRATEGY_REVIEW 2015-11-27T22:00:00Z",
            "20151127 WATCHLIST 2015-11-27T22:30:00Z"));
        assertThat(r.phases).containsExactlyElementsOf(expected);
        // The run starts on Monday at midnight: the previous Friday's phases are days old and skipped.
        assertThat(r.skipped).hasSize(11).allMatch(s -> s.startsWith("20151120 "));
        // 390 one-minute events in each full session (09:30..15:59), 210 on the half day (09:30..12:59).
        assertThat(r.intradayEvents).isEqualTo(3 * 390 + 210);
        assertThat(iso(r.firstIntraday)).isEqualTo("2015-11-23T14:30:00Z");
        assertThat(iso(r.lastIntraday)).isEqualTo("2015-11-27T17:59:00Z");
        assertThat(cycle.phasesFired()).isEqualTo(44);
        assertThat(cycle.phasesLate()).isZero();
    }

    @Test
    void springForward2016ShiftsEveryPhaseAnHourInUtc()
    {
        final Recorder r = new Recorder();
        final DailyCycle cycle = new DailyCycle(cal, CycleSettings.defaults(), r);
        // Friday 2016-03-11 00:00 EST to Tuesday 2016-03-15 00:00 EDT; DST starts Sunday 13th 02:00.
        drive(cycle, "2016-03-11T05:00:00Z", "2016-03-15T04:00:00Z", 1);
        assertThat(r.phases).containsExactly(
            "20160311 MORNING_BRIEF 2016-03-11T11:00:00Z",
            "20160311 UNIVERSE_SCAN 2016-03-11T11:30:00Z",
            "20160311 OPTION_ANALYSIS 2016-03-11T12:00:00Z",
            "20160311 RISK_PLAN 2016-03-11T13:00:00Z",
            "20160311 PREPARATION 2016-03-11T14:00:00Z",
            "20160311 MARKET_OPEN_EXECUTION 2016-03-11T14:30:00Z",
            "20160311 END_OF_DAY_CHECKS 2016-03-11T20:45:00Z",
            "20160311 MARKET_CLOSE 2016-03-11T21:00:00Z",
            "20160311 DAILY_DIGEST 2016-03-11T21:30:00Z",
            "20160311 STRATEGY_REVIEW 2016-03-11T22:00:00Z",
            "20160311 WATCHLIST 2016-03-11T22:30:00Z",
            "20160314 MORNING_BRIEF 2016-03-14T10:00:00Z",
            "20160314 UNIVERSE_SCAN 2016-03-14T10:30:00Z",
            "20160314 OPTION_ANALYSIS 2016-03-14T11:00:00Z",
            "20160314 RISK_PLAN 2016-03-14T12:00:00Z",
            "20160314 PREPARATION 2016-03-14T13:00:00Z",
            "20160314 MARKET_OPEN_EXECUTION 2016-03-14T13:30:00Z",
            "20160314 END_OF_DAY_CHECKS 2016-03-14T19:45:00Z",
            "20160314 MARKET_CLOSE 2016-03-14T20:00:00Z",
            "20160314 DAILY_DIGEST 2016-03-14T20:30:00Z",
            "20160314 STRATEGY_REVIEW 2016-03-14T21:00:00Z",
            "20160314 WATCHLIST 2016-03-14T21:30:00Z");
        assertThat(r.intradayEvents).isEqualTo(2 * 390);
    }

    @Test
    void fallBack2016ShiftsEveryPhaseAnHourLaterInUtc()
    {
        final Recorder r = new Recorder();
        final DailyCycle cycle = new DailyCycle(cal, CycleSettings.defaults(), r);
        // Friday 2016-11-04 00:00 EDT to Tuesday 2016-11-08 00:00 EST; DST ends Sunday 6th 02:00.
        drive(cycle, "2016-11-04T04:00:00Z", "2016-11-08T05:00:00Z", 1);
        assertThat(r.phases).hasSize(22);
        assertThat(r.phases.subList(0, 11)).allMatch(s -> s.startsWith("20161104"));
        assertThat(r.phases.get(0)).isEqualTo("20161104 MORNING_BRIEF 2016-11-04T10:00:00Z");
        assertThat(r.phases.get(5)).isEqualTo("20161104 MARKET_OPEN_EXECUTION 2016-11-04T13:30:00Z");
        assertThat(r.phases.get(10)).isEqualTo("20161104 WATCHLIST 2016-11-04T21:30:00Z");
        assertThat(r.phases.get(11)).isEqualTo("20161107 MORNING_BRIEF 2016-11-07T11:00:00Z");
        assertThat(r.phases.get(16)).isEqualTo("20161107 MARKET_OPEN_EXECUTION 2016-11-07T14:30:00Z");
        assertThat(r.phases.get(17)).isEqualTo("20161107 END_OF_DAY_CHECKS 2016-11-07T20:45:00Z");
        assertThat(r.phases.get(21)).isEqualTo("20161107 WATCHLIST 2016-11-07T22:30:00Z");
    }

    @Test
    void christmasEve2015EarlyCloseThenHolidayWithSparseEvents()
    {
        final Recorder r = new Recorder();
        final DailyCycle cycle = new DailyCycle(cal, CycleSettings.defaults(), r);
        // One event every 7 minutes from 00:00 EST: a phase fires at the first event at or after its time,
        // e.g. 06:00 EST is minute 360, the first event after it is minute 364 (52 x 7): 4 minutes late.
        drive(cycle, "2015-12-24T05:00:00Z", "2015-12-26T05:00:00Z", 7);
        assertThat(r.phases).containsExactly(
            "20151224 MORNING_BRIEF 2015-12-24T11:00:00Z late 4m",
            "20151224 UNIVERSE_SCAN 2015-12-24T11:30:00Z late 2m",
            "20151224 OPTION_ANALYSIS 2015-12-24T12:00:00Z",
            "20151224 RISK_PLAN 2015-12-24T13:00:00Z late 3m",
            "20151224 PREPARATION 2015-12-24T14:00:00Z late 6m",
            "20151224 MARKET_OPEN_EXECUTION 2015-12-24T14:30:00Z late 4m",
            "20151224 END_OF_DAY_CHECKS 2015-12-24T17:45:00Z late 5m",
            "20151224 MARKET_CLOSE 2015-12-24T18:00:00Z late 4m",
            "20151224 DAILY_DIGEST 2015-12-24T18:30:00Z late 2m",
            "20151224 STRATEGY_REVIEW 2015-12-24T22:00:00Z late 2m",
            "20151224 WATCHLIST 2015-12-24T22:30:00Z");
        // Friday 25th is Christmas: nothing.
        assertThat(cycle.phasesLate()).isEqualTo(9);
    }

    @Test
    void aJumpRunsRecentPhasesLateOnceAndSkipsStaleOnes()
    {
        final Recorder r = new Recorder();
        final DailyCycle cycle = new DailyCycle(cal, CycleSettings.defaults(), r);
        // First event of the run: Tuesday 2015-11-24 08:40 EST. The window is 60 minutes.
        cycle.onTime(nanos("2015-11-24T13:40:00Z"));
        assertThat(r.skipped).containsExactly(
            "20151124 MORNING_BRIEF 2015-11-24T11:00:00Z",
            "20151124 UNIVERSE_SCAN 2015-11-24T11:30:00Z",
            "20151124 OPTION_ANALYSIS 2015-11-24T12:00:00Z");
        assertThat(r.phases).containsExactly("20151124 RISK_PLAN 2015-11-24T13:00:00Z late 40m");
        // The feed goes quiet from 08:40 to 16:20 EST: the preparation and the open are hours late and
        // are skipped; the end-of-day checks (35 min late) and the close (20 min) still run, in order.
        cycle.onTime(nanos("2015-11-24T21:20:00Z"));
        assertThat(r.skipped.subList(3, r.skipped.size())).containsExactly(
            "20151124 PREPARATION 2015-11-24T14:00:00Z",
            "20151124 MARKET_OPEN_EXECUTION 2015-11-24T14:30:00Z");
        assertThat(r.phases.subList(1, r.phases.size())).containsExactly(
            "20151124 END_OF_DAY_CHECKS 2015-11-24T20:45:00Z late 35m",
            "20151124 MARKET_CLOSE 2015-11-24T21:00:00Z late 20m");
        assertThat(cycle.phasesSkipped()).isEqualTo(5);
        assertThat(r.intradayEvents).isZero();
    }

    @Test
    void weekendStartSkipsFridayAndWaitsForMonday()
    {
        final Recorder r = new Recorder();
        final DailyCycle cycle = new DailyCycle(cal, CycleSettings.defaults(), r);
        cycle.onTime(nanos("2015-11-28T17:00:00Z")); // Saturday noon: Friday's phases are all stale.
        assertThat(r.phases).isEmpty();
        assertThat(r.skipped).hasSize(11).allMatch(s -> s.startsWith("20151127"));
        assertThat(cycle.nextDueNanos()).isEqualTo(nanos("2015-11-30T11:00:00Z"));
        cycle.onTime(nanos("2015-11-30T10:59:59Z"));
        assertThat(r.phases).isEmpty();
        cycle.onTime(nanos("2015-11-30T11:00:00Z"));
        assertThat(r.phases).containsExactly("20151130 MORNING_BRIEF 2015-11-30T11:00:00Z");
        // Going back in time is ignored and counted.
        cycle.onTime(nanos("2015-11-30T10:00:00Z"));
        assertThat(cycle.outOfOrderEvents()).isEqualTo(1);
        assertThat(r.phases).hasSize(1);
    }

    @Test
    void timesComeFromConfiguration()
    {
        final Config config = Config.of(Map.of(
            "cycle.morning.brief", "05:15",
            "cycle.end.of.day.minutes.before.close", "30",
            "cycle.daily.digest", "17:00",
            "cycle.strategy.review", "18:00",
            "cycle.watchlist", "18:30"));
        final Recorder r = new Recorder();
        final DailyCycle cycle = new DailyCycle(cal, CycleSettings.from(config), r);
        drive(cycle, "2015-11-27T05:00:00Z", "2015-11-28T05:00:00Z", 1);
        assertThat(r.phases).contains(
            "20151127 MORNING_BRIEF 2015-11-27T10:15:00Z",
            "20151127 END_OF_DAY_CHECKS 2015-11-27T17:30:00Z",
            // 17:00 on a full day is one hour after the close: 14:00 EST after the 13:00 close.
            "20151127 DAILY_DIGEST 2015-11-27T19:00:00Z",
            "20151127 WATCHLIST 2015-11-27T23:30:00Z");
    }

    @Test
    void theShippedConfigurationFilesHoldTheDocumentedDefaults()
    {
        final Config shipped = Config.load(ProjectPaths.config(), null, null);
        final CycleSettings c = CycleSettings.from(shipped);
        final CycleSettings d = CycleSettings.defaults();
        assertThat(new int[] {c.morningBriefSecond, c.universeScanSecond, c.optionAnalysisSecond, c.riskPlanSecond,
            c.preparationSecond, c.endOfDayMinutesBeforeClose, c.dailyDigestSecond, c.strategyReviewSecond,
            c.watchlistSecond, c.catchUpMinutes})
            .containsExactly(d.morningBriefSecond, d.universeScanSecond, d.optionAnalysisSecond, d.riskPlanSecond,
                d.preparationSecond, d.endOfDayMinutesBeforeClose, d.dailyDigestSecond, d.strategyReviewSecond,
                d.watchlistSecond, d.catchUpMinutes);
        final ScanSettings s = ScanSettings.from(shipped);
        final ScanSettings sd = ScanSettings.defaults();
        assertThat(new Object[] {s.topCandidates, s.minPrice, s.minDollarVolume, s.excludeEtfs, s.listedOnly, s.requireOptions})
            .containsExactly(sd.topCandidates, sd.minPrice, sd.minDollarVolume, sd.excludeEtfs, sd.listedOnly, sd.requireOptions);
        final HealthSettings h = HealthSettings.from(shipped, List.of("signal"));
        final HealthSettings hd = HealthSettings.from(Config.empty(), List.of("signal"));
        assertThat(new long[] {h.staleDataNanos, h.brokerTimeoutNanos, h.latencyBreaches, h.latencyClearSamples,
            h.heartbeatNanos, h.stageBudgetNanos[0]})
            .containsExactly(hd.staleDataNanos, hd.brokerTimeoutNanos, hd.latencyBreaches, hd.latencyClearSamples,
                hd.heartbeatNanos, hd.stageBudgetNanos[0]);
        // Every cycle/scan/health key in the files is one the settings classes read (no typos).
        assertThat(shipped.unknownKeys()).noneMatch(k -> k.startsWith("cycle.") || k.startsWith("scan.") || k.startsWith("health."));
    }

    @Test
    void badConfigurationIsRefusedWithTheKeyNamed()
    {
        assertThatThrownBy(() -> CycleSettings.from(Config.of(Map.of("cycle.universe.scan", "05:00"))))
            .isInstanceOf(ConfigException.class).hasMessageContaining("cycle.universe.scan");
        assertThatThrownBy(() -> CycleSettings.from(Config.of(Map.of("cycle.risk.plan", "8 o'clock"))))
            .isInstanceOf(ConfigException.class).hasMessageContaining("cycle.risk.plan");
        final CycleSettings lateDigest = CycleSettings.from(Config.of(Map.of("cycle.preparation", "09:45")));
        assertThatThrownBy(() -> new DailyCycle(cal, lateDigest, new Recorder()))
            .isInstanceOf(ConfigException.class).hasMessageContaining("cycle.preparation");
    }
}
