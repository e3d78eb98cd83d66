package com.quantmatrix.adapters.tastytrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quantmatrix.adapters.broker.TradingEnvironment;
import com.quantmatrix.adapters.json.JsonNode;
import com.quantmatrix.adapters.net.FaultKind;
import com.quantmatrix.adapters.net.RestException;
import com.quantmatrix.adapters.testing.Fault;
import com.quantmatrix.adapters.testing.Fixtures;
import com.quantmatrix.adapters.testing.LocalHttpServer;
import com.quantmatrix.adapters.testing.LocalHttpServer.Reply;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The REST client against a local server serving the recorded replies, with faults. */
class TastytradeClientTest
{
    private static final String ACCOUNT = "5WX06827";
    private static final String SESSION_TOKEN = "6hwiMO7GvpTPXmqzybo1gD1qF7ic5zqpQ-C";
    private static final String HTML_401 = "<html>\r\n<head><title>401 Authorization Required</title></head>\r\n<body>\r\n<center><h1>401 Authorization Required</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>";

    private static TastytradeClient session(final LocalHttpServer server)
    {
        server.route("/sessions", 201, Fixtures.bytes("fixtures/tastytrade/sessions_create_response.json"), "application/json");
        return new TastytradeClient(TradingEnvironment.CERTIFICATION, server.baseUrl(), TastytradeLogin.session("ramses", "pharaoh-pw-1"),
            Duration.ofSeconds(5), 3, System::currentTimeMillis);
    }

    /** The recorded "data member only" captures, put back in their envelope as the server sends them. */
    private static byte[] enveloped(final String fixture)
    {
        return ("{\"data\":" + Fixtures.text(fixture) + ",\"context\":\"/x\"}").getBytes();
    }

    @Test
    void sessionLoginSendsTheDocumentedBodyThenTheRawToken()
    {
        try (LocalHttpServer server = LocalHttpServer.start())
        {
            server.route("/customers/me/accounts", enveloped("fixtures/tastytrade/customers_me_accounts.captured_structural.json"));
            final TastytradeClient client = session(server);
            final List<TastyAccount> accounts = client.accounts();
            assertThat(accounts).singleElement().satisfies(a -> assertThat(a.closed()).isFalse());

            final LocalHttpServer.Request login = server.requests().get(0);
            assertThat(login.method()).isEqualTo("POST");
            assertThat(login.header("authorization")).isNull();
            final JsonNode sent = JsonNode.parse(login.body());
            final JsonNode documented = JsonNode.parse(Fixtures.text("fixtures/tastytrade/sessions_create_request_body.json"));
            assertThat(sent.fieldNames()).containsExactlyElementsOf(documented.fieldNames());
            assertThat(sent.get("login").text()).isEqualTo("ramses");
            assertThat(sent.get("remember-me").bool(false)).isTrue();

            final LocalHttpServer.Request get = server.requests().get(1);
            assertThat(get.header("authorization")).isEqualTo(SESSION_TOKEN);
            assertThat(get.header("user-agent")).isEqualTo("quantmatrix/0.1.0");
        }
    }

    @Test
    void oauthSendsBearerTokensAndRenewsThemAMinuteBeforeExpiry()
    {
        try (LocalHttpServer server = LocalHttpServer.start())
        {
            final AtomicInteger grants = new AtomicInteger();
            server.handle("/oauth/token", req -> Reply.json(200,
                "{\"access_token\":\"access-" + grants.incrementAndGet() + "-xyz\",\"token_type\":\"Bearer\",\"expires_in\":900}"));
            server.route("/accounts/" + ACCOUNT + "/balances", Fixtures.bytes("fixtures/tastytrade/accounts_balances.json"));
            final AtomicLong now = new AtomicLong(1_000_000L);
            final TastytradeClient client = new TastytradeClient(TradingEnvironment.CERTIFICATION, server.baseUrl(),
                TastytradeLogin.oauth("refresh-token-not-real", "client-secret-not-real"), Duration.ofSeconds(5), 3, now::get);

            assertThat(client.balances(ACCOUNT).accountNumber()).isEqualTo("5WZ81257");
            now.addAndGet(830_000L);
            client.balances(ACCOUNT);
            now.addAndGet(15_000L);
            client.balances(ACCOUNT);

            final List<LocalHttpServer.Request> r = server.requests();
            assertThat(r).extracting(LocalHttpServer.Request::uri).containsExactly("/oauth/token", "/accounts/5WX06827/balances",
                "/accounts/5WX06827/balances", "/oauth/token", "/accounts/5WX06827/balances");
            assertThat(r.get(0).header("authorization")).isNull();
            final JsonNode body = JsonNode.parse(r.get(0).body());
            assertThat(body.get("grant_type").text()).isEqualTo("refresh_token");
            assertThat(body.get("refresh_token").text()).isEqualTo("refresh-token-not-real");
            assertThat(body.get("client_secret").text()).isEqualTo("client-secret-not-real");
            assertThat(r.get(1).header("authorization")).isEqualTo("Bearer access-1-xyz");
            assertThat(r.get(4).header("authorization")).isEqualTo("Bearer access-2-xyz");
        }
    }

