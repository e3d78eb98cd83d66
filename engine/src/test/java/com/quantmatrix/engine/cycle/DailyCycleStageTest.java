package com.quantmatrix.engine.cycle;

import com.quantmatrix.engine.calendar.ExchangeCalendar;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.data.LeanMinuteBars;
import com.quantmatrix.engine.event.BrokerReport;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.Reasons;
import com.quantmatrix.engine.health.HealthCondition;
import com.quantmatrix.engine.health.HealthListener;
import com.quantmatrix.engine.health.HealthSettings;
import com.quantmatrix.engine.health.HealthWatch;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A real day (SPY minute bars of Monday 2013-10-07) through the stage, as the pipeline would run it. */
class DailyCycleStageTest
{
    private static final long MINUTE = 60_000_000_000L;

    static final class Alerts implements HealthListener
    {
        final List<String> events = new ArrayList<>();
        int heartbeats;

        @Override
        public void onAlert(final HealthCondition c, final int stage, final long measuredNanos, final long t)
        {
            events.add(DailyCycleTest.iso(t) + " " + c);
        }

        @Override
        public void onClear(final HealthCondition c, final long t)
        {
            events.add(DailyCycleTest.iso(t) + " clear " + c);
        }

        @Override
        public void onReduceOnly(final boolean requested, final long t)
        {
        }

        @Override
        public void onHeartbeat(final HealthWatch watch, final long t)
        {
            heartbeats++;
        }
    }

    /** The hot path allocates nothing: a week of one-second events through the stage, phases and all. */
    @Test
    void aWeekOfEventsAllocatesNothing()
    {
        final ExchangeCalendar cal = ExchangeCalendar.usEquities();
        final long[] calls = new long[1];
        final CycleListener count = (phase, date, scheduled, t) -> calls[0]++;
        final long[] health = new long[3];
        final HealthListener counting = new HealthListener()
        {
            @Override
            public void onAlert(final HealthCondition c, final int stage, final long measuredNanos, final long t)
            {
                health[0]++;
            }

            @Override
            public void onClear(final HealthCondition c, final long t)
            {
                health[1]++;
            }

            @Override
            public void onReduceOnly(final boolean requested, final long t)
            {
            }

            @Override
            public void onHeartbeat(final HealthWatch watch, final long t)
            {
                health[2]++;
            }
        };
        final HealthWatch watch = new HealthWatch(cal, HealthSettings.from(Config.empty(), List.of("daily-cycle")), counting);
        final DailyCycleStage stage = new DailyCycleStage(new DailyCycle(cal, CycleSettings.defaults(), count), watch, false);
        final MarketEvent e = new MarketEvent();
        e.type = EventType.CLOCK;
        final long monday = DailyCycleTest.nanos("2015-11-23T05:00:00Z");
        final long second = 1_000_000_000L;
        // Two weeks of warm-up, so the JIT has seen every branch (a C2 deoptimization on a first-seen
        // branch allocates a few bytes on the thread; the code itself allocates nothing).
        for (long t = monday - 14 * 86_400 * second; t < monday; t += second)
        {
            e.eventTimeNanos = t;
            stage.onEvent(e, 0, true);
        }
        calls[0] = 0;
        java.util.Arrays.fill(health, 0);
        final com.sun.management.ThreadMXBean mx =
            (com.sun.management.ThreadMXBean)java.lang.management.ManagementFactory.getThreadMXBean();
        final long thread = Thread.currentThread().getId();
        long allocated = -1;
        for (int week = 0; week < 3 && allocated != 0; week++)
        {
            // A later week is measured only if a late JIT deoptimization touched this one.
            final long start = monday + week * 7 * 86_400 * second;
            final long before = mx.getThreadAllocatedBytes(thread);
            for (long t = start; t < start + 7 * 86_400 * second; t += second)
            {
                e.eventTimeNanos = t;
                stage.onEvent(e, 0, true);
            }
            allocated = mx.getThreadAllocatedBytes(thread) - before;
            if (week == 0)
            {
                assertThat(calls[0]).isEqualTo(44);
                assertThat(health[2]).isEqualTo(7 * 288); // every 5 minutes
                // No market data at all: stale 120 s into each of the four sessions, cleared at each close.
                assertThat(health[0]).isEqualTo(4);
                assertThat(health[1]).isEqualTo(4);
            }
        }
        assertThat(allocated).isZero();
    }

