package com.quantmatrix.engine.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The allocation-free New York clock agrees with java.time, daylight-saving changes included. */
class SessionClockTest
{
    private static final ZoneId NY = ZoneId.of("America/New_York");

    private static int ymd(final LocalDate d)
    {
        return d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    @Property(tries = 2_000)
    void dateOpenAndCloseAgreeWithJavaTime(@ForAll @LongRange(min = 946_684_800L, max = 2_208_988_800L) final long epochSecond)
    {
        final ZonedDateTime t = Instant.ofEpochSecond(epochSecond).atZone(NY);
        final LocalDate day = t.toLocalDate();
        final SessionClock clock = new SessionClock(SessionHours.REGULAR);
        final long nanos = epochSecond * 1_000_000_000L + 123;
        assertThat(clock.dateOf(nanos)).isEqualTo(ymd(day));
        final boolean weekend = day.getDayOfWeek().getValue() >= 6;
        assertThat(clock.isTradingDay()).isEqualTo(!weekend);
        assertThat(clock.openNanos()).isEqualTo(day.atTime(9, 30).atZone(NY).toEpochSecond() * 1_000_000_000L);
        if (!weekend)
        {
            assertThat(clock.closeNanos()).isEqualTo(day.atTime(16, 0).atZone(NY).toEpochSecond() * 1_000_000_000L);
            final int minute = t.getHour() * 60 + t.getMinute();
            assertThat(clock.isRegular(nanos)).isEqualTo(minute >= 570 && minute < 960);
        }
        assertThat(SessionClock.offsetSeconds(epochSecond)).isEqualTo(t.getOffset().getTotalSeconds());
    }

    @Property(tries = 2_000)
    void civilDateArithmeticAgreesWithLocalDate(@ForAll @LongRange(min = -50_000, max = 100_000) final long epochDay)
    {
        final LocalDate d = LocalDate.ofEpochDay(epochDay);
        assertThat(SessionClock.ymdOfEpochDay(epochDay)).isEqualTo(ymd(d));
        assertThat(SessionClock.epochDayOf(ymd(d))).isEqualTo(epochDay);
        assertThat(SessionClock.isWeekend(ymd(d))).isEqualTo(d.getDayOfWeek().getValue() >= 6);
    }

    @Example
    void theOpenMovesAnHourInUtcAcrossTheMarch2011Change()
    {
        // DST began on Sunday 2011-03-13: 09:30 New York is 14:30 UTC on Friday and 13:30 UTC on Monday
        assertThat(SessionClock.nanosOf(20110311, 570)).isEqualTo(Instant.parse("2011-03-11T14:30:00Z").getEpochSecond() * 1_000_000_000L);
        assertThat(SessionClock.nanosOf(20110314, 570)).isEqualTo(Instant.parse("2011-03-14T13:30:00Z").getEpochSecond() * 1_000_000_000L);
        final SessionClock clock = new SessionClock(SessionHours.REGULAR);
        // 2011-03-14 03:59 UTC is still Sunday evening in New York
        assertThat(clock.dateOf(Instant.parse("2011-03-14T03:59:00Z").getEpochSecond() * 1_000_000_000L)).isEqualTo(20110313);
        assertThat(clock.isTradingDay()).isFalse();
        assertThat(clock.dateOf(Instant.parse("2011-03-14T04:00:00Z").getEpochSecond() * 1_000_000_000L)).isEqualTo(20110314);
        assertThat(clock.isTradingDay()).isTrue();
    }
}
