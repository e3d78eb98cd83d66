package com.quantmatrix.engine.exit;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.IntentPurpose;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.portfolio.Money;
import com.quantmatrix.engine.portfolio.Portfolio;
import com.quantmatrix.engine.risk.RiskReason;
import com.quantmatrix.engine.trading.Desk;
import com.quantmatrix.engine.trading.RealData;
import com.quantmatrix.engine.trading.RealData.ChainRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Exits on real price paths: the VXX option chains of December 2016 (vendor bid/ask, IV and Greeks,
 * one quote per day) with VXX's real closes, and a real daily stock path. Each day: the market view
 * gets the day's VXX price and ATR(14) (bundled daily bars, divided by 4 to undo the 2017 1:4 reverse
 * split adjustment), the contract's quote arrives at 16:00, a clock tick at 16:01 lets the paper
 * broker fill against it. The vendor file has no displayed sizes: the feed shows 100 contracts a side.
 */
class ExitStageTest
{
    private static final List<ChainRow> CHAINS = RealData.vxxChains();
    private static final DailyBarStore.Series VXX_DAILY = RealData.daily().series("VXX");
    private static final double[] VXX_ATR = RealData.wilderAtr(VXX_DAILY, 14, 0.25);

    /** One contract's daily rows by quote date. */
    private static TreeMap<LocalDate, ChainRow> path(final String right, final LocalDate expiry, final double strike)
    {
        final Map<LocalDate, ChainRow> m = CHAINS.stream()
            .filter(r -> r.right().equals(right) && r.expiration().equals(expiry) && r.strike() == strike)
            .collect(Collectors.toMap(ChainRow::quoteDate, r -> r));
        return new TreeMap<>(m);
    }

    private static double atrOn(final LocalDate d)
    {
        return VXX_ATR[VXX_DAILY.indexOnOrAfter(RealData.ymd(d))];
    }

    /** Exit intents seen, one per day: date, purpose, qty, limit. */
    private record Exit(LocalDate date, int purpose, long qty, long limitMicros, int verdict)
    {
    }

    private static final class Run
    {
        final Desk desk;
        final int vxx;
        final int contract;
        final TreeMap<LocalDate, ChainRow> path;
        final List<Exit> exits = new ArrayList<>();
        final int right;

        Run(final Config config, final String right, final LocalDate expiry, final double strike)
        {
            desk = new Desk(config);
            vxx = desk.symbol("VXX");
            this.right = right.equals("call") ? MarketEvent.CALL : MarketEvent.PUT;
            contract = desk.option(vxx, RealData.ymd(expiry), strike, this.right);
            path = path(right, expiry, strike);
        }

        void day(final ChainRow r, final int quotes)
        {
            desk.market.last(vxx, r.underlying()).atr(vxx, atrOn(r.quoteDate()));
            for (int q = 0; q < quotes; q++)
            {
                desk.greeks(r.iv(), r.delta(), r.gamma(), r.theta(), r.vega());
                desk.optionQuote(RealData.nanos(r.quoteDate(), 16, 0) + q, vxx, RealData.ymd(r.expiration()), r.strike(), right,
                    r.bid(), r.ask(), 100, 100, r.volume(), r.openInterest());
                record(desk.publish(), r.quoteDate());
            }
            desk.clock(RealData.nanos(r.quoteDate(), 16, 1));
            record(desk.publish(), r.quoteDate());
        }

        private void record(final MarketEvent e, final LocalDate d)
        {
            for (int i = 0; i < e.intentCount; i++)
            {
                exits.add(new Exit(d, e.intentPurpose[i], e.intentQty[i], e.intentLimitMicros[i], e.riskVerdict[i]));
            }
        }

        /** Buys {@code qty} at the entry day's real ask (as if the entry had filled there), then runs the path. */
        void enterAndRun(final LocalDate entry, final long qty)
        {
            final ChainRow first = path.get(entry);
            day(first, 1);
            desk.t.portfolio.applyFill(contract, 1, qty, Money.ofDollars(first.ask()), 0, IntentPurpose.OPEN, RealData.nanos(entry, 16, 0));
            for (final ChainRow r : path.tailMap(entry, false).values())
            {
                day(r, 2);
                if (desk.t.portfolio.position(contract) == 0)
                {
                    break;
                }
            }
        }
    }

    private static Config cfg(final String... kv)
    {
        Config c = Config.empty();
        for (int i = 0; i < kv.length; i += 2)
        {
            c = c.with(kv[i], kv[i + 1]);
        }
        return c;
    }

