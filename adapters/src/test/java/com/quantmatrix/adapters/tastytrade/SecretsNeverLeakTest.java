package com.quantmatrix.adapters.tastytrade;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.adapters.broker.BrokerCredentials;
import com.quantmatrix.adapters.broker.BrokerSettings;
import com.quantmatrix.adapters.broker.TradingEnvironment;
import com.quantmatrix.adapters.discord.DiscordChannel;
import com.quantmatrix.adapters.discord.DiscordEmbeds;
import com.quantmatrix.adapters.discord.DiscordNotifier;
import com.quantmatrix.adapters.discord.DiscordSettings;
import com.quantmatrix.adapters.ibkr.FlexWebService;
import com.quantmatrix.adapters.net.WsSettings;
import com.quantmatrix.adapters.testing.Fault;
import com.quantmatrix.adapters.testing.Fixtures;
import com.quantmatrix.adapters.testing.LocalHttpServer;
import com.quantmatrix.adapters.testing.LocalHttpServer.Reply;
import com.quantmatrix.adapters.testing.LocalWebSocketServer;
import com.quantmatrix.adapters.testing.LogCapture;
import com.quantmatrix.engine.config.Config;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With every credential set, drives every broker and notification client through success and
 * failure (refused logins, HTML 401s, malformed and truncated replies, timeouts, 4xx/5xx, refused
 * webhooks, refused quote tokens, a Flex token error) and checks that no secret value appears in any
 * log line (all loggers, TRACE up, exception chains included) nor in any exception message.
 */
class SecretsNeverLeakTest
{
    private static final String PASSWORD = "Pw-Secret-4471!";
    private static final String REFRESH = "rt-SECRET-0001-abcdef";
    private static final String CLIENT_SECRET = "cs-SECRET-0002-abcdef";
    private static final String FLEX_TOKEN = "flex-SECRET-0003";
    private static final String WEBHOOK_TOKEN = "wh-SECRET-0004-abcdef";
    private static final String ACCESS_TOKEN = "at-SECRET-0005-abcdef";
    /** From the recorded replies. */
    private static final String SESSION_TOKEN = "6hwiMO7GvpTPXmqzybo1gD1qF7ic5zqpQ-C";
    private static final String REMEMBER_TOKEN = "G7CGcf7cy_A90-Qi56V4d-b864Lg6-w-8SFH5fGg";

    private final List<String> thrown = new ArrayList<>();

    private void expectFailure(final Runnable r)
    {
        try
        {
            r.run();
        }
        catch (final RuntimeException ex)
        {
            for (Throwable t = ex; t != null; t = t.getCause())
            {
                thrown.add(t.toString());
            }
        }
    }

    @Test
    void noSecretAppearsInAnyLogLineOrExceptionMessage() throws Exception
    {
        try (LogCapture log = new LogCapture())
        {
            final BrokerCredentials creds = BrokerCredentials.from(Map.of(
                "TASTYTRADE_API_USERNAME", "ramses-trader", "TASTYTRADE_API_PASSWORD", PASSWORD,
                "TASTYTRADE_REFRESH_TOKEN", REFRESH, "TASTYTRADE_CLIENT_SECRET", CLIENT_SECRET,
                "IBKR_FLEX_TOKEN", FLEX_TOKEN, "IBKR_FLEX_QUERY_ID", "445566")::get);
            assertThat(creds.toString()).doesNotContain(PASSWORD, REFRESH, CLIENT_SECRET, FLEX_TOKEN);

            tastytradeSession(creds);
            tastytradeOAuth(creds);
            dxlink();
            discord();
            flex(creds);

            final String everything = log.all() + "\n" + String.join("\n", thrown);
            assertThat(log.lines().size()).as("the run logged plenty").isGreaterThan(40);
            assertThat(everything).contains("HTTP 401", "HTTP 503", "429", "1012", "disabled", "malformed");
            for (final String secret : List.of(PASSWORD, REFRESH, CLIENT_SECRET, FLEX_TOKEN, WEBHOOK_TOKEN, ACCESS_TOKEN, SESSION_TOKEN,
                REMEMBER_TOKEN, FakeDxLink.QUOTE_TOKEN))
            {
                assertThat(everything).as("leaked secret").doesNotContain(secret);
            }
        }
    }

