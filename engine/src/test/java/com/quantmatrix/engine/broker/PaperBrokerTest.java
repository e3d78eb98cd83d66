package com.quantmatrix.engine.broker;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.event.BrokerReport;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.IntentPurpose;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.portfolio.Money;
import com.quantmatrix.engine.portfolio.Portfolio;
import com.quantmatrix.engine.portfolio.PortfolioSettings;
import com.quantmatrix.engine.trading.RealData;
import com.quantmatrix.engine.trading.RealData.QuoteBar;
import com.quantmatrix.engine.trading.RealData.TradeBar;
import com.quantmatrix.engine.trading.TestMarket;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The paper broker against real quotes: LEAN minute NBBO bars of SPY (2013-10-07) and of a GOOG
 * option (2015-12-24). A quote bar's close and last sizes stand for the quote at the end of its minute.
 */
class PaperBrokerTest
{
    private static final LocalDate SPY_DAY = LocalDate.of(2013, 10, 7);
    private static final int SPY = 1;
    private static final int GOOG = 2;

    private Instruments instruments;
    private TestMarket market;
    private Portfolio portfolio;
    private PaperBroker broker;
    private final MarketEvent e = new MarketEvent();
    private final List<long[]> reports = new ArrayList<>();
    private final Map<Long, long[]> orders = new HashMap<>();
    private int spy;

    PaperBrokerTest()
    {
        init(Config.empty());
    }

    /** A fresh account of $10M and venue with extra settings. */
    private void init(final Config extra)
    {
        instruments = new Instruments(16, 256);
        market = new TestMarket(16);
        spy = instruments.stock(SPY);
        reports.clear();
        orders.clear();
        final Config c = extra.with("portfolio.initial.cash", "10000000");
        portfolio = new Portfolio(PortfolioSettings.from(c), instruments, market);
        broker = new PaperBroker(PaperBrokerSettings.from(c), instruments, portfolio);
        // the order manager's part, reduced to booking fills
        broker.setReportListener((kind, coid, qty, price, fee, reason, t) -> {
            reports.add(new long[] {kind, coid, qty, price, fee, reason, t});
            if (kind == BrokerReport.FILL || kind == BrokerReport.PARTIAL_FILL)
            {
                final long[] o = orders.get(coid);
                portfolio.applyFill((int)o[0], (int)o[1], qty, price, fee, IntentPurpose.OPEN, t);
            }
        });
    }

    private void submit(final long coid, final int contract, final int side, final long qty, final long limitMicros, final long t)
    {
        orders.put(coid, new long[] {contract, side});
        broker.submit(coid, contract, side, qty, limitMicros, t);
    }

    private void quote(final QuoteBar q, final int symbol)
    {
        e.clear();
        e.type = EventType.QUOTE;
        e.eventTimeNanos = q.timeNanos();
        e.symbolId = symbol;
        e.bid = q.bid();
        e.ask = q.ask();
        e.bidSize = (int)q.bidSize();
        e.askSize = (int)q.askSize();
        broker.onMarketEvent(e);
    }

    private void trade(final TradeBar b, final int symbol)
    {
        e.clear();
        e.type = EventType.BAR;
        e.barSeconds = 60;
        e.eventTimeNanos = b.timeNanos();
        e.symbolId = symbol;
        e.open = b.open();
        e.high = b.high();
        e.low = b.low();
        e.close = b.close();
        e.volume = b.volume();
        broker.onMarketEvent(e);
    }

    private List<long[]> fills()
    {
        final List<long[]> out = new ArrayList<>();
        for (final long[] r : reports)
        {
            if (r[0] == BrokerReport.FILL || r[0] == BrokerReport.PARTIAL_FILL)
            {
                out.add(r);
            }
        }
        return out;
    }

    private static List<QuoteBar> spyFrom(final int hour, final int minute)
    {
        final long from = RealData.nanos(SPY_DAY, hour, minute);
        return RealData.equityQuotes("spy", SPY_DAY).stream().filter(q -> q.timeNanos() >= from && q.bid() > 0 && q.ask() > 0).toList();
    }

