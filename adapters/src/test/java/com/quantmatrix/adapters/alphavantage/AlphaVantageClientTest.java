package com.quantmatrix.adapters.alphavantage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import com.quantmatrix.adapters.net.FaultKind;
import com.quantmatrix.adapters.net.RestClient;
import com.quantmatrix.adapters.net.RestException;
import com.quantmatrix.adapters.net.RestSettings;
import com.quantmatrix.adapters.polygon.Aggregate;
import com.quantmatrix.adapters.testing.Fault;
import com.quantmatrix.adapters.testing.Fixtures;
import com.quantmatrix.adapters.testing.LocalHttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Alpha Vantage daily bars and its HTTP-200 error keys, against a local server with recorded bodies. */
class AlphaVantageClientTest
{
    private static final String KEY = "AVKEY7Q2W9E";

    private LocalHttpServer server;
    private AlphaVantageClient av;

    @BeforeEach
    void start()
    {
        server = LocalHttpServer.start();
        server.route("/query", Fixtures.bytes("fixtures/alphavantage/time_series_daily_IBM.json"));
        av = new AlphaVantageClient(new RestClient(RestSettings.builder(server.baseUrl())
            .maxAttempts(3).backoff(Duration.ofMillis(5), Duration.ofMillis(20)).jitterSeed(5).build()), KEY);
    }

    @AfterEach
    void stop()
    {
        server.close();
    }

    @Test
    void dailyBarsOldestFirstAtMidnightNewYork()
    {
        final List<Aggregate> bars = av.dailyBars("IBM", false);
        // 2020-05-07 and 2020-05-08 at 00:00 EDT (04:00 UTC).
        assertThat(bars).containsExactly(
            new Aggregate("IBM", 1588824000000L, 122.98, 123.26, 120.85, 121.23, 4412047, Double.NaN, 0),
            new Aggregate("IBM", 1588910400000L, 122.67, 122.80, 121.06, 121.79, 2538547, Double.NaN, 0));
        assertThat(server.requests().get(0).uri())
            .isEqualTo("/query?function=TIME_SERIES_DAILY&symbol=IBM&outputsize=compact&apikey=" + KEY);
    }

    @Test
    void noteIsTheRateLimitAndIsRetried()
    {
        server.fault("/query", Fault.body(Fixtures.text("fixtures/alphavantage/rate_limit_note_legacy_5_per_minute.json")));
        server.fault("/query", Fault.serverError(503));
        assertThat(av.dailyBars("IBM", true)).hasSize(2);
        assertThat(av.rest().faults().get(FaultKind.RATE_LIMITED)).isEqualTo(1);
        assertThat(av.rest().faults().get(FaultKind.SERVER_ERROR)).isEqualTo(1);
        assertThat(server.count("/query")).isEqualTo(3);
    }

    @Test
    void informationIsTheDailyQuotaAndIsNotRetried()
    {
        server.fault("/query", Fault.body(Fixtures.text("fixtures/alphavantage/rate_limit_information_25_per_day_2025.json")));
        assertThatThrownBy(() -> av.dailyBars("IBM", false))
            .isInstanceOfSatisfying(RestException.class, ex ->
            {
                assertThat(ex.kind()).isEqualTo(FaultKind.QUOTA);
                assertThat(ex.getMessage()).startsWith("Alpha Vantage quota or plan limit (not retried): Thank you for using Alpha Vantage!")
                    .contains("(25 requests per day)")
                    .contains("apikey=***")
                    .doesNotContain(KEY);
            });
        assertThat(server.count("/query")).isEqualTo(1);
    }

    @Test
    void errorMessageIsARefusedCall()
    {
        // The documented shape of an invalid call (protocol notes); the text is illustrative.
        server.fault("/query", Fault.body("{\"Error Message\": \"Invalid API call. Please retry or visit the documentation for TIME_SERIES_DAILY.\"}"));
        assertThatThrownBy(() -> av.dailyBars("NOPE", false))
            .isInstanceOfSatisfying(RestException.class, ex ->
            {
                assertThat(ex.kind()).isEqualTo(FaultKind.CLIENT_ERROR);
                assertThat(ex.getMessage()).startsWith("Alpha Vantage refused the call for NOPE: Invalid API call.");
            });
    }

    @Test
    void aBodyWithoutSeriesIsMalformedAndRetried()
    {
        server.fault("/query", Fault.body("{\"Meta Data\": {}}"));
        server.fault("/query", Fault.truncate());
        assertThat(av.dailyBars("IBM", false)).hasSize(2);
        assertThat(av.rest().faults().get(FaultKind.MALFORMED)).isEqualTo(1);
        assertThat(av.rest().faults().get(FaultKind.CONNECTION)).isEqualTo(1);
    }

    @Test
    void missingKeyIsSaidClearly()
    {
        assertThatThrownBy(() -> new AlphaVantageClient(av.rest(), null))
            .hasMessageStartingWith("ALPHAVANTAGE_API_KEY is not set");
    }
}
