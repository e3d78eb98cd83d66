package com.quantmatrix.engine.calendar;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The US equity calendar from the bundled LEAN market-hours database, checked on real dates. */
class ExchangeCalendarTest
{
    private final ExchangeCalendar cal = ExchangeCalendar.usEquities();

    private static long nanos(final String utc)
    {
        final Instant i = Instant.parse(utc);
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    @Test
    void thanksgivingWeek2015HolidayThenEarlyClose()
    {
        assertThat(cal.isTradingDay(LocalDate.of(2015, 11, 25))).isTrue();
        assertThat(cal.sessionCloseNanos(LocalDate.of(2015, 11, 25))).isEqualTo(nanos("2015-11-25T21:00:00Z"));
        assertThat(cal.isTradingDay(LocalDate.of(2015, 11, 26))).isFalse();
        assertThat(cal.sessionOpenNanos(LocalDate.of(2015, 11, 26))).isEqualTo(ExchangeCalendar.NO_SESSION);
        final LocalDate friday = LocalDate.of(2015, 11, 27);
        assertThat(cal.isEarlyClose(friday)).isTrue();
        assertThat(cal.sessionOpenNanos(friday)).isEqualTo(nanos("2015-11-27T14:30:00Z"));
        assertThat(cal.sessionCloseNanos(friday)).isEqualTo(nanos("2015-11-27T18:00:00Z"));
        assertThat(cal.nextTradingDay(LocalDate.of(2015, 11, 25))).isEqualTo(friday);
        assertThat(cal.previousTradingDay(friday)).isEqualTo(LocalDate.of(2015, 11, 25));
        assertThat(cal.nextTradingDay(friday)).isEqualTo(LocalDate.of(2015, 11, 30));
    }

    @Test
    void christmasEve2015ClosesAtOne()
    {
        final LocalDate eve = LocalDate.of(2015, 12, 24);
        assertThat(cal.isEarlyClose(eve)).isTrue();
        assertThat(cal.sessionOpenNanos(eve)).isEqualTo(nanos("2015-12-24T14:30:00Z"));
        assertThat(cal.sessionCloseNanos(eve)).isEqualTo(nanos("2015-12-24T18:00:00Z"));
        assertThat(cal.isTradingDay(LocalDate.of(2015, 12, 25))).isFalse();
        assertThat(cal.nextTradingDay(eve)).isEqualTo(LocalDate.of(2015, 12, 28));
    }

    @Test
    void independenceDay2016IsAHoliday()
    {
        assertThat(cal.isTradingDay(LocalDate.of(2016, 7, 4))).isFalse();
        assertThat(cal.nextTradingDay(LocalDate.of(2016, 7, 1))).isEqualTo(LocalDate.of(2016, 7, 5));
        assertThat(cal.previousTradingDay(LocalDate.of(2016, 7, 5))).isEqualTo(LocalDate.of(2016, 7, 1));
        // 2016-07-01 is a full day (no early close before the 4th that year).
        assertThat(cal.isEarlyClose(LocalDate.of(2016, 7, 1))).isFalse();
        assertThat(cal.sessionCloseNanos(LocalDate.of(2016, 7, 1))).isEqualTo(nanos("2016-07-01T20:00:00Z"));
    }

    @Test
    void springForward2016MovesTheOpenAnHourEarlierInUtc()
    {
        assertThat(cal.sessionOpenNanos(LocalDate.of(2016, 3, 11))).isEqualTo(nanos("2016-03-11T14:30:00Z"));
        assertThat(cal.sessionCloseNanos(LocalDate.of(2016, 3, 11))).isEqualTo(nanos("2016-03-11T21:00:00Z"));
        assertThat(cal.isTradingDay(LocalDate.of(2016, 3, 13))).isFalse();
        assertThat(cal.sessionOpenNanos(LocalDate.of(2016, 3, 14))).isEqualTo(nanos("2016-03-14T13:30:00Z"));
        assertThat(cal.sessionCloseNanos(LocalDate.of(2016, 3, 14))).isEqualTo(nanos("2016-03-14T20:00:00Z"));
    }

    @Test
    void fallBack2016MovesTheOpenAnHourLaterInUtc()
    {
        assertThat(cal.sessionOpenNanos(LocalDate.of(2016, 11, 4))).isEqualTo(nanos("2016-11-04T13:30:00Z"));
        assertThat(cal.isTradingDay(LocalDate.of(2016, 11, 6))).isFalse();
        assertThat(cal.sessionOpenNanos(LocalDate.of(2016, 11, 7))).isEqualTo(nanos("2016-11-07T14:30:00Z"));
        assertThat(cal.sessionCloseNanos(LocalDate.of(2016, 11, 7))).isEqualTo(nanos("2016-11-07T21:00:00Z"));
    }

    @Test
    void weekendsAndHurricaneSandyClosures()
    {
        assertThat(cal.isTradingDay(LocalDate.of(2016, 3, 12))).isFalse();
        assertThat(cal.isTradingDay(LocalDate.of(2016, 3, 13))).isFalse();
        assertThat(cal.nextTradingDay(LocalDate.of(2016, 3, 11))).isEqualTo(LocalDate.of(2016, 3, 14));
        // The two-day closure of 2012-10-29/30 is in the data as holidays.
        assertThat(cal.isTradingDay(LocalDate.of(2012, 10, 29))).isFalse();
        assertThat(cal.isTradingDay(LocalDate.of(2012, 10, 30))).isFalse();
        assertThat(cal.nextTradingDay(LocalDate.of(2012, 10, 26))).isEqualTo(LocalDate.of(2012, 10, 31));
        // An early close listed on a Sunday (12/24/2017) does not make it a trading day.
        assertThat(cal.isTradingDay(LocalDate.of(2017, 12, 24))).isFalse();
        assertThat(cal.isEarlyClose(LocalDate.of(2017, 12, 24))).isFalse();
    }

    @Test
    void eventTimeQueriesAgreeAcrossMidnightAndDst()
    {
        // 2016-03-14 00:30 EDT = 04:30Z belongs to the 14th; 2016-03-13 23:30 EDT = 03:30Z to the 13th.
        assertThat(cal.epochDayOf(nanos("2016-03-14T04:30:00Z"))).isEqualTo((int)LocalDate.of(2016, 3, 14).toEpochDay());
        assertThat(cal.epochDayOf(nanos("2016-03-14T03:59:59Z"))).isEqualTo((int)LocalDate.of(2016, 3, 13).toEpochDay());
        // 2016-01-05 00:00 EST = 05:00Z exactly.
        assertThat(cal.epochDayOf(nanos("2016-01-05T05:00:00Z"))).isEqualTo((int)LocalDate.of(2016, 1, 5).toEpochDay());
        assertThat(cal.epochDayOf(nanos("2016-01-05T04:59:59.999999999Z"))).isEqualTo((int)LocalDate.of(2016, 1, 4).toEpochDay());
        assertThat(cal.isSessionOpen(nanos("2015-11-27T17:59:59Z"))).isTrue();
        assertThat(cal.isSessionOpen(nanos("2015-11-27T18:00:00Z"))).isFalse();
        assertThat(cal.isSessionOpen(nanos("2016-03-14T13:30:00Z"))).isTrue();
        assertThat(cal.isSessionOpen(nanos("2016-03-14T13:29:59Z"))).isFalse();
        assertThat(cal.isSessionOpen(nanos("2016-07-04T15:00:00Z"))).isFalse();
    }

    @Test
    void outsideTheCoverageOnlyWeekendsAreKnown()
    {
        assertThat(cal.coverageStart()).isEqualTo(LocalDate.of(1998, 1, 1));
        assertThat(cal.coverageEnd()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(cal.covers(LocalDate.of(2029, 1, 2))).isFalse();
        assertThat(cal.isTradingDay(LocalDate.of(2029, 1, 6))).isFalse(); // a Saturday
        assertThat(cal.sessionOpenNanos(LocalDate.of(2029, 7, 2))).isEqualTo(nanos("2029-07-02T13:30:00Z"));
        assertThat(cal.epochDayOf(nanos("2029-07-02T03:59:00Z"))).isEqualTo((int)LocalDate.of(2029, 7, 1).toEpochDay());
    }

    /** US equities have no late open in the data; CBOT wheat futures do (the same reader, another entry). */
    @Test
    void aLateOpenInTheDatabaseMovesTheOpen()
    {
        final ExchangeCalendar wheat = ExchangeCalendar.load(
            com.quantmatrix.engine.data.ProjectPaths.data().resolve("reference/market-hours-database.json.gz"), "Future-cbot-ZW");
        assertThat(wheat.zone().getId()).isEqualTo("America/Chicago");
        // Regular day session 08:30-13:20 CST; on 2011-12-27 it opened at 09:30.
        assertThat(wheat.isLateOpen(LocalDate.of(2011, 12, 27))).isTrue();
        assertThat(wheat.sessionOpenNanos(LocalDate.of(2011, 12, 27))).isEqualTo(nanos("2011-12-27T15:30:00Z"));
        assertThat(wheat.sessionOpenNanos(LocalDate.of(2011, 12, 28))).isEqualTo(nanos("2011-12-28T14:30:00Z"));
        assertThat(wheat.sessionCloseNanos(LocalDate.of(2011, 12, 27))).isEqualTo(nanos("2011-12-27T19:20:00Z"));
    }

    /** A second real source: Polygon's market-status holidays for 2022 agree with LEAN's database. */
    @Test
    @SuppressWarnings("unchecked")
    void agreesWithPolygonsUpcomingHolidays() throws IOException
    {
        final String json;
        try (InputStream in = getClass().getResourceAsStream("/cycle/marketstatus_upcoming_holidays.json"))
        {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        final List<Object> days = (List<Object>)JsonTree.parse(json);
        assertThat(days).hasSize(14);
        int closed = 0;
        int early = 0;
        for (final Object o : days)
        {
            final Map<String, Object> d = (Map<String, Object>)o;
            final LocalDate date = LocalDate.parse((String)d.get("date"));
            if ("closed".equals(d.get("status")))
            {
                assertThat(cal.isTradingDay(date)).as(date.toString()).isFalse();
                closed++;
            }
            else
            {
                assertThat(d.get("status")).isEqualTo("early-close");
                assertThat(cal.sessionOpenNanos(date)).isEqualTo(nanos((String)d.get("open")));
                assertThat(cal.sessionCloseNanos(date)).isEqualTo(nanos((String)d.get("close")));
                early++;
            }
        }
        assertThat(closed).isEqualTo(12);
        assertThat(early).isEqualTo(2);
    }
}