    @Test
    void marketableBuyFillsAtEachQuotesAskForItsDisplayedSize()
    {
        final List<QuoteBar> quotes = spyFrom(9, 31);
        quote(quotes.get(0), SPY);
        final long qty = 50_000;
        submit(1, spy, 1, qty, Money.ofDollars(170.00), quotes.get(0).timeNanos());
        // expected: each later minute sells us min(rest, displayed ask size) at its ask
        final List<long[]> expected = new ArrayList<>();
        long rest = qty;
        int i = 1;
        for (; rest > 0; i++)
        {
            final QuoteBar q = quotes.get(i);
            final long take = Math.min(rest, q.askSize());
            rest -= take;
            expected.add(new long[] {take, Money.ofDollars(q.ask())});
            quote(q, SPY);
        }
        final List<long[]> fills = fills();
        assertThat(fills).hasSize(expected.size()).hasSizeGreaterThanOrEqualTo(3);
        for (int k = 0; k < fills.size(); k++)
        {
            assertThat(fills.get(k)[2]).as("fill %d qty", k).isEqualTo(expected.get(k)[0]);
            assertThat(fills.get(k)[3]).as("fill %d price", k).isEqualTo(expected.get(k)[1]);
            // stock: no commission, $0.0008 clearing per share
            assertThat(fills.get(k)[4]).isEqualTo(800L * expected.get(k)[0]);
            assertThat(fills.get(k)[0]).isEqualTo(k == fills.size() - 1 ? BrokerReport.FILL : BrokerReport.PARTIAL_FILL);
        }
        assertThat(reports.get(0)[0]).isEqualTo(BrokerReport.ACKNOWLEDGED);
        assertThat(reports.get(0)[6]).isEqualTo(quotes.get(1).timeNanos());
        assertThat(portfolio.position(spy)).isEqualTo(qty);
        assertThat(broker.workingOrders()).isZero();
    }

    @Test
    void limitAtTheMidWaitsForTheAskToComeDownNeverFillsAtTheMid()
    {
        final List<QuoteBar> quotes = spyFrom(9, 31);
        // find a minute whose mid a later ask reaches (the real market came to us)
        int k = -1;
        int j = -1;
        for (int a = 0; a < quotes.size() && j < 0; a++)
        {
            final double mid = 0.5 * (quotes.get(a).bid() + quotes.get(a).ask());
            if (quotes.get(a).ask() - quotes.get(a).bid() < 0.015)
            {
                continue; // a one-cent market has no mid strictly inside at cent resolution
            }
            for (int b = a + 1; b < Math.min(quotes.size(), a + 30); b++)
            {
                if (quotes.get(b).ask() <= Math.floor(mid * 100) / 100)
                {
                    k = a;
                    j = b;
                    break;
                }
            }
        }
        assertThat(j).as("the real SPY tape has a minute whose ask later fell to the mid").isGreaterThan(0);
        final QuoteBar at = quotes.get(k);
        final long limit = Money.ofDollars(Math.floor(0.5 * (at.bid() + at.ask()) * 100) / 100);
        for (int a = 0; a <= k; a++)
        {
            quote(quotes.get(a), SPY);
        }
        submit(7, spy, 1, 100, limit, at.timeNanos());
        for (int a = k + 1; a < j; a++)
        {
            quote(quotes.get(a), SPY);
            assertThat(fills()).as("no fill while the ask is above the limit (minute %d)", a).isEmpty();
        }
        quote(quotes.get(j), SPY);
        assertThat(fills()).hasSize(1);
        assertThat(fills().get(0)[3]).isEqualTo(Money.ofDollars(quotes.get(j).ask())).isLessThanOrEqualTo(limit);
        assertThat(fills().get(0)[6]).isEqualTo(quotes.get(j).timeNanos());
    }

