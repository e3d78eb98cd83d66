package com.quantmatrix.adapters.tastytrade;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.adapters.broker.BrokerSettings;
import com.quantmatrix.adapters.broker.TradingEnvironment;
import com.quantmatrix.adapters.net.WsSettings;
import com.quantmatrix.adapters.testing.Fault;
import com.quantmatrix.adapters.testing.Fixtures;
import com.quantmatrix.adapters.testing.LocalHttpServer.Reply;
import com.quantmatrix.adapters.testing.LocalWebSocketServer;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.event.BrokerReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The venue against a stateful local tastytrade server and account streamer, with faults. */
class TastytradeVenueTest
{
    private static final String OCC = "AAPL  250620C00200000";
    private static final int CONTRACT = 7;

    private static BrokerSettings settings()
    {
        return BrokerSettings.from(Config.of(Map.of(
            "broker.tastytrade.request-timeout-ms", "1500",
            "broker.tastytrade.place-attempts", "3",
            "broker.tastytrade.retry-backoff-ms", "20",
            "broker.tastytrade.fill-poll-ms", "100",
            "broker.tastytrade.streamer-heartbeat-seconds", "1")));
    }

    private static TastytradeClient client(final FakeTastytrade server)
    {
        return new TastytradeClient(TradingEnvironment.CERTIFICATION, server.baseUrl(), TastytradeLogin.session("trader1", "pw-not-real-1"),
            Duration.ofMillis(1500), 3, System::currentTimeMillis);
    }

    private static TastytradeVenue venue(final FakeTastytrade server, final ReportLog log, final AccountStreamer streamer)
    {
        final TastytradeVenue v = new TastytradeVenue(client(server), FakeTastytrade.ACCOUNT, id -> id == CONTRACT ? OCC : null, log, streamer,
            settings(), System::nanoTime);
        v.start();
        return v;
    }

    /** Answers connect and heartbeat with the recorded replies. */
    static LocalWebSocketServer.Script accountStreamerScript()
    {
        return new LocalWebSocketServer.Script()
        {
            @Override
            public void onText(final LocalWebSocketServer.Connection c, final String text)
            {
                if (text.contains("\"connect\""))
                {
                    c.sendResource("fixtures/tastytrade/connect_ok_response.json");
                }
                else if (text.contains("\"heartbeat\""))
                {
                    c.sendResource("fixtures/tastytrade/heartbeat_response.json");
                }
            }
        };
    }

    /** The same replies, while {@code answering} is true; silence (the server reads and says nothing) when false. */
    static LocalWebSocketServer.Script accountStreamerScript(final java.util.concurrent.atomic.AtomicBoolean answering)
    {
        final LocalWebSocketServer.Script replies = accountStreamerScript();
        return new LocalWebSocketServer.Script()
        {
            @Override
            public void onText(final LocalWebSocketServer.Connection c, final String text)
            {
                if (answering.get())
                {
                    replies.onText(c, text);
                }
            }
        };
    }

    @Test
    void aHeartbeatGoesOutWhileTheBrokerAnswersAndStopsWhileItIsSilent() throws Exception
    {
        final java.util.concurrent.atomic.AtomicBoolean answering = new java.util.concurrent.atomic.AtomicBoolean(true);
        final String balances = "/accounts/" + FakeTastytrade.ACCOUNT + "/balances";
        try (FakeTastytrade server = new FakeTastytrade();
             LocalWebSocketServer ws = LocalWebSocketServer.start("/", accountStreamerScript(answering)))
        {
            final byte[] recorded = Fixtures.bytes("fixtures/tastytrade/accounts_balances.json");
            server.http.handle(balances, req -> answering.get()
                ? new Reply(200, recorded, "application/json", Map.of())
                : Reply.json(503, "{\"error\":{\"code\":\"service_unavailable\",\"message\":\"down\"}}"));
            final ReportLog log = new ReportLog();
            final TastytradeClient client = client(server);
            final AccountStreamer streamer = new AccountStreamer(WsSettings.builder(ws.url()).reconnect(Duration.ofMillis(50), Duration.ofMillis(200)).build(),
                List.of(FakeTastytrade.ACCOUNT), client::authorization, Duration.ofMillis(200));
            try (TastytradeVenue venue = venue(server, log, streamer))
            {
                // the streamer answers its heartbeats: one HEARTBEAT report per 1 s interval, no REST call needed after the first
                awaitHeartbeats(log, 3);
                final long restBefore = server.http.count("GET", balances);
                awaitHeartbeats(log, 5);
                assertThat(server.http.count("GET", balances)).as("balances requests while the streamer answers").isEqualTo(restBefore);
                final List<Long> times = log.heartbeats();
                for (int i = 1; i < times.size(); i++)
                {
                    assertThat(times.get(i) - times.get(i - 1)).as("interval").isBetween(900_000_000L, 2_500_000_000L);
                }

                // the broker falls silent (streamer and REST): no HEARTBEAT, and the venue did ask
                answering.set(false);
                Thread.sleep(1_200); // an interval in which the streamer may still have answered
                final int beforeSilence = log.heartbeats().size();
                Thread.sleep(3_000);
                assertThat(log.heartbeats()).as("heartbeats while silent").hasSize(beforeSilence);
                assertThat(server.http.count("GET", balances)).as("the venue asked by REST").isGreaterThan(restBefore);

                // it answers again: heartbeats resume
                answering.set(true);
                awaitHeartbeats(log, beforeSilence + 2);
                assertThat(log.lines()).as("no order report from heartbeats").isEmpty();
                assertThat(venue.heartbeatsReported()).isEqualTo(log.heartbeats().size());
            }
        }
    }