    @Test
    void a401WithAnHtmlBodyLogsInAgainOnceAndARefusedLoginSaysWhy()
    {
        try (LocalHttpServer server = LocalHttpServer.start())
        {
            server.route("/accounts/" + ACCOUNT + "/positions", Fixtures.bytes("fixtures/tastytrade/accounts_positions.json"));
            final TastytradeClient client = session(server);
            server.fault("/accounts/" + ACCOUNT + "/positions", Fault.unauthorized(HTML_401).header("Content-Type", "text/html"));
            assertThat(client.positions(ACCOUNT)).hasSize(2);
            assertThat(server.count("POST", "/sessions")).isEqualTo(2);

            server.route("/sessions", 401, HTML_401.getBytes(), "text/html");
            server.fault("/accounts/" + ACCOUNT + "/positions", Fault.unauthorized(HTML_401).header("Content-Type", "text/html"));
            assertThatThrownBy(() -> client.positions(ACCOUNT))
                .isInstanceOf(TastytradeApiException.class)
                .hasMessage("tastytrade HTTP 401: an HTML page refusing the request: check the credentials and that the User-Agent has the form product/version");
        }
    }

    @Test
    void badCredentialsGiveTheEnvelopesMessage()
    {
        try (LocalHttpServer server = LocalHttpServer.start())
        {
            final TastytradeClient client = session(server);
            server.route("/sessions", 401, Fixtures.bytes("fixtures/tastytrade/sessions_create_error_invalid_credentials.json"), "application/json");
            assertThatThrownBy(client::login).isInstanceOf(TastytradeApiException.class)
                .hasMessageStartingWith("tastytrade HTTP 401 invalid_credentials: Invalid login, please check your username and password.")
                .hasMessageNotContaining("pharaoh-pw-1");
        }
    }

    @Test
    void readsAreRetriedOn429And5xxAndMalformedBodies()
    {
        try (LocalHttpServer server = LocalHttpServer.start())
        {
            final String path = "/accounts/" + ACCOUNT + "/balances";
            server.route(path, Fixtures.bytes("fixtures/tastytrade/accounts_balances.json"));
            final TastytradeClient client = session(server);
            client.login();
            server.fault(path, Fault.tooManyRequests(0)).fault(path, Fault.serverError(502));
            assertThat(client.balances(ACCOUNT).currency()).isEqualTo("USD");
            assertThat(server.count(path)).isEqualTo(3);

            server.fault(path, Fault.body("{\"data\":{\"account-number\":")).fault(path, Fault.body("<html>oops</html>"))
                .fault(path, Fault.truncate());
            assertThatThrownBy(() -> client.balances(ACCOUNT)).isInstanceOf(RestException.class)
                .satisfies(e -> assertThat(((RestException)e).kind()).isIn(FaultKind.MALFORMED, FaultKind.CONNECTION));
            assertThat(client.balances(ACCOUNT).accountNumber()).isEqualTo("5WZ81257");
        }
    }

