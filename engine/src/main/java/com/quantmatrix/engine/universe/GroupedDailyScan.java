package com.quantmatrix.engine.universe;

/**
 * The pre-market universe scan: one grouped-daily response for the whole market, parsed into a
 * {@link GroupedDailySnapshot}, filtered by the universe's flags and {@link ScanSettings}, scored by
 * the pluggable {@link CandidateScorer} (the ATR Matrix), and cut to the best
 * {@code scan.top.candidates} rows with a bounded heap (O(rows x log top)). After the first day it
 * allocates nothing: the snapshot, the heap and the result are reused.
 *
 * <p>A response that is malformed or has no results yields no candidates (and its
 * {@link GroupedDailySnapshot#status}): a truncated download must be fetched again, not half-ranked.
 */
public final class GroupedDailyScan
{
    private final GroupedDailyParser parser;
    private final Universe universe;
    private final ScanSettings settings;
    private final GroupedDailySnapshot day;
    private final RankedCandidates result;
    /** Min-heap of rows by rank: heap[0] is the weakest of the best so far. */
    private final int[] heapRow;
    private final double[] heapScore;
    private final double[] heapDollarVolume;
    private int heapSize;

    /** @param universe flags for the filters; null scans every row (no ETF, listing or options filter). */
    public GroupedDailyScan(final GroupedDailyParser parser, final Universe universe, final ScanSettings settings,
        final int expectedRows)
    {
        this.parser = parser;
        this.universe = universe;
        this.settings = settings;
        this.day = new GroupedDailySnapshot(expectedRows);
        this.result = new RankedCandidates(settings.topCandidates);
        this.heapRow = new int[settings.topCandidates];
        this.heapScore = new double[settings.topCandidates];
        this.heapDollarVolume = new double[settings.topCandidates];
    }

    /** Parses a response and ranks it; the returned object is reused by the next scan. */
    public RankedCandidates scan(final byte[] response, final int offset, final int length, final CandidateScorer scorer)
    {
        parser.parse(response, offset, length, day);
        return rank(scorer);
    }

    /** Ranks the snapshot already parsed (e.g. after {@link Universe#applyDollarVolume}). */
    public RankedCandidates rank(final CandidateScorer scorer)
    {
        result.clear();
        heapSize = 0;
        if (day.status != 0)
        {
            return result;
        }
        result.rowsSeen = day.size;
        for (int r = 0; r < day.size; r++)
        {
            final double dv = day.dollarVolume(r);
            if (!eligible(r, dv))
            {
                continue;
            }
            result.rowsEligible++;
            final double s = scorer.score(day, r);
            if (Double.isNaN(s))
            {
                continue;
            }
            result.rowsScored++;
            offer(r, s, dv);
        }
        drainHeapBestFirst();
        return result;
    }

    private boolean eligible(final int r, final double dollarVolume)
    {
        if (day.close[r] < settings.minPrice || dollarVolume < settings.minDollarVolume)
        {
            return false;
        }
        if (universe == null)
        {
            return true;
        }
        final int id = day.symbolId[r];
        if (universe.isTestIssue(id) || (settings.excludeEtfs && universe.isEtf(id)))
        {
            return false;
        }
        if (settings.listedOnly && !universe.isListed(id))
        {
            return false;
        }
        return !(settings.requireOptions && universe.options(id) == Universe.OPTIONS_NONE);
    }

    private boolean above(final int a, final double sa, final double dva, final int b, final double sb, final double dvb)
    {
        return RankedCandidates.ranksAbove(sa, dva, day.symbolId[a], sb, dvb, day.symbolId[b]);
    }

    private void offer(final int r, final double s, final double dv)
    {
        if (heapSize < heapRow.length)
        {
            int i = heapSize++;
            while (i > 0)
            {
                final int parent = (i - 1) >>> 1;
                if (!above(heapRow[parent], heapScore[parent], heapDollarVolume[parent], r, s, dv))
                {
                    break;
                }
                set(i, heapRow[parent], heapScore[parent], heapDollarVolume[parent]);
                i = parent;
            }
            set(i, r, s, dv);
            return;
        }
        if (!above(r, s, dv, heapRow[0], heapScore[0], heapDollarVolume[0]))
        {
            return;
        }
        siftDown(r, s, dv, heapSize);
    }

    /** Puts (r, s, dv) at the root and sinks it within heap[0, size). */
    private void siftDown(final int r, final double s, final double dv, final int size)
    {
        int i = 0;
        while (true)
        {
            final int left = 2 * i + 1;
            if (left >= size)
            {
                break;
            }
            int child = left;
            final int right = left + 1;
            if (right < size && above(heapRow[left], heapScore[left], heapDollarVolume[left],
                heapRow[right], heapScore[right], heapDollarVolume[right]))
            {
                child = right;
            }
            if (!above(r, s, dv, heapRow[child], heapScore[child], heapDollarVolume[child]))
            {
                break;
            }
            set(i, heapRow[child], heapScore[child], heapDollarVolume[child]);
            i = child;
        }
        set(i, r, s, dv);
    }

    private void set(final int i, final int r, final double s, final double dv)
    {
        heapRow[i] = r;
        heapScore[i] = s;
        heapDollarVolume[i] = dv;
    }

    /** Pops the weakest first and fills the result from the back, so it ends best first. */
    private void drainHeapBestFirst()
    {
        result.count = heapSize;
        for (int k = heapSize - 1; k >= 0; k--)
        {
            final int r = heapRow[0];
            result.row[k] = r;
            result.symbolId[k] = day.symbolId[r];
            result.score[k] = heapScore[0];
            result.dollarVolume[k] = heapDollarVolume[0];
            final int last = k;
            siftDown(heapRow[last], heapScore[last], heapDollarVolume[last], last);
        }
        heapSize = 0;
    }

    /** The snapshot of the last scan (rows, status, rejections). */
    public GroupedDailySnapshot day()
    {
        return day;
    }
}
