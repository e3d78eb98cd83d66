package com.quantmatrix.engine.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Walk-forward splits: the date range cut into N + 1 segments of equal calendar length; fold i
 * (1..N) optimises on segment i - 1 (rolling) or on segments 0..i - 1 (anchored) and is tested on
 * segment i, which it never saw.
 */
public final class WalkForward
{
    /** Each segment must span at least this many calendar days (about a month of sessions). */
    public static final int MIN_SEGMENT_DAYS = 28;

    /** One fold's in-sample and out-of-sample date ranges (yyyyMMdd, both ends included). */
    public record Fold(int number, int inSampleFrom, int inSampleTo, int outOfSampleFrom, int outOfSampleTo)
    {
    }

    private WalkForward()
    {
    }

    public static List<Fold> split(final int from, final int to, final int folds, final boolean anchored)
    {
        if (folds < 1)
        {
            throw new IllegalArgumentException("walk-forward needs at least 1 fold, got " + folds);
        }
        final LocalDate start = TradingDates.toLocalDate(from);
        final LocalDate end = TradingDates.toLocalDate(to);
        final long days = ChronoUnit.DAYS.between(start, end) + 1;
        final int segments = folds + 1;
        if (days < (long)segments * MIN_SEGMENT_DAYS)
        {
            throw new IllegalArgumentException("walk-forward with " + folds + " folds needs at least " + segments * MIN_SEGMENT_DAYS
                + " calendar days; " + TradingDates.format(from) + " to " + TradingDates.format(to) + " has " + days);
        }
        final int[] segStart = new int[segments + 1];
        for (int k = 0; k <= segments; k++)
        {
            segStart[k] = TradingDates.fromLocalDate(start.plusDays(days * k / segments));
        }
        final List<Fold> out = new ArrayList<>();
        for (int i = 1; i <= folds; i++)
        {
            final int isFrom = anchored ? segStart[0] : segStart[i - 1];
            final int isTo = dayBefore(segStart[i]);
            final int oosTo = i == folds ? to : dayBefore(segStart[i + 1]);
            out.add(new Fold(i, isFrom, isTo, segStart[i], oosTo));
        }
        return out;
    }

    private static int dayBefore(final int yyyymmdd)
    {
        return TradingDates.fromLocalDate(TradingDates.toLocalDate(yyyymmdd).minusDays(1));
    }
}
