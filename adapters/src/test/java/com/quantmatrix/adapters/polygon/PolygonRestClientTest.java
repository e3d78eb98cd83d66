package com.quantmatrix.adapters.polygon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.quantmatrix.adapters.marketdata.MarketDataSettings;
import com.quantmatrix.adapters.net.FaultKind;
import com.quantmatrix.adapters.net.RestException;
import com.quantmatrix.adapters.testing.Fault;
import com.quantmatrix.adapters.testing.Fixtures;
import com.quantmatrix.adapters.testing.LocalHttpServer;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Polygon REST endpoints against a local server serving Polygon's recorded sample bodies, with faults. */
class PolygonRestClientTest
{
    private static final String KEY = "PolyTestKey_9f8e7d";
    private static final String AGGS = "/v2/aggs/ticker/AAPL/range/1/day/2005-04-01/2005-04-04";
    private static final String GROUPED = "/v2/aggs/grouped/locale/us/market/stocks/2005-04-04";
    private static final String TICKERS = "/v3/reference/tickers";
    private static final String TICKERS_2 = TICKERS
        + "?cursor=YWN0aXZlPXRydWUmZGF0ZT0yMDIyLTA0LTI3JmxpbWl0PTImb3JkZXI9YXNjJnBhZ2VfbWFya2VyPUFBJTdDZjEyMmJjYmY4YWQwNzRmZmJlMTZmNjkxOWQ0ZDc3NjZlMzA3MWNmNmU1Nzg3OGE0OGU1NjQ1YzQyM2U3NzJhOSZzb3J0PXRpY2tlcg";
    private static final String CONTRACTS = "/v3/reference/options/contracts";
    private static final String CONTRACTS_2 = CONTRACTS + "?cursor=YXA9JTdCJTIySUQlMjIlM0ElMjIy";
    private static final String CHAIN = "/v3/snapshot/options/AAPL";

    private LocalHttpServer server;
    private PolygonRestClient polygon;

    private static byte[] rest(final String name)
    {
        return Fixtures.bytes("fixtures/polygon/rest/" + name);
    }

    @BeforeEach
    void start()
    {
        server = LocalHttpServer.start();
        server.route(AGGS, rest("aggs_range_AAPL_1_day.json"))
            .route(GROUPED, rest("grouped_daily_us_stocks.json"))
            .route(TICKERS, rest("tickers_page1.json"))
            .route(TICKERS_2, rest("tickers_page2_cursor.json"))
            .route(CONTRACTS, rest("options_contracts_page1.json"))
            .route(CONTRACTS_2, rest("options_contracts_page2_cursor.json"))
            .route(CONTRACTS + "/O:EVRI240119C00002500", rest("options_contract_OEVRI240119C00002500.json"))
            .route(CHAIN, rest("options_chain_snapshot_AAPL.json"))
            .route("/v1/marketstatus/now", rest("marketstatus_now.json"))
            .route("/v1/marketstatus/upcoming", rest("marketstatus_upcoming_holidays.json"));
        final MarketDataSettings settings = MarketDataSettings.from(Config.of(Map.of(
            "marketdata.polygon.rest.url", server.baseUrl(),
            "marketdata.polygon.plan.calls.per.minute", "0",
            "marketdata.polygon.rest.timeout.ms", "300",
            "marketdata.polygon.rest.max.attempts", "3",
            "marketdata.polygon.rest.backoff.base.ms", "5",
            "marketdata.polygon.rest.backoff.max.ms", "40")));
        polygon = PolygonRestClient.create(settings, KEY, null);
    }

    @AfterEach
    void stop()
    {
        server.close();
    }