    @Test
    void aTradePrintedThroughTheLimitFillsAtTheLimit()
    {
        final List<QuoteBar> quotes = spyFrom(9, 35);
        final long from = quotes.get(0).timeNanos();
        final List<TradeBar> trades = RealData.equityTrades("spy", SPY_DAY).stream().filter(b -> b.timeNanos() > from).toList(); // the order is sent at the end of the first minute
        quote(quotes.get(0), SPY);
        // a buy one cent under the bid: it cannot fill at a quote until the ask falls to it
        final long limit = Money.ofDollars(quotes.get(0).bid() - 0.01);
        submit(9, spy, 1, 300, limit, quotes.get(0).timeNanos());
        // merged real stream (trade bar first at the same minute end, as it carries the minute's prints)
        int qi = 1;
        int ti = 0;
        long expectedPrice = -1;
        long expectedTime = -1;
        long expectedQty = -1;
        while (fills().isEmpty() && (qi < quotes.size() || ti < trades.size()))
        {
            final boolean tradeNext = ti < trades.size() && (qi >= quotes.size() || trades.get(ti).timeNanos() <= quotes.get(qi).timeNanos());
            if (tradeNext)
            {
                final TradeBar b = trades.get(ti++);
                if (expectedPrice < 0 && Money.ofDollars(b.low()) < limit)
                {
                    expectedPrice = limit;
                    expectedTime = b.timeNanos();
                    expectedQty = Math.min(300, b.volume());
                }
                trade(b, SPY);
            }
            else
            {
                final QuoteBar q = quotes.get(qi++);
                if (expectedPrice < 0 && Money.ofDollars(q.ask()) <= limit && q.askSize() > 0)
                {
                    expectedPrice = Money.ofDollars(q.ask());
                    expectedTime = q.timeNanos();
                    expectedQty = Math.min(300, q.askSize());
                }
                quote(q, SPY);
            }
        }
        assertThat(fills()).hasSize(1);
        assertThat(expectedPrice).isEqualTo(limit); // on this tape a print went through the limit first
        final long[] f = fills().get(0);
        assertThat(f[3]).isEqualTo(expectedPrice);
        assertThat(f[6]).isEqualTo(expectedTime);
        assertThat(f[2]).isEqualTo(expectedQty);
    }