    @Test
    void chainQuoteTokenDryRunCancelAndReplace()
    {
        try (LocalHttpServer server = LocalHttpServer.start())
        {
            server.route("/option-chains/SPY/nested", enveloped("fixtures/tastytrade/option_chains_SPY_nested.captured.json"));
            server.route("/api-quote-tokens", Fixtures.bytes("fixtures/tastytrade/api_quote_tokens.json"));
            server.route("/accounts/" + ACCOUNT + "/orders/dry-run", Fixtures.bytes("fixtures/tastytrade/orders_dry_run_vertical_spread.doc_example.json"));
            final String order = "/accounts/" + ACCOUNT + "/orders/270976";
            server.handle(order, req -> Reply.json(200, "{\"data\":{\"id\":270976,\"status\":\"" + ("DELETE".equals(req.method()) ? "Cancelled" : "Live")
                + "\",\"legs\":[]}}"));
            final TastytradeClient client = session(server);

            assertThat(client.optionChain("SPY").get(0).contractCount()).isEqualTo(18);
            final QuoteToken token = client.quoteToken();
            assertThat(token.dxlinkUrl()).isEqualTo("wss://tasty-demo-ws.dxfeed.com/delayed");
            assertThat(token.level()).isEqualTo("demo");
            assertThat(token.toString()).doesNotContain(token.token());

            final OrderRequest spread = new OrderRequest(OrderRequest.TimeInForce.DAY, 2_000_000L, false, null, List.of(
                new OrderRequest.Leg("SPY   191018C00298000", OrderAction.BUY_TO_OPEN, 1),
                new OrderRequest.Leg("SPY   191018C00295000", OrderAction.SELL_TO_OPEN, 1)));
            final OrderResponse dry = client.dryRun(ACCOUNT, spread);
            assertThat(dry.totalFeesMicros()).isEqualTo(-2_302_000L);
            final JsonNode sent = JsonNode.parse(server.requests().get(server.requests().size() - 1).body());
            assertThat(sent.get("legs").elements()).extracting(l -> l.get("action").text()).containsExactly("Buy to Open", "Sell to Open");
            assertThat(sent.get("price-effect").text()).isEqualTo("Credit");

            assertThat(client.cancelOrder(ACCOUNT, 270976).status()).isEqualTo("Cancelled");
            assertThat(client.replaceOrder(ACCOUNT, 270976, OrderRequest.TimeInForce.GTC, 3_100_000L, true).status()).isEqualTo("Live");
            assertThat(server.count("POST", "/sessions")).as("one login for the whole session").isEqualTo(1);
            final List<LocalHttpServer.Request> r = server.requests();
            assertThat(r.get(r.size() - 2).method()).isEqualTo("DELETE");
            final LocalHttpServer.Request put = r.get(r.size() - 1);
            assertThat(put.method()).isEqualTo("PUT");
            final JsonNode replace = JsonNode.parse(put.body());
            assertThat(replace.get("price").text()).isEqualTo("3.1");
            assertThat(replace.get("time-in-force").text()).isEqualTo("GTC");
            assertThat(replace.has("legs")).isFalse();
        }
    }

    @Test
    void startUpReconciliationComparesTheAccountWithTheJournal()
    {
        try (LocalHttpServer server = LocalHttpServer.start())
        {
            server.route("/accounts/" + ACCOUNT + "/positions", Fixtures.bytes("fixtures/tastytrade/accounts_positions.json"));
            server.route("/accounts/" + ACCOUNT + "/balances", Fixtures.bytes("fixtures/tastytrade/accounts_balances.json"));
            final TastytradeClient client = session(server);
            final com.quantmatrix.adapters.broker.Reconciler reconciler =
                new com.quantmatrix.adapters.broker.Reconciler(com.quantmatrix.adapters.broker.ReconcilePolicy.REDUCE_ONLY, 1_000_000L, false);
            final com.quantmatrix.adapters.broker.ReconcileReport report = TastytradeReconciliation.run(client, ACCOUNT, reconciler,
                List.of(new com.quantmatrix.adapters.broker.EnginePosition("AAPL", 1)), 0L);
            assertThat(report.differences()).singleElement().satisfies(d -> assertThat(d.describe()).isEqualTo("TQQQ: broker 742, engine 0 (UNKNOWN_TO_ENGINE)"));
            assertThat(report.adminCommand()).isEqualTo(com.quantmatrix.engine.event.AdminCommand.REDUCE_ONLY);
        }
    }
}
