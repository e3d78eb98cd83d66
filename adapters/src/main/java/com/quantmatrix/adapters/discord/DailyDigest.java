package com.quantmatrix.adapters.discord;

import java.time.LocalDate;

/**
 * The figures of the 16:30 digest. Money in micros; heat = open risk as a percentage of equity.
 * Best and worst name the trade ("AAPL 240315C180 +$210.00"), or null on a day without trades.
 */
public record DailyDigest(
    LocalDate date,
    long realizedPnlMicros,
    long unrealizedPnlMicros,
    long equityMicros,
    int trades,
    int wins,
    int losses,
    String best,
    String worst,
    double heatPercent,
    int openPositions)
{
    /** Wins over closed trades, in percent; NaN with no closed trade. */
    public double winRatePercent()
    {
        final int closed = wins + losses;
        return closed == 0 ? Double.NaN : 100.0 * wins / closed;
    }
}
