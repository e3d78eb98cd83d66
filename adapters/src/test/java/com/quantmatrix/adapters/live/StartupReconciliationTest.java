package com.quantmatrix.adapters.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.adapters.broker.BrokerSettings;
import com.quantmatrix.adapters.broker.ReconcileReport;
import com.quantmatrix.adapters.broker.TradingEnvironment;
import com.quantmatrix.adapters.tastytrade.TastytradeClient;
import com.quantmatrix.adapters.tastytrade.TastytradeLogin;
import com.quantmatrix.adapters.testing.Fixtures;
import com.quantmatrix.adapters.testing.LocalHttpServer;
import com.quantmatrix.engine.Engine;
import com.quantmatrix.engine.EngineContext;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.control.TradingSwitch;
import com.quantmatrix.engine.event.AdminCommand;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.SymbolTable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * engine.venue=tastytrade at start-up: the journal's positions (a fresh journal: none) against the
 * account's recorded positions (AAPL 1 and TQQQ 742 shares) from a local tastytrade server. Comparing
 * options only (the default) they match and the engine trades on; comparing everything they differ and
 * the engine starts REDUCE_ONLY through the admin path (the switch, and a journaled ADMIN event).
 */
class StartupReconciliationTest
{
    private static final String ACCOUNT = "5WX06827";

    private static List<Integer> admins(final Path journal)
    {
        return LiveHarness.inputs(journal, e -> e.type == EventType.ADMIN, e -> e.adminCommand);
    }

    private static ReconcileReport reconcile(final Path journal, final Map<String, String> settings, final int[] mode)
    {
        try (LocalHttpServer server = LocalHttpServer.start())
        {
            server.route("/sessions", 201, Fixtures.bytes("fixtures/tastytrade/sessions_create_response.json"), "application/json");
            server.route("/accounts/" + ACCOUNT + "/positions", Fixtures.bytes("fixtures/tastytrade/accounts_positions.json"));
            server.route("/accounts/" + ACCOUNT + "/balances", Fixtures.bytes("fixtures/tastytrade/accounts_balances.json"));
            final TastytradeClient client = new TastytradeClient(TradingEnvironment.CERTIFICATION, server.baseUrl(),
                TastytradeLogin.session("trader1", "pw-not-real-3"), Duration.ofSeconds(2), 2, System::currentTimeMillis);
            final Map<String, String> values = new java.util.HashMap<>(settings);
            values.put("engine.maxSymbols", "2048");
            values.put("journal.dir", journal.toString());
            final Config config = Config.of(values);
            final EngineContext base = new EngineContext(config);
            try (TastytradeLink link = new TastytradeLink(client, ACCOUNT, BrokerSettings.from(config), null);
                 Engine engine = new Engine(base.withJournal(base.journal.withDir(journal)), new SymbolTable(2_048), link.venue(), List.of()))
            {
                engine.start();
                link.bind(engine);
                final ReconcileReport report = link.reconcile(engine);
                engine.awaitIdle();
                mode[0] = engine.tradingSwitch().mode();
                engine.stop();
                return report;
            }
        }
    }

    @Test
    void optionsOnlyTheAccountsSharesAreNotTheEnginesBusiness(@TempDir final Path tmp)
    {
        final int[] mode = {-1};
        final ReconcileReport r = reconcile(tmp.resolve("j"), Map.of(), mode);
        assertThat(r.matches()).isTrue();
        assertThat(r.adminCommand()).isEqualTo(AdminCommand.NONE);
        assertThat(mode[0]).isEqualTo(TradingSwitch.RUNNING);
        assertThat(admins(tmp.resolve("j"))).isEmpty();
    }

    @Test
    void aMismatchStartsTheEngineReduceOnly(@TempDir final Path tmp)
    {
        final int[] mode = {-1};
        final ReconcileReport r = reconcile(tmp.resolve("j"), Map.of("broker.reconcile.options-only", "false"), mode);
        assertThat(r.matches()).isFalse();
        assertThat(r.reason()).contains("differs from the journal in 2 places").contains("starting reduce-only")
            .contains("AAPL").contains("TQQQ");
        assertThat(mode[0]).isEqualTo(TradingSwitch.REDUCE_ONLY);
        assertThat(admins(tmp.resolve("j"))).containsExactly(AdminCommand.REDUCE_ONLY);
    }
}