    private static void awaitHeartbeats(final ReportLog log, final int n) throws InterruptedException
    {
        final long end = System.nanoTime() + 10_000_000_000L;
        while (log.heartbeats().size() < n)
        {
            if (System.nanoTime() > end)
            {
                throw new AssertionError("expected " + n + " heartbeats, got " + log.heartbeats().size());
            }
            Thread.sleep(20);
        }
    }

    @Test
    void placesALimitOrderWithOurExternalIdAndReportsTheStreamedFillOnce() throws Exception
    {
        try (FakeTastytrade server = new FakeTastytrade();
             LocalWebSocketServer ws = LocalWebSocketServer.start("/", accountStreamerScript()))
        {
            final ReportLog log = new ReportLog();
            final TastytradeClient client = client(server);
            final AccountStreamer streamer = new AccountStreamer(WsSettings.builder(ws.url()).reconnect(Duration.ofMillis(50), Duration.ofMillis(200)).build(),
                List.of(FakeTastytrade.ACCOUNT), client::authorization, Duration.ofMillis(200));
            try (TastytradeVenue venue = venue(server, log, streamer))
            {
                final LocalWebSocketServer.Connection c = ws.awaitOpen(Duration.ofSeconds(5));
                assertThat(c).isNotNull();
                venue.submit(42, CONTRACT, 1, 1, 2_350_000L, 0L);
                assertThat(log.await(1).get(0).kind()).isEqualTo(BrokerReport.ACKNOWLEDGED);

                final Map<String, String> placed = server.book.get(0);
                assertThat(placed).containsEntry("external", "qm-42").containsEntry("symbol", OCC)
                    .containsEntry("action", "Buy to Open").containsEntry("price", "2.35").containsEntry("quantity", "1");
                final var post = server.http.requests().stream().filter(r -> r.method().equals("POST") && r.uri().equals(FakeTastytrade.ORDERS)).findFirst().orElseThrow();
                assertThat(post.header("authorization")).isEqualTo("6hwiMO7GvpTPXmqzybo1gD1qF7ic5zqpQ-C");
                assertThat(post.header("user-agent")).isEqualTo("quantmatrix/0.1.0");

                // The recorded notification of order 270602 (the first id the fake assigns), twice: one FILL only.
                c.sendResource("fixtures/tastytrade/order_filled_notification.json");
                c.sendResource("fixtures/tastytrade/order_filled_notification.json");
                final ReportLog.Report fill = log.await(2).get(1);
                assertThat(fill.kind()).isEqualTo(BrokerReport.FILL);
                assertThat(fill.qty()).isEqualTo(1);
                assertThat(fill.priceMicros()).isEqualTo(1_000_000L);
                assertThat(fill.timeNanos()).isEqualTo(Instant.parse("2025-05-28T16:00:01.953Z").toEpochMilli() * 1_000_000L);

                // The streamer sent its connect with the session token, and heartbeats follow.
                assertThat(ws.received().poll(5, TimeUnit.SECONDS)).contains("\"action\":\"connect\"").contains("\"value\":[\"5WX06827\"]")
                    .contains("\"auth-token\":\"6hwiMO7GvpTPXmqzybo1gD1qF7ic5zqpQ-C\"");
                assertThat(ws.received().poll(5, TimeUnit.SECONDS)).contains("\"action\":\"heartbeat\"");
                Thread.sleep(300);
                assertThat(log.lines()).containsExactly("ACKNOWLEDGED 42 qty=0 price=0 reason=0", "FILL 42 qty=1 price=1000000 reason=0");
                assertThat(server.http.count("POST", FakeTastytrade.ORDERS)).isEqualTo(1);
            }
        }
    }

    @Test
    void aTimeoutAfterTheOrderWasAcceptedNeverSendsItTwice() throws Exception
    {
        try (FakeTastytrade server = new FakeTastytrade())
        {
            // The server books the order, then answers after the client has given up.
            server.http.fault(FakeTastytrade.ORDERS, Fault.slow(Duration.ofMillis(3_000)));
            final ReportLog log = new ReportLog();
            try (TastytradeVenue venue = venue(server, log, null))
            {
                venue.submit(43, CONTRACT, 1, 2, 1_100_000L, 0L);
                assertThat(log.await(1).get(0)).hasToString("ACKNOWLEDGED 43 qty=0 price=0 reason=0");
                Thread.sleep(1_800);
                assertThat(server.http.count("POST", FakeTastytrade.ORDERS)).as("orders received").isEqualTo(1);
                assertThat(server.book).hasSize(1);
                assertThat(server.http.count("GET", FakeTastytrade.ORDERS + "/live")).as("status checks").isGreaterThanOrEqualTo(1);
                assertThat(log.lines()).containsExactly("ACKNOWLEDGED 43 qty=0 price=0 reason=0");
            }
        }
    }

