package com.quantmatrix.engine.signal;

import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.SignalType;
import com.quantmatrix.engine.market.MarketState;
import com.quantmatrix.engine.pipeline.Stage;
import com.quantmatrix.engine.pipeline.StateHash;

/**
 * Pipeline stage "signal": scores a symbol with the ATR Matrix when it has a new daily bar, and writes the
 * event's {@code signalType}, {@code signalDirection} and {@code signalConfidence}.
 *
 * <p>Rules (one place: {@link AtrMatrixScorer}; thresholds: {@link SignalSettings}):
 * <ul>
 *   <li>Scoring happens on the first accepted event of a symbol whose daily state has a bar dated after the
 *       last one scored: the daily BAR event itself, or (with daily bars built from intraday prints) the
 *       print that completed the day. Refused events ({@code inputReject != 0}) are skipped.</li>
 *   <li>ENTRY (direction +1, or -1 when bearish entries are enabled) when all five scored criteria hold, and
 *       the symbol has no open setup in that direction; the setup stays open until its EXIT, so a trend that
 *       holds for weeks gives one ENTRY, not one a day.</li>
 *   <li>EXIT (direction of the setup, confidence 100) when an open setup's exit rule fires on a new daily bar.</li>
 *   <li>With {@code signal.mtf.enabled}: a daily ENTRY only arms the symbol; the ENTRY is written on the first
 *       later event of the symbol after a regular-session bar of {@code signal.mtf.timeframe.seconds} closes on
 *       the setup's side of its intraday EMA (daily trend plus intraday trigger). The arm lasts until the next
 *       daily bar is scored.</li>
 * </ul>
 * Reads MarketState written by the market stage: in the staged layout this stage must see the market state as
 * of its own event (run it on the market stage's thread, or gate the market stage behind it).
 */
public final class SignalStage implements Stage, StateHash.Hashable
{
    private final MarketState market;
    private final AtrMatrixScorer scorer;
    private final SignalSettings settings;
    private final AtrMatrixScore score = new AtrMatrixScore();
    private final int capacity;
    private final int triggerTimeframe;

    /** Last daily date scored per symbol. */
    private final int[] scoredDate;
    /** Open setup per symbol: +1 long, -1 short, 0 none. */
    private final byte[] openSetup;
    /** Armed (multi-timeframe) setup per symbol, its confidence, and the last trigger bar looked at. */
    private final byte[] armed;
    private final double[] armedConfidence;
    private final long[] triggerSeen;
    private long entries;
    private long exits;

    public SignalStage(final MarketState market, final SignalSettings settings)
    {
        this.market = market;
        this.settings = settings;
        this.scorer = new AtrMatrixScorer(market.daily(), settings);
        this.capacity = market.capacity();
        this.triggerTimeframe = settings.mtfEnabled ? market.timeframeIndex(settings.mtfTimeframeSeconds) : -1;
        if (settings.mtfEnabled && triggerTimeframe < 0)
        {
            throw new com.quantmatrix.engine.config.ConfigException(SignalSettings.MTF_TIMEFRAME + "="
                + settings.mtfTimeframeSeconds + " is not among " + com.quantmatrix.engine.market.MarketSettings.BAR_TIMEFRAMES);
        }
        scoredDate = new int[capacity];
        openSetup = new byte[capacity];
        armed = new byte[capacity];
        armedConfidence = new double[capacity];
        triggerSeen = new long[capacity];
    }

    public AtrMatrixScorer scorer()
    {
        return scorer;
    }

    @Override
    public String name()
    {
        return "signal";
    }

    @Override
    public void onEvent(final MarketEvent e, final long sequence, final boolean endOfBatch)
    {
        final int sym = e.symbolId;
        if (e.inputReject != 0 || sym < 0 || sym >= capacity)
        {
            return;
        }
        final int date = market.lastDailyBarDate(sym);
        if (date > scoredDate[sym])
        {
            scoredDate[sym] = date;
            onDailyBar(e, sym);
        }
        else if (armed[sym] != 0)
        {
            checkTrigger(e, sym);
        }
    }

    private void onDailyBar(final MarketEvent e, final int sym)
    {
        armed[sym] = 0;
        final int open = openSetup[sym];
        if (open != 0)
        {
            if (scorer.exitRule(sym, open) != AtrMatrixScorer.EXIT_NONE)
            {
                openSetup[sym] = 0;
                exits++;
                write(e, SignalType.EXIT, open, 100.0);
            }
            return;
        }
        int direction = 0;
        double confidence = 0.0;
        if (scorer.score(sym, 1, score))
        {
            direction = 1;
            confidence = score.confidence;
        }
        if (settings.bearishEnabled && scorer.score(sym, -1, score) && score.confidence > confidence)
        {
            direction = -1;
            confidence = score.confidence;
        }
        if (direction == 0)
        {
            return;
        }
        if (triggerTimeframe >= 0)
        {
            armed[sym] = (byte)direction;
            armedConfidence[sym] = confidence;
            triggerSeen[sym] = market.intradayBarEnd(triggerTimeframe, sym);
            return;
        }
        enter(e, sym, direction, confidence);
    }

    private void checkTrigger(final MarketEvent e, final int sym)
    {
        final long end = market.intradayBarEnd(triggerTimeframe, sym);
        if (end <= triggerSeen[sym])
        {
            return;
        }
        triggerSeen[sym] = end;
        final double ema = market.intradayEma(triggerTimeframe, sym);
        final double close = market.intradayClose(triggerTimeframe, sym);
        final int direction = armed[sym];
        if (!Double.isNaN(ema) && direction * (close - ema) > 0.0)
        {
            armed[sym] = 0;
            enter(e, sym, direction, armedConfidence[sym]);
        }
    }

    private void enter(final MarketEvent e, final int sym, final int direction, final double confidence)
    {
        openSetup[sym] = (byte)direction;
        entries++;
        write(e, SignalType.ENTRY, direction, confidence);
    }

    private static void write(final MarketEvent e, final int type, final int direction, final double confidence)
    {
        e.signalType = type;
        e.signalDirection = direction;
        e.signalConfidence = confidence;
    }

    /** Open setup of a symbol: +1, -1 or 0. */
    public int openSetup(final int sym)
    {
        return openSetup[sym];
    }

    public long entries()
    {
        return entries;
    }

    public long exits()
    {
        return exits;
    }

    @Override
    public void hashInto(final StateHash h)
    {
        for (int sym = 0; sym < capacity; sym++)
        {
            if (scoredDate[sym] != 0 || openSetup[sym] != 0 || armed[sym] != 0)
            {
                h.mix(sym).mix(scoredDate[sym]).mix(openSetup[sym]).mix(armed[sym]).mix(armedConfidence[sym])
                    .mix(triggerSeen[sym]);
            }
        }
        h.mix(entries).mix(exits);
    }
}
