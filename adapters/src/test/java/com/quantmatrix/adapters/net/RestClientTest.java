package com.quantmatrix.adapters.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.quantmatrix.adapters.testing.Fault;
import com.quantmatrix.adapters.testing.Fixtures;
import com.quantmatrix.adapters.testing.LocalHttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The REST helper against a real local HTTP server serving a recorded Polygon body, with injected faults. */
class RestClientTest
{
    private static final String PATH = "/v2/aggs/ticker/AAPL/range/1/day/2005-04-01/2005-04-04";
    private static final String KEY = "Kq7TzP2xSecretKey";
    private static final byte[] AGGS = Fixtures.bytes("fixtures/polygon/rest/aggs_range_AAPL_1_day.json");

    private LocalHttpServer server;
    private final List<String> reported = new CopyOnWriteArrayList<>();
    private RestClient client;

    @BeforeEach
    void start()
    {
        server = LocalHttpServer.start();
        server.route(PATH, AGGS);
        client = new RestClient(settings().build(), (kind, detail, retry) -> reported.add(kind + (retry ? " retry: " : " final: ") + detail));
    }

    private RestSettings.Builder settings()
    {
        return RestSettings.builder(server.baseUrl())
            .requestTimeout(Duration.ofMillis(400))
            .backoff(Duration.ofMillis(5), Duration.ofMillis(50))
            .jitterSeed(1)
            .maxAttempts(3)
            .secretHeader("Authorization", "Bearer " + KEY);
    }

    @AfterEach
    void stop()
    {
        server.close();
    }

