package com.quantmatrix.engine.universe;

/**
 * The scan's result: the best rows of the day, best first (score descending; ties by dollar volume
 * descending, then symbol id ascending, so the order is deterministic). Reused between scans.
 */
public final class RankedCandidates
{
    public int count;
    public final int[] symbolId;
    public final int[] row;
    public final double[] score;
    public final double[] dollarVolume;
    /** Rows looked at, rows that passed the universe filters, and rows the scorer accepted. */
    public int rowsSeen;
    public int rowsEligible;
    public int rowsScored;

    public RankedCandidates(final int capacity)
    {
        symbolId = new int[capacity];
        row = new int[capacity];
        score = new double[capacity];
        dollarVolume = new double[capacity];
    }

    public int capacity()
    {
        return symbolId.length;
    }

    void clear()
    {
        count = 0;
        rowsSeen = 0;
        rowsEligible = 0;
        rowsScored = 0;
    }

    /** True when candidate a ranks above candidate b. */
    static boolean ranksAbove(final double scoreA, final double dvA, final int idA,
        final double scoreB, final double dvB, final int idB)
    {
        if (scoreA != scoreB)
        {
            return scoreA > scoreB;
        }
        if (dvA != dvB)
        {
            return dvA > dvB;
        }
        return idA < idB;
    }
}