    @Test
    void aRealDayDrivesThePhasesAndTheHealthWatch()
    {
        final ExchangeCalendar cal = ExchangeCalendar.usEquities();
        final DailyCycleTest.Recorder phases = new DailyCycleTest.Recorder();
        final Alerts alerts = new Alerts();
        final HealthWatch health = new HealthWatch(cal, HealthSettings.from(Config.empty(), List.of("daily-cycle")), alerts);
        final DailyCycleStage stage = new DailyCycleStage(new DailyCycle(cal, CycleSettings.defaults(), phases), health, true);
        final LeanMinuteBars spy = LeanMinuteBars.load("spy", LocalDate.of(2013, 10, 7));
        final MarketEvent e = new MarketEvent();
        long seq = 0;
        int b = 0;
        // A CLOCK event every minute from 00:00 to 23:59 EDT, the bars merged in by event time.
        for (long t = DailyCycleTest.nanos("2013-10-07T04:00:00Z"); t < DailyCycleTest.nanos("2013-10-08T04:00:00Z"); t += MINUTE)
        {
            while (b < spy.tradeEndNanos.length && spy.tradeEndNanos[b] <= t)
            {
                e.clear();
                e.type = EventType.BAR;
                e.barSeconds = 60;
                e.eventTimeNanos = spy.tradeEndNanos[b];
                e.close = spy.close[b];
                e.volume = spy.volume[b++];
                stage.onEvent(e, seq++, true);
            }
            e.clear();
            e.type = EventType.CLOCK;
            e.eventTimeNanos = t;
            stage.onEvent(e, seq++, true);
            if (t == DailyCycleTest.nanos("2013-10-07T15:00:00Z"))
            {
                // A rejected input stamped in the future is neither time nor data.
                e.clear();
                e.type = EventType.BAR;
                e.eventTimeNanos = DailyCycleTest.nanos("2013-10-09T15:00:00Z");
                e.inputReject = Reasons.NON_POSITIVE_PRICE;
                stage.onEvent(e, seq++, true);
                // A paper-broker fill at 11:00 arms the broker watch (liveBroker = true here)...
                e.clear();
                e.type = EventType.BROKER_REPORT;
                e.reportKind = BrokerReport.FILL;
                e.eventTimeNanos = t;
                stage.onEvent(e, seq++, true);
            }
        }
        assertThat(phases.phases).containsExactly(
            "20131007 MORNING_BRIEF 2013-10-07T10:00:00Z",
            "20131007 UNIVERSE_SCAN 2013-10-07T10:30:00Z",
            "20131007 OPTION_ANALYSIS 2013-10-07T11:00:00Z",
            "20131007 RISK_PLAN 2013-10-07T12:00:00Z",
            "20131007 PREPARATION 2013-10-07T13:00:00Z",
            "20131007 MARKET_OPEN_EXECUTION 2013-10-07T13:30:00Z",
            "20131007 END_OF_DAY_CHECKS 2013-10-07T19:45:00Z",
            "20131007 MARKET_CLOSE 2013-10-07T20:00:00Z",
            "20131007 DAILY_DIGEST 2013-10-07T20:30:00Z",
            "20131007 STRATEGY_REVIEW 2013-10-07T21:00:00Z",
            "20131007 WATCHLIST 2013-10-07T21:30:00Z");
        // In the session (13:30 <= t < 20:00Z): 390 clock ticks, the 389 bars ending 13:31..19:59Z, the
        // pre-market bar ending exactly at 13:30, and the fill (the bar ending at 20:00 is after the close).
        assertThat(phases.intradayEvents).isEqualTo(390 + 389 + 1 + 1);
        // ... and with no broker heartbeat afterwards, the broker is silent 90 s later.
        assertThat(alerts.events).containsExactly("2013-10-07T15:02:00Z BROKER_SILENT");
        assertThat(alerts.heartbeats).isEqualTo(288);
    }
}