    @Test
    void dailyBarsCarryTheRecordedValues()
    {
        final List<Aggregate> bars = polygon.dailyBars("AAPL", LocalDate.of(2005, 4, 1), LocalDate.of(2005, 4, 4));
        assertThat(bars).containsExactly(
            new Aggregate("AAPL", 1112331600000L, 1.5032, 1.5064, 1.4489, 1.4604, 642646396.0, 1.469, 82132),
            new Aggregate("AAPL", 1112587200000L, 1.4639, 1.4754, 1.4343, 1.4675, 578172308.0, 1.4589, 65543));
        final LocalHttpServer.Request r = server.requests().get(0);
        assertThat(r.uri()).isEqualTo(AGGS + "?adjusted=true&sort=asc&limit=50000");
        assertThat(r.header("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(r.uri()).doesNotContain(KEY);
    }

    @Test
    void groupedDailyNamesEachBarsTicker()
    {
        assertThat(polygon.groupedDaily(LocalDate.of(2005, 4, 4), true))
            .containsExactly(new Aggregate("GIK", 1602705600000L, 9.99, 10.02, 9.9, 10.02, 895345, 9.9979, 96));
    }

    @Test
    void tickersFollowNextUrlOnTheConfiguredHost()
    {
        final List<TickerInfo> all = polygon.tickers("stocks");
        assertThat(all).extracting(TickerInfo::ticker).containsExactly("A", "AA", "AAA", "AAAU");
        assertThat(all.get(0).name()).isEqualTo("Agilent Technologies Inc.");
        assertThat(all.get(0).primaryExchange()).isEqualTo("XNYS");
        assertThat(all.get(2).isEtf()).isTrue();
        assertThat(all.get(3).cik()).isEqualTo("0001708646");
        // The next_url names api.massive.com; the request went to our host, with the header key, not in the URL.
        assertThat(server.requests().get(1).uri()).isEqualTo(TICKERS_2);
        assertThat(server.requests().get(1).header("Authorization")).isEqualTo("Bearer " + KEY);
    }

    @Test
    void optionContractsAllPagesAndOneContract()
    {
        final List<OptionContract> contracts = polygon.optionContracts("A", LocalDate.of(2022, 5, 1), null);
        assertThat(contracts).hasSize(20);
        assertThat(contracts).extracting(OptionContract::strike)
            .containsExactly(65.0, 70.0, 75.0, 80.0, 85.0, 90.0, 95.0, 100.0, 105.0, 110.0,
                115.0, 120.0, 125.0, 130.0, 135.0, 140.0, 145.0, 150.0, 155.0, 160.0);
        final OptionContract first = contracts.get(0);
        assertThat(first.ticker()).isEqualTo("O:A220520C00065000");
        assertThat(first.underlying()).isEqualTo("A");
        assertThat(first.expiryYyyymmdd()).isEqualTo(20220520);
        assertThat(first.right()).isEqualTo(MarketEvent.CALL);
        assertThat(first.sharesPerContract()).isEqualTo(100);
        assertThat(server.requests().get(0).uri())
            .isEqualTo(CONTRACTS + "?underlying_ticker=A&expiration_date.gte=2022-05-01&order=asc&sort=expiration_date&limit=1000");

        final OptionContract evri = polygon.optionContract("O:EVRI240119C00002500");
        assertThat(evri.strike()).isEqualTo(2.5);
        assertThat(evri.expiration()).isEqualTo(LocalDate.of(2024, 1, 19));
        assertThat(evri.underlying()).isEqualTo("EVRI");
    }

    @Test
    void preRebrandNextUrlIsFollowedToo()
    {
        server.route(CONTRACTS, rest("options_contracts_page1_prerebrand_api.polygon.io.json"));
        assertThat(polygon.optionContracts("A", null, null)).hasSize(20);
    }

    @Test
    void optionChainCarriesGreeksIvAndOpenInterest()
    {
        final List<OptionSnapshot> chain = polygon.optionChain("AAPL");
        assertThat(chain).hasSize(1);
        final OptionSnapshot s = chain.get(0);
        assertThat(s.contract().ticker()).isEqualTo("O:AAPL230616C00150000");
        assertThat(s.contract().underlying()).isEqualTo("AAPL");
        assertThat(s.bid()).isEqualTo(28.9);
        assertThat(s.ask()).isEqualTo(29.25);
        assertThat(s.bidSize()).isEqualTo(294);
        assertThat(s.askSize()).isEqualTo(209);
        assertThat(s.quoteTimeNanos()).isEqualTo(1651254260800059648L);
        assertThat(s.impliedVolatility()).isEqualTo(0.3570277203465058);
        assertThat(s.delta()).isEqualTo(0.6436614934293701);
        assertThat(s.gamma()).isEqualTo(0.0061735291012820675);
        assertThat(s.theta()).isEqualTo(-0.028227189324641973);
        assertThat(s.vega()).isEqualTo(0.6381159723175714);
        assertThat(s.openInterest()).isEqualTo(8133);
        assertThat(s.underlyingPrice()).isEqualTo(159.9606);
        assertThat(s.lastPrice()).isEqualTo(29.25);

        final MarketEvent e = new MarketEvent();
        e.clear();
        s.writeTo(e, 7);
        assertThat(e.type).isEqualTo(EventType.OPTION_QUOTE);
        assertThat(e.symbolId).isEqualTo(7);
        assertThat(e.expiry).isEqualTo(20230616);
        assertThat(e.strike).isEqualTo(150.0);
        assertThat(e.right).isEqualTo(MarketEvent.CALL);
        assertThat(e.bid).isEqualTo(28.9);
        assertThat(e.ask).isEqualTo(29.25);
        assertThat(e.openInterest).isEqualTo(8133);
        assertThat(e.vendorIv).isCloseTo(0.357, within(1e-3));
        assertThat(e.eventTimeNanos).isEqualTo(1651254260800059648L);
    }

    @Test
    void marketStatusAndHolidays()
    {
        final MarketStatus status = polygon.marketStatus();
        assertThat(status.market()).isEqualTo("extended-hours");
        assertThat(status.isOpen()).isFalse();
        assertThat(status.afterHours()).isTrue();
        assertThat(status.earlyHours()).isFalse();
        assertThat(status.exchanges()).containsEntry("nyse", "extended-hours").containsEntry("nasdaq", "extended-hours");

        final List<MarketHoliday> holidays = polygon.upcomingHolidays();
        assertThat(holidays).hasSize(14);
        assertThat(holidays).filteredOn(h -> "NYSE".equals(h.exchange())).extracting(MarketHoliday::date).containsExactly(
            LocalDate.of(2022, 5, 30), LocalDate.of(2022, 6, 20), LocalDate.of(2022, 7, 4), LocalDate.of(2022, 9, 5),
            LocalDate.of(2022, 11, 24), LocalDate.of(2022, 11, 25), LocalDate.of(2022, 12, 26));
        final MarketHoliday blackFriday = holidays.stream().filter(MarketHoliday::isEarlyClose).findFirst().orElseThrow();
        assertThat(blackFriday.date()).isEqualTo(LocalDate.of(2022, 11, 25));
        assertThat(blackFriday.close()).isEqualTo(Instant.parse("2022-11-25T18:00:00Z"));
    }

    @Test
    void faultsOnEveryEndpointAreRetriedAndNothingIsLost()
    {
        server.fault(AGGS, Fault.drop()).fault(AGGS, Fault.drop());
        server.fault(GROUPED, Fault.slow(Duration.ofMillis(800)));
        server.fault(TICKERS, Fault.tooManyRequests(0));
        server.fault(TICKERS, Fault.serverError(503));
        server.fault(CONTRACTS, Fault.truncate());
        server.fault(CHAIN, Fault.body("[{\"results\":"));
        server.fault("/v1/marketstatus/now", Fault.body("<html>gateway</html>"));

        assertThat(polygon.dailyBars("AAPL", LocalDate.of(2005, 4, 1), LocalDate.of(2005, 4, 4))).hasSize(2);
        assertThat(polygon.groupedDaily(LocalDate.of(2005, 4, 4), true)).hasSize(1);
        assertThat(polygon.tickers("stocks")).hasSize(4);
        assertThat(polygon.optionContracts("A", null, null)).hasSize(20);
        assertThat(polygon.optionChain("AAPL")).hasSize(1);
        assertThat(polygon.marketStatus().market()).isEqualTo("extended-hours");

        final var faults = polygon.rest().faults();
        assertThat(faults.get(FaultKind.CONNECTION)).isEqualTo(2);
        assertThat(faults.get(FaultKind.TIMEOUT)).isEqualTo(1);
        assertThat(faults.get(FaultKind.RATE_LIMITED)).isEqualTo(1);
        assertThat(faults.get(FaultKind.SERVER_ERROR)).isEqualTo(1);
        assertThat(faults.get(FaultKind.MALFORMED)).isEqualTo(2);
    }

    @Test
    void aPageThatKeepsFailingFailsTheWholeListing()
    {
        for (int i = 0; i < 3; i++)
        {
            server.fault(TICKERS_2, Fault.serverError(502));
        }
        assertThatThrownBy(() -> polygon.tickers("stocks"))
            .isInstanceOfSatisfying(RestException.class, ex ->
            {
                assertThat(ex.kind()).isEqualTo(FaultKind.SERVER_ERROR);
                assertThat(ex.getMessage()).contains("cursor=");
            });
        // Page 1 once, page 2 three times: no partial universe is returned.
        assertThat(server.count(TICKERS)).isEqualTo(4);
    }

    @Test
    void notAuthorizedBodyBecomesPolygonsOwnMessage()
    {
        server.route(AGGS, 403, Fixtures.bytes("fixtures/polygon/errors/not_authorized_timeframe.json"), "application/json");
        assertThatThrownBy(() -> polygon.dailyBars("AAPL", LocalDate.of(2005, 4, 1), LocalDate.of(2005, 4, 4)))
            .isInstanceOfSatisfying(RestException.class, ex ->
            {
                assertThat(ex.kind()).isEqualTo(FaultKind.AUTH);
                assertThat(ex.getMessage()).startsWith("Polygon NOT_AUTHORIZED (HTTP 403): Your plan doesn't include this data timeframe. "
                    + "Please upgrade your plan at https://polygon.io/pricing [GET http://127.0.0.1:")
                    .contains(AGGS)
                    .endsWith("Your Polygon plan does not cover this request: ask for less history or upgrade the plan")
                    .doesNotContain(KEY);
            });
        assertThat(server.count(AGGS)).isEqualTo(1);
    }

    @Test
    void missingKeyErrorSaysWhichVariableToSet()
    {
        server.route("/v1/marketstatus/now", 401, Fixtures.bytes("fixtures/polygon/errors/error_api_key_not_provided.json"), "application/json");
        assertThatThrownBy(() -> polygon.marketStatus())
            .isInstanceOfSatisfying(RestException.class, ex ->
                assertThat(ex.getMessage()).startsWith("Polygon ERROR (HTTP 401): API Key was not provided [GET ")
                    .endsWith("Set POLYGON_API_KEY to a valid Polygon.io key"));
    }

    @Test
    void errorEnvelopeInsideA200IsAnErrorNotAnEmptyList()
    {
        server.route(GROUPED, Fixtures.bytes("fixtures/polygon/errors/not_authorized_timeframe.json"));
        assertThatThrownBy(() -> polygon.groupedDaily(LocalDate.of(2005, 4, 4), true))
            .isInstanceOfSatisfying(RestException.class, ex ->
            {
                assertThat(ex.kind()).isEqualTo(FaultKind.AUTH);
                assertThat(ex.getMessage()).startsWith("Polygon NOT_AUTHORIZED: Your plan doesn't include this data timeframe.");
            });
    }
}