    private void tastytradeSession(final BrokerCredentials creds) throws Exception
    {
        try (FakeTastytrade server = new FakeTastytrade();
             LocalWebSocketServer ws = LocalWebSocketServer.start("/", new LocalWebSocketServer.Script()
             {
                 @Override
                 public void onText(final LocalWebSocketServer.Connection c, final String text)
                 {
                     c.sendResource("fixtures/tastytrade/connect_error_response.json");
                     c.send("{\"status\":\"error\",\"action\":\"heartbeat\",\"message\":\"bad token " + text + "\"}");
                 }
             }))
        {
            final TastytradeClient client = new TastytradeClient(TradingEnvironment.CERTIFICATION, server.baseUrl(), TastytradeLogin.from(
                BrokerCredentials.from(Map.of("TASTYTRADE_API_USERNAME", "ramses-trader", "TASTYTRADE_API_PASSWORD", PASSWORD)::get)),
                Duration.ofMillis(1_500), 2, System::currentTimeMillis);
            // A reply cut off inside the session token, then an HTML 401, then the envelope of bad credentials.
            server.http.fault("/sessions", Fault.body("{\"data\":{\"session-token\":\"" + SESSION_TOKEN.substring(0, 20)));
            expectFailure(client::login);
            server.http.fault("/sessions", Fault.unauthorized("<html><body>401 Authorization Required</body></html>"));
            expectFailure(client::login);
            server.http.fault("/sessions", Fault.status(401, Fixtures.text("fixtures/tastytrade/sessions_create_error_invalid_credentials.json")));
            expectFailure(client::login);

            final AccountStreamer streamer = new AccountStreamer(WsSettings.builder(ws.url()).reconnect(Duration.ofMillis(50), Duration.ofMillis(100))
                .build(), List.of(FakeTastytrade.ACCOUNT), client::authorization, Duration.ofMillis(100));
            final ReportLog reports = new ReportLog();
            final BrokerSettings settings = BrokerSettings.from(Config.of(Map.of("broker.tastytrade.retry-backoff-ms", "10",
                "broker.tastytrade.fill-poll-ms", "50")));
            try (TastytradeVenue venue = new TastytradeVenue(client, FakeTastytrade.ACCOUNT, id -> "AAPL  250620C00200000", reports, streamer,
                settings, System::nanoTime))
            {
                venue.start();
                server.postOverride = n -> n == 1 ? Reply.json(503, "{\"error\":{\"code\":\"unavailable\",\"message\":\"session "
                    + SESSION_TOKEN + " not valid\"}}") : null;
                venue.submit(1, 1, 1, 1, 1_000_000L, 0);
                reports.await(1);
                server.http.fault(FakeTastytrade.ORDERS + "/live", Fault.serverError(500));
                server.http.fault(FakeTastytrade.ORDERS, Fault.slow(Duration.ofMillis(2_000)));
                venue.submit(2, 1, 1, 1, 1_000_000L, 0);
                reports.await(2);
                Thread.sleep(300);
            }
        }
    }

