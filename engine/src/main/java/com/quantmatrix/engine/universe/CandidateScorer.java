package com.quantmatrix.engine.universe;

/**
 * Scores one row of the day's snapshot for the universe scan: higher is better; NaN means "not a
 * candidate". The ATR Matrix scorer (market-state and signal concern) plugs in here: it reads its
 * own per-symbol state by {@code day.symbolId[row]}, updated with the row's bar. Called once per
 * row that passed the universe filters, on the scanning thread; must not allocate.
 */
@FunctionalInterface
public interface CandidateScorer
{
    double score(GroupedDailySnapshot day, int row);
}
