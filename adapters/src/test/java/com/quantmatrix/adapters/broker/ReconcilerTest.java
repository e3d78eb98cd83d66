package com.quantmatrix.adapters.broker;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.adapters.ibkr.FlexSnapshotAccess;
import com.quantmatrix.adapters.testing.Fixtures;
import com.quantmatrix.adapters.tastytrade.TastytradeModelsAccess;
import com.quantmatrix.engine.event.AdminCommand;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconcilerTest
{
    /** The recorded positions reply holds AAPL 1 (long) and TQQQ 742 (long); balances say cash 0.0. */
    private static BrokerSnapshot tastytrade()
    {
        return TastytradeModelsAccess.snapshot(Fixtures.text("fixtures/tastytrade/accounts_positions.json"),
            Fixtures.text("fixtures/tastytrade/accounts_balances.json"));
    }

    @Test
    void aQuantityMismatchStartsReduceOnlyAndSaysWhy()
    {
        final Reconciler r = new Reconciler(ReconcilePolicy.REDUCE_ONLY, 1_000_000L, false);
        final ReconcileReport report = r.reconcile(tastytrade(),
            List.of(new EnginePosition("AAPL", 1), new EnginePosition("TQQQ", 700)), 0L);

        assertThat(report.differences()).singleElement().satisfies(d ->
        {
            assertThat(d.kind()).isEqualTo(ReconcileDifference.Kind.QUANTITY_MISMATCH);
            assertThat(d.symbol()).isEqualTo("TQQQ");
            assertThat(d.brokerQuantity()).isEqualByComparingTo("742");
            assertThat(d.engineQuantity()).isEqualByComparingTo("700");
        });
        assertThat(report.adminCommand()).isEqualTo(AdminCommand.REDUCE_ONLY);
        assertThat(report.reason()).contains("starting reduce-only").contains("TQQQ: broker 742, engine 700 (QUANTITY_MISMATCH)");
    }

    @Test
    void matchingPositionsAndCashWithinToleranceNeedNothing()
    {
        final Reconciler r = new Reconciler(ReconcilePolicy.REDUCE_ONLY, 1_000_000L, false);
        final ReconcileReport report = r.reconcile(tastytrade(),
            List.of(new EnginePosition("TQQQ", 742), new EnginePosition("AAPL", 1)), 500_000L);
        assertThat(report.matches()).isTrue();
        assertThat(report.adminCommand()).isEqualTo(AdminCommand.NONE);

        final ReconcileReport cash = r.reconcile(tastytrade(),
            List.of(new EnginePosition("TQQQ", 742), new EnginePosition("AAPL", 1)), 5_000_000L);
        assertThat(cash.differences()).singleElement()
            .satisfies(d -> assertThat(d.kind()).isEqualTo(ReconcileDifference.Kind.CASH_MISMATCH));
    }

    @Test
    void optionsOnlyIgnoresTheAccountsStocksAndMatchesOccSymbolsWithOrWithoutPadding()
    {
        final BrokerSnapshot broker = new BrokerSnapshot("tastytrade", "5WX06827", List.of(
            new BrokerPosition("AAPL", new BigDecimal("1"), false),
            new BrokerPosition("SPY   260804C00500000", new BigDecimal("2"), true)), null);
        final Reconciler r = new Reconciler(ReconcilePolicy.REDUCE_ONLY, 0, true);

        assertThat(r.reconcile(broker, List.of(new EnginePosition("SPY260804C00500000", 2)), null).matches()).isTrue();

        final ReconcileReport missing = r.reconcile(broker,
            List.of(new EnginePosition("SPY   260804C00500000", 2), new EnginePosition("SPY   260804P00500000", -1)), null);
        assertThat(missing.differences()).singleElement().satisfies(d ->
        {
            assertThat(d.kind()).isEqualTo(ReconcileDifference.Kind.MISSING_AT_BROKER);
            assertThat(d.symbol()).isEqualTo("SPY   260804P00500000");
        });
    }

    /** The IBKR LOT sample holds VXX short 100: unknown to an engine that holds nothing there. */
    @Test
    void anIbkrHoldingUnknownToTheEngineHaltsUnderTheHaltPolicy()
    {
        final BrokerSnapshot ibkr = FlexSnapshotAccess.elementsSnapshot("U123456");
        assertThat(ibkr.positions()).singleElement().satisfies(p ->
        {
            assertThat(p.symbol()).isEqualTo("VXX");
            assertThat(p.quantity()).isEqualByComparingTo("-100");
        });
        final ReconcileReport report = new Reconciler(ReconcilePolicy.HALT, 0, false).reconcile(ibkr, List.of(), null);
        assertThat(report.differences()).singleElement()
            .satisfies(d -> assertThat(d.kind()).isEqualTo(ReconcileDifference.Kind.UNKNOWN_TO_ENGINE));
        assertThat(report.adminCommand()).isEqualTo(AdminCommand.HALT);

        final ReconcileReport warn = new Reconciler(ReconcilePolicy.WARN, 0, false).reconcile(ibkr, List.of(), null);
        assertThat(warn.adminCommand()).isEqualTo(AdminCommand.NONE);
        assertThat(warn.reason()).contains("trading on (policy WARN)");
    }
}