    private void tastytradeOAuth(final BrokerCredentials creds)
    {
        try (LocalHttpServer server = LocalHttpServer.start())
        {
            server.handle("/oauth/token", req -> Reply.json(200, "{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":900}"));
            server.route("/accounts/A1/positions", 400, ("{\"error\":{\"code\":\"bad_request\",\"message\":\"Authorization Bearer " + ACCESS_TOKEN
                + " refused\"}}").getBytes(), "application/json");
            final TastytradeClient client = new TastytradeClient(TradingEnvironment.CERTIFICATION, server.baseUrl(), TastytradeLogin.from(creds),
                Duration.ofSeconds(2), 2, System::currentTimeMillis);
            server.fault("/accounts/A1/positions", Fault.unauthorized("<html>401</html>"));
            expectFailure(() -> client.positions("A1"));
            server.fault("/oauth/token", Fault.status(401, "{\"error\":\"invalid_grant\",\"refresh_token\":\"" + REFRESH + "\"}"));
            final TastytradeClient second = new TastytradeClient(TradingEnvironment.CERTIFICATION, server.baseUrl(), TastytradeLogin.from(creds),
                Duration.ofSeconds(2), 2, System::currentTimeMillis);
            expectFailure(second::login);
        }
    }

    private void dxlink() throws Exception
    {
        final FakeDxLink refusing = new FakeDxLink(c -> { });
        refusing.refuseAll = true;
        try (LocalWebSocketServer server = LocalWebSocketServer.start("/dx", refusing);
             DxLinkStreamer dx = new DxLinkStreamer(WsSettings.builder(server.url()).build(),
                 () -> new QuoteToken(FakeDxLink.QUOTE_TOKEN, server.url(), "demo"), e -> { }, Duration.ofMillis(100), 4, null, () -> 1L))
        {
            dx.start();
            Thread.sleep(500);
        }
    }

    private void discord() throws Exception
    {
        try (LocalHttpServer server = LocalHttpServer.start())
        {
            final int[] n = {0};
            server.handle("/api/webhooks/77/" + WEBHOOK_TOKEN, req -> switch (++n[0])
            {
                case 1 -> Reply.json(429, Fixtures.text("fixtures/discord/429_user_rate_limit.body.json").replace("64.57", "0.05"));
                case 2 -> new Reply(503, "<html>busy</html>".getBytes(), "text/html", Map.of());
                case 3 -> Reply.json(400, Fixtures.text("fixtures/discord/400_invalid_form_body_array_error.json"));
                default -> Reply.json(404, "{\"message\": \"Unknown Webhook\", \"code\": 10015}");
            });
            final Map<DiscordChannel, String> urls = new EnumMap<>(DiscordChannel.class);
            urls.put(DiscordChannel.SIGNALS, server.baseUrl() + "/api/webhooks/77/" + WEBHOOK_TOKEN);
            urls.put(DiscordChannel.SYSTEM_STATUS, "ftp://example.invalid/" + WEBHOOK_TOKEN);
            try (DiscordNotifier notifier = new DiscordNotifier(urls, DiscordSettings.from(Config.of(Map.of("discord.retry-backoff-ms", "10")))))
            {
                notifier.start();
                for (int i = 0; i < 4; i++)
                {
                    notifier.post(DiscordEmbeds.systemStatus("test", DiscordEmbeds.Status.WARN, "message " + i, Instant.EPOCH));
                    notifier.post(DiscordEmbeds.riskEvent("limit", "detail " + i, "REDUCE_ONLY", Instant.EPOCH));
                }
                notifier.flush(Duration.ofSeconds(10));
            }
        }
    }

    private void flex(final BrokerCredentials creds)
    {
        try (LocalHttpServer server = LocalHttpServer.start())
        {
            server.route("/fws/SendRequest", 200, Fixtures.bytes("fixtures/ibkr/SendRequest_response_fail_1012.xml"), "text/xml");
            expectFailure(() -> new FlexWebService(server.baseUrl() + "/fws", creds.flexToken(), creds.flexQueryId(), Duration.ofSeconds(2),
                Duration.ofMillis(10), 2, Duration.ofMillis(10)).fetch());
            server.fault("/fws/SendRequest", Fault.drop()).fault("/fws/SendRequest", Fault.drop()).fault("/fws/SendRequest", Fault.drop());
            expectFailure(() -> new FlexWebService(server.baseUrl() + "/fws", creds.flexToken(), creds.flexQueryId(), Duration.ofSeconds(2),
                Duration.ofMillis(10), 2, Duration.ofMillis(10)).fetch());
        }
    }
}
