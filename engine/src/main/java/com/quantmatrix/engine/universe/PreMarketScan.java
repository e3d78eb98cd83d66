package com.quantmatrix.engine.universe;

import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.market.MarketSettings;
import com.quantmatrix.engine.market.MarketState;
import com.quantmatrix.engine.market.SessionHours;
import com.quantmatrix.engine.signal.AtrMatrixScore;
import com.quantmatrix.engine.signal.AtrMatrixScorer;
import com.quantmatrix.engine.signal.SignalSettings;
import com.quantmatrix.engine.stats.ReasonCounters;

/**
 * The pre-market scan of the whole US market with the REAL ATR Matrix rules: one grouped-daily
 * response (one bar per symbol, the previous session's) is parsed, every row is applied to this
 * scan's own daily state as that day's bar (through the same bad-tick filter and indicators as the
 * engine's market state), and the rows that pass the universe filters are scored by
 * {@link AtrMatrixScorer} and ranked (best entry confidence first).
 *
 * <p>Indicator state: grouped daily gives ONE bar per symbol, so a score needs history that this
 * response does not carry (SMA200 needs 200 bars). The state is seeded before the first scan, from
 * a backfill ({@link #seed}: the daily bars a live run fetches for its universe, or earlier
 * grouped-daily days for the whole market), and then each day's scan adds that day's bar, so the
 * state stays current with one call a day. A symbol that is not yet warm is never a candidate.
 *
 * <p>This state is the scan's own, apart from the engine's (it covers the whole market, tens of
 * thousands of symbols, on the scanning thread; the engine's pipeline thread never waits for it).
 * Not thread-safe: one scanning thread. After the first day it allocates nothing (new tickers
 * intern once).
 */
public final class PreMarketScan
{
    private final SymbolTable symbols;
    private final GroupedDailyParser parser;
    private final GroupedDailyScan scan;
    private final MarketState market;
    private final AtrMatrixScorer scorer;
    private final boolean bearish;
    private final AtrMatrixScore score = new AtrMatrixScore();
    private final byte[] direction;
    private final ReasonCounters counters = new ReasonCounters();
    private final CandidateScorer rules = this::scoreRow;
    private int scannedDate;
    private long rowsApplied;

    /**
     * @param symbols  the scan's own symbol table (its capacity bounds the market it can hold)
     * @param universe listing, ETF and option flags for the filters (interned into {@code symbols}), or null
     */
    public PreMarketScan(final SymbolTable symbols, final Universe universe, final ScanSettings scanSettings,
        final MarketSettings marketSettings, final SignalSettings signalSettings, final int expectedRows)
    {
        this.symbols = symbols;
        this.parser = new GroupedDailyParser(symbols);
        this.scan = new GroupedDailyScan(parser, universe, scanSettings, expectedRows);
        this.market = new MarketState(symbols.capacity(), marketSettings, SessionHours.REGULAR, counters);
        this.scorer = new AtrMatrixScorer(market.daily(), signalSettings);
        this.bearish = signalSettings.bearishEnabled;
        this.direction = new byte[symbols.capacity()];
    }

    /** Seeds one symbol's daily bar (oldest first); returns false when the filter refused it or the table is full. */
    public boolean seed(final String symbol, final int yyyymmdd, final double open, final double high, final double low,
        final double close, final long volume)
    {
        final int id = symbols.intern(symbol);
        return id >= 0 && market.onDailyBar(id, yyyymmdd, 0L, open, high, low, close, volume) == 0;
    }

    /**
     * Scans the grouped-daily response of the session {@code yyyymmdd}: parses it, applies each row as
     * that day's bar, then ranks. The result is reused by the next scan. A malformed or empty response
     * applies nothing and ranks nothing (see {@link GroupedDailySnapshot#status}).
     */
    public RankedCandidates scanDay(final byte[] response, final int offset, final int length, final int yyyymmdd)
    {
        final GroupedDailySnapshot day = scan.day();
        parser.parse(response, offset, length, day);
        if (day.status == 0)
        {
            for (int r = 0; r < day.size; r++)
            {
                if (market.onDailyBar(day.symbolId[r], yyyymmdd, 0L, day.open[r], day.high[r], day.low[r], day.close[r],
                    (long)day.volume[r]) == 0)
                {
                    rowsApplied++;
                }
            }
            scannedDate = yyyymmdd;
        }
        return scan.rank(rules);
    }

    /** The best entry's confidence of a row (bullish, and bearish when enabled), NaN when it is no entry. */
    private double scoreRow(final GroupedDailySnapshot day, final int row)
    {
        final int sym = day.symbolId[row];
        double best = Double.NaN;
        byte dir = 0;
        if (scorer.score(sym, 1, score))
        {
            best = score.confidence;
            dir = 1;
        }
        if (bearish && scorer.score(sym, -1, score) && (dir == 0 || score.confidence > best))
        {
            best = score.confidence;
            dir = -1;
        }
        direction[sym] = dir;
        return best;
    }

    /** The direction (+1 / -1) of a candidate of the last scan, by symbol id. */
    public int direction(final int symbolId)
    {
        return direction[symbolId];
    }

    /** Re-scores a symbol in a direction into {@code out} (criterion values for reports). */
    public void detail(final int symbolId, final int dir, final AtrMatrixScore out)
    {
        scorer.score(symbolId, dir, out);
    }

    public String symbol(final int symbolId)
    {
        return symbols.symbol(symbolId);
    }

    public SymbolTable symbols()
    {
        return symbols;
    }

    /** The last response parsed (rows, status, rejections). */
    public GroupedDailySnapshot day()
    {
        return scan.day();
    }

    /** Symbols whose every indicator the rules read is warm. */
    public int warmSymbols()
    {
        int n = 0;
        for (int s = 0; s < symbols.size(); s++)
        {
            if (scorer.isWarm(s))
            {
                n++;
            }
        }
        return n;
    }

    public int lastDate(final int symbolId)
    {
        return market.lastDailyBarDate(symbolId);
    }

    /** The session of the last scan that was read completely (yyyymmdd), 0 before one. */
    public int scannedDate()
    {
        return scannedDate;
    }

    public long rowsApplied()
    {
        return rowsApplied;
    }

    /** Bars the bad-tick filter refused, by reason (the scan's own counters). */
    public ReasonCounters rejections()
    {
        return counters;
    }
}