    private static String text(final byte[] b)
    {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void servesTheRecordedBodyAndSendsTheKeyOnlyInTheHeader()
    {
        final String body = client.get(PATH + "?adjusted=true", RestClientTest::text);
        assertThat(body).isEqualTo(text(AGGS));
        final LocalHttpServer.Request r = server.requests().get(0);
        assertThat(r.uri()).isEqualTo(PATH + "?adjusted=true");
        assertThat(r.header("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(r.header("User-Agent")).isEqualTo("quantmatrix/0.1.0");
        assertThat(client.faults().total()).isZero();
    }

    @Test
    void honoursRetryAfterOn429ThenSucceeds()
    {
        server.fault(PATH, Fault.tooManyRequests(1));
        final long t0 = System.nanoTime();
        final String body = client.get(PATH, RestClientTest::text);
        final long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
        assertThat(body).isEqualTo(text(AGGS));
        assertThat(elapsedMs).isGreaterThanOrEqualTo(1_000);
        assertThat(client.faults().get(FaultKind.RATE_LIMITED)).isEqualTo(1);
        assertThat(server.count(PATH)).isEqualTo(2);
        assertThat(reported).singleElement().asString().startsWith("RATE_LIMITED retry: HTTP 429");
    }

    @Test
    void retriesServerErrorsTimeoutsDropsTruncationAndMalformedBodies()
    {
        // The JDK client itself resends a GET once, invisibly, when the connection closes before
        // any response byte; the second drop in a row reaches our retry loop and is reported.
        server.fault(PATH, Fault.drop());
        server.fault(PATH, Fault.drop());
        server.fault(PATH, Fault.serverError(503));
        assertThat(client.get(PATH, RestClientTest::text)).isEqualTo(text(AGGS));

        server.fault(PATH, Fault.slow(Duration.ofMillis(1_000)));
        assertThat(client.get(PATH, RestClientTest::text)).isEqualTo(text(AGGS));

        server.fault(PATH, Fault.truncate());
        assertThat(client.get(PATH, RestClientTest::text)).isEqualTo(text(AGGS));

        server.fault(PATH, Fault.body("{\"results\":[{\"v\":642646396.0,"));
        final String parsed = client.get(PATH, body ->
        {
            final String s = text(body);
            if (!s.strip().endsWith("}"))
            {
                throw new java.io.EOFException("unexpected end of JSON");
            }
            return s;
        });
        assertThat(parsed).isEqualTo(text(AGGS));

        assertThat(client.faults().get(FaultKind.SERVER_ERROR)).isEqualTo(1);
        assertThat(client.faults().get(FaultKind.TIMEOUT)).isEqualTo(1);
        assertThat(client.faults().get(FaultKind.CONNECTION)).isEqualTo(2);
        assertThat(client.faults().get(FaultKind.MALFORMED)).isEqualTo(1);
        assertThat(server.count(PATH)).isEqualTo(10);
        assertThat(reported).hasSize(5).allMatch(s -> s.contains(" retry: "));
    }

    @Test
    void givesUpAfterMaxAttemptsWithTheLastError()
    {
        server.fault(PATH, Fault.serverError(502));
        server.fault(PATH, Fault.serverError(503));
        server.fault(PATH, Fault.serverError(500));
        assertThatThrownBy(() -> client.get(PATH, RestClientTest::text))
            .isInstanceOfSatisfying(RestException.class, ex ->
            {
                assertThat(ex.kind()).isEqualTo(FaultKind.SERVER_ERROR);
                assertThat(ex.status()).isEqualTo(500);
                assertThat(ex.getMessage()).contains("HTTP 500 from GET http://127.0.0.1:").contains("500 Server Error");
            });
        assertThat(server.count(PATH)).isEqualTo(3);
    }

    @Test
    void authFailureIsNotRetriedAndNeverShowsTheKey()
    {
        server.fault(PATH, Fault.unauthorized(text(Fixtures.bytes("fixtures/polygon/errors/error_api_key_not_provided.json"))));
        assertThatThrownBy(() -> client.get(PATH + "?apiKey=" + KEY, RestClientTest::text))
            .isInstanceOfSatisfying(RestException.class, ex ->
            {
                assertThat(ex.kind()).isEqualTo(FaultKind.AUTH);
                assertThat(ex.status()).isEqualTo(401);
                assertThat(ex.getMessage()).contains("API Key was not provided").contains("apiKey=***").doesNotContain(KEY);
            });
        assertThat(server.count(PATH)).isEqualTo(1);
        assertThat(reported).singleElement().asString().doesNotContain(KEY);
    }

    @Test
    void otherClientErrorsFailAtOnce()
    {
        assertThatThrownBy(() -> client.get("/v9/nothing", RestClientTest::text))
            .isInstanceOfSatisfying(RestException.class, ex -> assertThat(ex.kind()).isEqualTo(FaultKind.CLIENT_ERROR));
        assertThat(server.count("/v9/nothing")).isEqualTo(1);
    }

    @Test
    void nonIdempotentCallsRetryOnlyOn429()
    {
        server.route("/orders", 201, "{\"ok\":true}".getBytes(StandardCharsets.UTF_8), "application/json");
        server.fault("/orders", Fault.tooManyRequests(0));
        assertThat(client.send("POST", "/orders", "{}".getBytes(StandardCharsets.UTF_8), "application/json", false, RestClientTest::text))
            .isEqualTo("{\"ok\":true}");
        server.fault("/orders", Fault.serverError(503));
        assertThatThrownBy(() -> client.send("POST", "/orders", new byte[0], "application/json", false, RestClientTest::text))
            .isInstanceOf(RestException.class);
        assertThat(server.count("/orders")).isEqualTo(3);
        assertThat(server.requests().get(0).body()).isEqualTo("{}");
    }

    @Test
    void paginationLinksAreReRootedOnTheConfiguredHost()
    {
        assertThat(client.resolve("https://api.massive.com/v3/reference/tickers?cursor=YWN0aXZl").toString())
            .isEqualTo(server.baseUrl() + "/v3/reference/tickers?cursor=YWN0aXZl");
    }

    @Test
    void connectionRefusedIsReportedAsConnectionFault()
    {
        final int port = server.port();
        server.close();
        final RestClient dead = new RestClient(RestSettings.builder("http://127.0.0.1:" + port)
            .maxAttempts(2).backoff(Duration.ofMillis(1), Duration.ofMillis(2)).build());
        assertThatThrownBy(() -> dead.get(PATH, RestClientTest::text))
            .isInstanceOfSatisfying(RestException.class, ex -> assertThat(ex.kind()).isEqualTo(FaultKind.CONNECTION));
        assertThat(dead.faults().get(FaultKind.CONNECTION)).isEqualTo(2);
        server = LocalHttpServer.start();
    }
}
