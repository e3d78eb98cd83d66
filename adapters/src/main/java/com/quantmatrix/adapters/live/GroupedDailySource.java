package com.quantmatrix.adapters.live;

import java.time.LocalDate;

/** Where the pre-market scan gets one session's grouped daily bars: the raw response body (Polygon's shape). */
@FunctionalInterface
public interface GroupedDailySource
{
    /** The body for that session; throws (e.g. a RestException) when it cannot be had. */
    byte[] fetch(LocalDate session);
}
