package com.quantmatrix.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.data.DailyReplaySource;
import com.quantmatrix.engine.event.AdminCommand;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.Reasons;
import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.stats.ReasonCounters;
import org.junit.jupiter.api.Test;

/**
 * Bad input is refused with a reason and counted, never thrown: unknown symbols, NaN, zero and
 * negative prices, crossed quotes, bad option keys, out-of-order and duplicated events. The good
 * event is a real bar (AAPL, 2013-01-02, bundled data).
 */
class InputValidationStageTest
{
    private final SymbolTable symbols = new SymbolTable(16);
    private final ReasonCounters counters = new ReasonCounters();
    private final InputValidationStage stage = new InputValidationStage(symbols, counters);
    private final MarketEvent e = new MarketEvent();
    private final DailyBarStore.Series aapl = DailyBarStore.bundled().series("AAPL");
    private long seq;

    private MarketEvent realBar(final int i)
    {
        e.clear();
        e.type = EventType.BAR;
        e.source = MarketEvent.SOURCE_MARKET_DATA;
        e.seq = ++seq;
        e.eventTimeNanos = DailyReplaySource.epochNanos(aapl.date[i], 16, 0);
        e.symbolId = symbols.intern("AAPL");
        e.barSeconds = 86_400;
        e.open = aapl.open[i];
        e.high = aapl.high[i];
        e.low = aapl.low[i];
        e.close = aapl.close[i];
        e.volume = aapl.volume[i];
        return e;
    }

    private int verdict()
    {
        stage.onEvent(e, 0, true);
        return e.inputReject;
    }

    @Test
    void refusesEachKindOfBadInputWithItsReasonAndCountsIt()
    {
        realBar(0);
        assertThat(verdict()).isEqualTo(Reasons.OK);

        realBar(1).symbolId = 7; // never interned
        assertThat(verdict()).isEqualTo(Reasons.UNKNOWN_SYMBOL);
        realBar(1).close = Double.NaN;
        assertThat(verdict()).isEqualTo(Reasons.NAN_VALUE);
        realBar(1).close = 0.0;
        assertThat(verdict()).isEqualTo(Reasons.NON_POSITIVE_PRICE);
        realBar(1).low = -1.0;
        assertThat(verdict()).isEqualTo(Reasons.NON_POSITIVE_PRICE);
        realBar(1).volume = -5;
        assertThat(verdict()).isEqualTo(Reasons.NEGATIVE_VOLUME);

        realBar(2);
        final long goodSeq = e.seq;
        assertThat(verdict()).isEqualTo(Reasons.OK);
        realBar(3).seq = goodSeq; // the same event again
        assertThat(verdict()).isEqualTo(Reasons.DUPLICATE);
        realBar(3).seq = goodSeq - 1; // an older one
        assertThat(verdict()).isEqualTo(Reasons.OUT_OF_ORDER);
        realBar(0); // a new number but yesterday's time for AAPL
        assertThat(verdict()).isEqualTo(Reasons.OUT_OF_ORDER);

        realBar(4).type = EventType.QUOTE;
        e.bid = 75.10;
        e.ask = 75.00;
        assertThat(verdict()).isEqualTo(Reasons.CROSSED_QUOTE);

        realBar(4).type = EventType.OPTION_QUOTE;
        e.expiry = 20130119;
        e.strike = 0.0;
        e.right = MarketEvent.CALL;
        assertThat(verdict()).isEqualTo(Reasons.BAD_OPTION_KEY);

        realBar(4).type = EventType.ADMIN;
        e.source = MarketEvent.SOURCE_ADMIN;
        e.adminCommand = 99;
        assertThat(verdict()).isEqualTo(Reasons.BAD_ADMIN_COMMAND);
        e.clearDecisions();
        e.adminCommand = AdminCommand.HALT;
        e.seq = 100;
        assertThat(verdict()).isEqualTo(Reasons.OK);

        realBar(5).type = 42;
        assertThat(verdict()).isEqualTo(Reasons.UNKNOWN_TYPE);

        assertThat(counters.nonZero(1, 100)).containsExactly(
            java.util.Map.entry("UNKNOWN_SYMBOL", 1L), java.util.Map.entry("NAN_VALUE", 1L),
            java.util.Map.entry("NON_POSITIVE_PRICE", 2L), java.util.Map.entry("OUT_OF_ORDER", 2L),
            java.util.Map.entry("DUPLICATE", 1L), java.util.Map.entry("UNKNOWN_TYPE", 1L),
            java.util.Map.entry("CROSSED_QUOTE", 1L), java.util.Map.entry("NEGATIVE_VOLUME", 1L),
            java.util.Map.entry("BAD_OPTION_KEY", 1L), java.util.Map.entry("BAD_ADMIN_COMMAND", 1L));
        assertThat(stage.accepted()).isEqualTo(3);
    }

    /** An option quote of AAPL at {@code t}: the AAPL 2013-01-19 500 call (key valid, quote two-sided). */
    private MarketEvent optionQuote(final long t)
    {
        e.clear();
        e.type = EventType.OPTION_QUOTE;
        e.source = MarketEvent.SOURCE_SNAPSHOT;
        e.seq = ++seq;
        e.eventTimeNanos = t;
        e.symbolId = symbols.intern("AAPL");
        e.expiry = 20130119;
        e.strike = 500.0;
        e.right = MarketEvent.CALL;
        e.bid = 48.0;
        e.ask = 48.5;
        return e;
    }

    @Test
    void optionQuotesKeepTheirOwnTimeOrderApartFromTheStock()
    {
        final long barTime = DailyReplaySource.epochNanos(aapl.date[2], 16, 0);
        realBar(2);
        assertThat(verdict()).isEqualTo(Reasons.OK);
        // a chain fetched before the bar's end is not out of order because of the stock's bar ...
        optionQuote(barTime - 60_000_000_000L);
        assertThat(verdict()).isEqualTo(Reasons.OK);
        // ... and a chain stamped an hour after the next bar's end does not make that bar look late
        final long nextBarTime = DailyReplaySource.epochNanos(aapl.date[3], 16, 0);
        optionQuote(nextBarTime + 3_600_000_000_000L);
        assertThat(verdict()).isEqualTo(Reasons.OK);
        realBar(3);
        assertThat(verdict()).isEqualTo(Reasons.OK);
        // within the option stream the order still holds
        optionQuote(nextBarTime);
        assertThat(verdict()).isEqualTo(Reasons.OUT_OF_ORDER);
        assertThat(counters.get(Reasons.OUT_OF_ORDER)).isEqualTo(1);
    }
}