    @Test
    void a5xxThatDidNotPlaceTheOrderIsCheckedThenResentOnce() throws Exception
    {
        try (FakeTastytrade server = new FakeTastytrade())
        {
            server.postOverride = n -> n == 1 ? new Reply(503, "<html><body><h1>503 Service Unavailable</h1></body></html>".getBytes(), "text/html", Map.of()) : null;
            final ReportLog log = new ReportLog();
            try (TastytradeVenue venue = venue(server, log, null))
            {
                venue.submit(44, CONTRACT, 1, 1, 900_000L, 0L);
                assertThat(log.await(1).get(0)).hasToString("ACKNOWLEDGED 44 qty=0 price=0 reason=0");
                assertThat(server.http.count("POST", FakeTastytrade.ORDERS)).isEqualTo(2);
                assertThat(server.book).hasSize(1);
                // The status check came between the two sends.
                final List<String> calls = server.http.requests().stream().map(r -> r.method() + " " + r.uri()).toList();
                final int firstPost = calls.indexOf("POST " + FakeTastytrade.ORDERS);
                final int check = calls.indexOf("GET " + FakeTastytrade.ORDERS + "/live?page-offset=0");
                final int secondPost = calls.lastIndexOf("POST " + FakeTastytrade.ORDERS);
                assertThat(firstPost).isLessThan(check);
                assertThat(check).isLessThan(secondPost);
            }
        }
    }

    @Test
    void aRefusalIsRejectedWithTheBrokersReasonAndAnUnknownContractNeverLeaves() throws Exception
    {
        try (FakeTastytrade server = new FakeTastytrade())
        {
            final String preflight = "{\"error\":{\"code\":\"preflight_check_failure\",\"message\":\"One or more preflight checks failed\","
                + "\"errors\":[{\"code\":\"gtc_market_orders_not_supported\",\"message\":\"GTC/GTD Market orders are not supported.\"}]}}";
            server.postOverride = n -> Reply.json(422, preflight);
            final ReportLog log = new ReportLog();
            try (TastytradeVenue venue = venue(server, log, null))
            {
                venue.submit(45, CONTRACT, 1, 1, 900_000L, 0L);
                venue.submit(46, 999, 1, 1, 900_000L, 0L);
                venue.submit(45, CONTRACT, 1, 1, 900_000L, 0L);
                log.await(2);
                Thread.sleep(200);
                assertThat(log.lines()).containsExactly(
                    "REJECTED 45 qty=0 price=0 reason=" + TastytradeReasons.BROKER_REFUSED,
                    "REJECTED 46 qty=0 price=0 reason=" + TastytradeReasons.UNKNOWN_CONTRACT);
                assertThat(server.http.count("POST", FakeTastytrade.ORDERS)).isEqualTo(1);
            }
        }
    }

    @Test
    void whileTheStreamerIsDownFillsArePolledAndNotReportedAgainAfterReconnect() throws Exception
    {
        try (FakeTastytrade server = new FakeTastytrade();
             LocalWebSocketServer ws = LocalWebSocketServer.start("/", accountStreamerScript()))
        {
            final ReportLog log = new ReportLog();
            final TastytradeClient client = client(server);
            final AccountStreamer streamer = new AccountStreamer(WsSettings.builder(ws.url()).reconnect(Duration.ofMillis(400), Duration.ofMillis(800))
                .jitterSeed(1).build(), List.of(FakeTastytrade.ACCOUNT), client::authorization, Duration.ofSeconds(5));
            try (TastytradeVenue venue = venue(server, log, streamer))
            {
                final LocalWebSocketServer.Connection first = ws.awaitOpen(Duration.ofSeconds(5));
                venue.submit(47, CONTRACT, 1, 3, 1_500_000L, 0L);
                log.await(1);
                first.send("{not json");
                first.drop();
                // Filled while the link is down: polling must find it.
                server.status.put(FakeTastytrade.FIRST_ID, "Filled");
                final ReportLog.Report fill = log.await(2).get(1);
                assertThat(fill).hasToString("FILL 47 qty=3 price=1500000 reason=0");
                assertThat(server.http.count("GET", FakeTastytrade.ORDERS + "/" + FakeTastytrade.FIRST_ID)).isGreaterThanOrEqualTo(1);

                final LocalWebSocketServer.Connection second = ws.awaitOpen(Duration.ofSeconds(5));
                assertThat(second).isNotNull();
                second.send("{\"type\":\"Order\",\"data\":" + server.orderJson(FakeTastytrade.FIRST_ID) + ",\"timestamp\":1748448002620}");
                Thread.sleep(400);
                assertThat(log.lines()).containsExactly("ACKNOWLEDGED 47 qty=0 price=0 reason=0", "FILL 47 qty=3 price=1500000 reason=0");
                assertThat(streamer.malformed()).isEqualTo(1);
            }
        }
    }
}
