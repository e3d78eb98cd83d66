package com.quantmatrix.engine.analytics;

import com.quantmatrix.engine.data.DailyBarStore;
import java.time.LocalDate;

/** Conversions for the yyyyMMdd int dates the analytics use (the same form as the bundled bars). */
public final class TradingDates
{
    private TradingDates()
    {
    }

    public static LocalDate toLocalDate(final int yyyymmdd)
    {
        return LocalDate.of(yyyymmdd / 10_000, (yyyymmdd / 100) % 100, yyyymmdd % 100);
    }

    public static int fromLocalDate(final LocalDate d)
    {
        return d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    /** yyyy-MM-dd or yyyyMMdd to yyyyMMdd, checked to be a real calendar date. */
    public static int parse(final String text)
    {
        final int ymd;
        try
        {
            ymd = DailyBarStore.parseDate(text.trim());
            toLocalDate(ymd);
        }
        catch (final RuntimeException ex)
        {
            throw new IllegalArgumentException("not a date (yyyy-MM-dd): '" + text + "'");
        }
        return ymd;
    }

    /** yyyy-MM-dd. */
    public static String format(final int yyyymmdd)
    {
        return String.format("%04d-%02d-%02d", yyyymmdd / 10_000, (yyyymmdd / 100) % 100, yyyymmdd % 100);
    }

    /** yyyyMM of a date: the month it belongs to. */
    public static int month(final int yyyymmdd)
    {
        return yyyymmdd / 100;
    }
}