    @Test
    void callStoppedWhenVxxFellOneAndAHalfAtrBelowEntry()
    {
        final LocalDate entry = LocalDate.of(2016, 12, 1);
        final Run run = new Run(cfg(), "call", LocalDate.of(2017, 1, 21), 29.0);
        run.enterAndRun(entry, 10);
        // the rule, on the data: stop = 28.95 - 1.5 x ATR(12/01); the first close at or below it
        final double stop = run.path.get(entry).underlying() - 1.5 * atrOn(entry);
        final LocalDate hit = run.path.tailMap(entry, false).values().stream().filter(r -> r.underlying() <= stop)
            .map(ChainRow::quoteDate).findFirst().orElseThrow();
        assertThat(hit).isEqualTo(LocalDate.of(2016, 12, 6));
        assertThat(run.exits).hasSize(1);
        final Exit x = run.exits.get(0);
        assertThat(x.date()).isEqualTo(hit);
        assertThat(x.purpose()).isEqualTo(IntentPurpose.STOP_LOSS);
        assertThat(x.qty()).isEqualTo(10);
        assertThat(x.verdict()).isEqualTo(RiskReason.ACCEPTED);
        // a stop sells at the bid; filled on the clock tick against the day's real quote
        final ChainRow day = run.path.get(hit);
        assertThat(x.limitMicros()).isEqualTo(Money.ofDollars(day.bid()));
        final Portfolio p = run.desk.t.portfolio;
        assertThat(p.position(run.contract)).isZero();
        // fees of the close: $0 commission + $0.12 per contract
        assertThat(p.realizedMicros()).isEqualTo(Money.ofDollars(10 * 100 * (day.bid() - 2.98) - 1.20));
        assertThat(run.desk.counters.get(ExitReason.STOP_LOSS)).isEqualTo(1);
    }

    @Test
    void putScalesOutAThirdAtEachTargetAndNeverDuplicatesAWorkingExit()
    {
        final LocalDate entry = LocalDate.of(2016, 12, 1);
        final Run run = new Run(cfg("oms.target.spread.fraction", "0.5"), "put", LocalDate.of(2017, 1, 21), 29.0);
        final double cost = run.path.get(entry).ask();
        run.enterAndRun(entry, 10);
        // the days the real mid first reached +25%, +50%, +75% of the premium paid
        final LocalDate[] levels = new LocalDate[3];
        final double[] gains = {0.25, 0.50, 0.75};
        for (int k = 0; k < 3; k++)
        {
            final double g = gains[k];
            levels[k] = run.path.tailMap(entry, false).values().stream().filter(r -> 0.5 * (r.bid() + r.ask()) >= cost * (1 + g))
                .map(ChainRow::quoteDate).findFirst().orElseThrow();
        }
        assertThat(levels).containsExactly(LocalDate.of(2016, 12, 6), LocalDate.of(2016, 12, 19), LocalDate.of(2016, 12, 21));
        // two quotes a day: the second one must not add a second exit while the first works
        assertThat(run.exits).extracting(Exit::date).containsExactly(levels);
        assertThat(run.exits).extracting(Exit::purpose).containsOnly(IntentPurpose.PROFIT_TARGET);
        assertThat(run.exits).extracting(Exit::qty).containsExactly(3L, 3L, 4L);
        long proceeds = 0;
        for (final Exit x : run.exits)
        {
            assertThat(x.limitMicros()).isEqualTo(Money.ofDollars(run.path.get(x.date()).bid()));
            proceeds += x.qty() * 100 * x.limitMicros();
        }
        final Portfolio p = run.desk.t.portfolio;
        assertThat(p.position(run.contract)).isZero();
        assertThat(p.realizedMicros()).isEqualTo(proceeds - Money.ofDollars(10 * 100 * cost) - Money.ofDollars(10 * 0.12));
    }

    @Test
    void losingShortDatedCallClosedByTheTimeStop()
    {
        final LocalDate entry = LocalDate.of(2016, 12, 9);
        final Run run = new Run(cfg(), "call", LocalDate.of(2016, 12, 17), 26.0);
        run.enterAndRun(entry, 4);
        // 12/09 is 8 days before expiry; 12/12 is 5 days before, and the mid 0.775 is below the 0.80 paid
        assertThat(run.exits).hasSize(1);
        assertThat(run.exits.get(0).date()).isEqualTo(LocalDate.of(2016, 12, 12));
        assertThat(run.exits.get(0).purpose()).isEqualTo(IntentPurpose.TIME_STOP);
        assertThat(run.exits.get(0).qty()).isEqualTo(4);
        assertThat(run.desk.counters.get(ExitReason.TIME_STOP)).isEqualTo(1);
    }

    @Test
    void volatilityStopWhenImpliedVolatilityExpandedMoreThanHalf()
    {
        // targets moved out of the way so that the volatility rule shows on its own
        final LocalDate entry = LocalDate.of(2016, 12, 1);
        final Run run = new Run(cfg("exit.target.levels", "10,20,30"), "put", LocalDate.of(2016, 12, 30), 31.0);
        final double ivAtEntry = run.path.get(entry).iv();
        run.enterAndRun(entry, 5);
        final LocalDate expanded = run.path.tailMap(entry, false).values().stream().filter(r -> r.iv() > 1.5 * ivAtEntry)
            .map(ChainRow::quoteDate).findFirst().orElseThrow();
        assertThat(expanded).isEqualTo(LocalDate.of(2016, 12, 23));
        assertThat(run.exits).hasSize(1);
        assertThat(run.exits.get(0).date()).isEqualTo(expanded);
        assertThat(run.exits.get(0).purpose()).isEqualTo(IntentPurpose.VOLATILITY_STOP);
    }

