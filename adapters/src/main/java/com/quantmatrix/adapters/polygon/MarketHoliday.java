package com.quantmatrix.adapters.polygon;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An upcoming market holiday or early close from /v1/marketstatus/upcoming. {@code status} is
 * "closed" or "early-close"; open and close are set (UTC) only for early closes.
 */
public record MarketHoliday(String exchange, String name, LocalDate date, String status, Instant open, Instant close)
{
    public boolean isEarlyClose()
    {
        return "early-close".equals(status);
    }
}