    @Test
    void sellFillsAtTheBidAndNoNakedShortIsAccepted()
    {
        final List<QuoteBar> quotes = spyFrom(10, 0);
        quote(quotes.get(0), SPY);
        submit(20, spy, -1, 100, Money.ofDollars(100.0), quotes.get(0).timeNanos());
        quote(quotes.get(1), SPY);
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0)[0]).isEqualTo(BrokerReport.REJECTED);
        assertThat(reports.get(0)[5]).isEqualTo(OrderReason.SHORT_NOT_ALLOWED);

        portfolio.applyFill(spy, 1, 100, Money.ofDollars(167.00), 0, IntentPurpose.OPEN, quotes.get(1).timeNanos());
        submit(21, spy, -1, 100, Money.ofDollars(quotes.get(1).bid() - 0.50), quotes.get(1).timeNanos());
        quote(quotes.get(2), SPY);
        final long[] fill = fills().get(0);
        assertThat(fill[3]).isEqualTo(Money.ofDollars(quotes.get(2).bid()));
        assertThat(fill[2]).isEqualTo(Math.min(100, quotes.get(2).bidSize()));
    }

    @Test
    void latencyInEventTime()
    {
        init(Config.empty().with("paper.ack.latency.ms", "90000").with("paper.fill.latency.ms", "60000"));
        final PaperBrokerTest slow = this;
        final List<QuoteBar> quotes = spyFrom(10, 0);
        slow.quote(quotes.get(0), SPY);
        slow.submit(30, slow.spy, 1, 100, Money.ofDollars(200.0), quotes.get(0).timeNanos());
        slow.quote(quotes.get(1), SPY);          // +60 s: not at the venue yet
        assertThat(slow.reports).isEmpty();
        slow.quote(quotes.get(2), SPY);          // +120 s >= 90 s: acknowledged, fill not before 150 s
        assertThat(slow.reports).hasSize(1);
        assertThat(slow.reports.get(0)[0]).isEqualTo(BrokerReport.ACKNOWLEDGED);
        slow.quote(quotes.get(3), SPY);          // +180 s: fills at this minute's ask
        assertThat(slow.fills()).hasSize(1);
        assertThat(slow.fills().get(0)[3]).isEqualTo(Money.ofDollars(quotes.get(3).ask()));
    }

    @Test
    void invalidAndUnaffordableOrdersAreRejectedWithTheirReason()
    {
        final List<QuoteBar> quotes = spyFrom(10, 0);
        final int expired = instruments.option(SPY, 20131004, 168.0, MarketEvent.CALL);
        final int unquoted = instruments.option(SPY, 20131018, 168.0, MarketEvent.CALL);
        quote(quotes.get(0), SPY);
        final long t = quotes.get(0).timeNanos();
        submit(40, spy, 1, 1_000_000, Money.ofDollars(168.0), t);   // $168M with $10M cash
        submit(41, spy, 1, 0, Money.ofDollars(168.0), t);
        submit(42, spy, 1, 10, 0, t);
        submit(43, 200, 1, 1, Money.ofDollars(1.0), t);
        submit(44, expired, 1, 1, Money.ofDollars(1.0), t);
        submit(45, unquoted, 1, 1, Money.ofDollars(1.0), t);
        submit(46, spy, 2, 1, Money.ofDollars(168.0), t);
        quote(quotes.get(1), SPY);
        final Map<Long, Long> reasons = new HashMap<>();
        for (final long[] r : reports)
        {
            assertThat(r[0]).isEqualTo(BrokerReport.REJECTED);
            reasons.put(r[1], r[5]);
        }
        assertThat(reasons).containsEntry(40L, (long)OrderReason.INSUFFICIENT_BUYING_POWER)
            .containsEntry(41L, (long)OrderReason.INVALID_QUANTITY)
            .containsEntry(42L, (long)OrderReason.INVALID_PRICE)
            .containsEntry(43L, (long)OrderReason.UNKNOWN_CONTRACT)
            .containsEntry(44L, (long)OrderReason.CONTRACT_EXPIRED)
            .containsEntry(45L, (long)OrderReason.NO_MARKET)
            .containsEntry(46L, (long)OrderReason.INVALID_SIDE);
        assertThat(portfolio.fillCount()).isZero();
    }

    @Test
    void cancelsAndDuplicateIds()
    {
        final List<QuoteBar> quotes = spyFrom(10, 0);
        quote(quotes.get(0), SPY);
        final long low = Money.ofDollars(quotes.get(0).bid() - 5.0);
        submit(50, spy, 1, 100, low, quotes.get(0).timeNanos());
        submit(50, spy, 1, 100, low, quotes.get(0).timeNanos());   // the same id again: the same order
        assertThat(broker.workingOrders()).isEqualTo(1);
        quote(quotes.get(1), SPY);
        broker.cancel(50, quotes.get(1).timeNanos());
        quote(quotes.get(2), SPY);
        assertThat(reports).extracting(r -> r[0]).containsExactly((long)BrokerReport.ACKNOWLEDGED, (long)BrokerReport.CANCELLED);
        assertThat(broker.workingOrders()).isZero();
    }

    @Test
    void optionOrderFillsAtTheRealAskWithDisplayedSizeAndRetailFees()
    {
        final LocalDate day = LocalDate.of(2015, 12, 24);
        final List<QuoteBar> quotes = RealData.optionQuotes("goog", day, "call", 750.0, LocalDate.of(2016, 1, 15));
        final int call = instruments.option(GOOG, 20160115, 750.0, MarketEvent.CALL);
        optionQuote(quotes.get(0), call);
        submit(60, call, 1, 40, Money.ofDollars(20.00), quotes.get(0).timeNanos());
        long rest = 40;
        long commission = 0;
        final List<long[]> expected = new ArrayList<>();
        for (int i = 1; rest > 0; i++)
        {
            final QuoteBar q = quotes.get(i);
            if (q.ask() > 0 && q.askSize() > 0)
            {
                final long take = Math.min(rest, q.askSize());
                // $1.00 per contract to open, capped at $10 for the order; $0.12 clearing and exchange per contract
                final long c = Math.min(take * 1_000_000L, 10_000_000L - commission);
                commission += c;
                expected.add(new long[] {take, Money.ofDollars(q.ask()), c + take * 120_000L});
                rest -= take;
            }
            optionQuote(q, call);
        }
        final List<long[]> fills = fills();
        assertThat(fills).hasSize(expected.size()).hasSizeGreaterThanOrEqualTo(2);
        for (int k = 0; k < fills.size(); k++)
        {
            assertThat(new long[] {fills.get(k)[2], fills.get(k)[3], fills.get(k)[4]}).as("fill %d", k).containsExactly(expected.get(k));
        }
        assertThat(portfolio.position(call)).isEqualTo(40);
        assertThat(portfolio.feesMicros()).isEqualTo(10_000_000L + 40 * 120_000L);
    }

    private void optionQuote(final QuoteBar q, final int contract)
    {
        e.clear();
        e.type = EventType.OPTION_QUOTE;
        e.eventTimeNanos = q.timeNanos();
        e.symbolId = GOOG;
        e.expiry = instruments.expiry[contract];
        e.strike = instruments.strike[contract];
        e.right = instruments.right[contract];
        e.bid = q.bid();
        e.ask = q.ask();
        e.bidSize = (int)q.bidSize();
        e.askSize = (int)q.askSize();
        broker.onMarketEvent(e);
    }
}
