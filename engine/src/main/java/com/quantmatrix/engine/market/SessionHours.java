package com.quantmatrix.engine.market;

/**
 * The regular session of the US equity market on a given New York date. The exchange calendar
 * (holidays, early closes) implements this; the market state only asks it once per new day.
 * Implementations must not allocate (they run on the pipeline thread).
 */
public interface SessionHours
{
    /** Minutes after midnight New York of the regular open, or -1 when the market is closed all day. */
    int openMinute(int yyyymmdd);

    /** Minutes after midnight New York of the regular close: 960 (16:00), 780 (13:00) on early closes. */
    int closeMinute(int yyyymmdd);

    /** 09:30-16:00 on weekdays, closed on weekends; no holidays (the exchange calendar supplies them). */
    SessionHours REGULAR = new SessionHours()
    {
        @Override
        public int openMinute(final int ymd)
        {
            return SessionClock.isWeekend(ymd) ? -1 : 9 * 60 + 30;
        }

        @Override
        public int closeMinute(final int ymd)
        {
            return SessionClock.isWeekend(ymd) ? -1 : 16 * 60;
        }
    };
}