    @Test
    void premiumStopModeFiresOnTheOptionsOwnLoss()
    {
        final LocalDate entry = LocalDate.of(2016, 12, 1);
        final Run atr = new Run(cfg(), "call", LocalDate.of(2016, 12, 17), 26.0);
        atr.enterAndRun(entry, 2);
        final Run premium = new Run(cfg("exit.stop.mode", "premium", "exit.stop.premium.pct", "0.5"), "call", LocalDate.of(2016, 12, 17), 26.0);
        premium.enterAndRun(entry, 2);
        // paid 3.25: half the premium is gone when the mid is at or below 1.625 (12/05, mid 1.545)
        assertThat(premium.exits.get(0).date()).isEqualTo(LocalDate.of(2016, 12, 5));
        assertThat(premium.exits.get(0).purpose()).isEqualTo(IntentPurpose.STOP_LOSS);
        // the underlying's stop (28.95 - 1.5 x 1.336 = 26.95) is crossed a day later
        assertThat(atr.exits.get(0).date()).isEqualTo(LocalDate.of(2016, 12, 6));
    }

    @Test
    void stockStopOnARealDailyPath()
    {
        // AAPL, bought at the close of 2015-07-20; the stop is 1.5 x ATR(14) under that close
        final DailyBarStore.Series aapl = RealData.daily().series("AAPL");
        final double[] atr = RealData.wilderAtr(aapl, 14, 1.0);
        final int start = aapl.indexOnOrAfter(20150720);
        final Desk desk = new Desk(Config.empty());
        final int sym = desk.symbol("AAPL");
        final int stock = desk.stock(sym);
        final double stop = aapl.close[start] - 1.5 * atr[start];
        int expected = -1;
        for (int i = start + 1; i < aapl.size() && expected < 0; i++)
        {
            if (aapl.close[i] <= stop)
            {
                expected = i;
            }
        }
        int exitAt = -1;
        for (int i = start; i < aapl.size() && exitAt < 0; i++)
        {
            final LocalDate d = LocalDate.of(aapl.date[i] / 10_000, aapl.date[i] / 100 % 100, aapl.date[i] % 100);
            desk.market.atr(sym, atr[i]);
            // the daily bar, then the closing quote a cent either side of the close
            desk.bar(RealData.nanos(d, 16, 0), sym, 86_400, aapl.open[i], aapl.high[i], aapl.low[i], aapl.close[i], aapl.volume[i]);
            final MarketEvent bar = desk.publish();
            assertThat(bar.intentCount).as("the bar comes before the day's quote: no price to sell at yet on day %d", i).isLessThanOrEqualTo(1);
            final int barIntents = bar.intentCount;
            final int barPurpose = bar.intentPurpose[0];
            desk.quote(RealData.nanos(d, 16, 1), sym, aapl.close[i] - 0.01, aapl.close[i] + 0.01, 500, 500);
            final MarketEvent e = desk.publish();
            if (i == start)
            {
                desk.t.portfolio.applyFill(stock, 1, 100, Money.ofDollars(aapl.close[i]), 0, IntentPurpose.OPEN, e.eventTimeNanos);
            }
            else if (barIntents > 0 || e.intentCount > 0)
            {
                assertThat(barIntents > 0 ? barPurpose : e.intentPurpose[0]).isEqualTo(IntentPurpose.STOP_LOSS);
                assertThat(barIntents > 0 ? 1 : e.intentCount).isEqualTo(1);
                exitAt = i;
            }
        }
        assertThat(expected).isGreaterThan(start);
        assertThat(exitAt).isEqualTo(expected);
        // AAPL fell on 2015-07-22, the day after its Q3 earnings
        assertThat(aapl.date[exitAt]).isEqualTo(20150722);
    }

    @Test
    void haltWithFlattenClosesEverythingAndNothingElse()
    {
        final LocalDate entry = LocalDate.of(2016, 12, 1);
        final Run run = new Run(cfg(), "put", LocalDate.of(2017, 1, 21), 29.0);
        run.day(run.path.get(entry), 1);
        run.desk.t.portfolio.applyFill(run.contract, 1, 6, Money.ofDollars(3.20), 0, IntentPurpose.OPEN, RealData.nanos(entry, 16, 0));
        run.desk.admin(RealData.nanos(entry, 16, 2), com.quantmatrix.engine.event.AdminCommand.HALT, 1);
        final MarketEvent e = run.desk.publish();
        assertThat(e.intentCount).isEqualTo(1);
        assertThat(e.intentPurpose[0]).isEqualTo(IntentPurpose.FLATTEN);
        assertThat(e.intentQty[0]).isEqualTo(6);
        assertThat(e.riskVerdict[0]).isEqualTo(RiskReason.ACCEPTED);
        run.desk.clock(RealData.nanos(entry, 16, 3));
        assertThat(run.desk.publish().intentCount).isZero();
        assertThat(run.desk.t.portfolio.position(run.contract)).isZero();
        assertThat(run.desk.e.type).isEqualTo(EventType.CLOCK);
    }
}
