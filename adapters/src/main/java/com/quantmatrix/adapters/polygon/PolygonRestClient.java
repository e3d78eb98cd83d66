package com.quantmatrix.adapters.polygon;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.quantmatrix.adapters.marketdata.MarketDataSettings;
import com.quantmatrix.adapters.net.FaultKind;
import com.quantmatrix.adapters.net.FaultListener;
import com.quantmatrix.adapters.net.RestClient;
import com.quantmatrix.adapters.net.RestException;

/**
 * Polygon.io (Massive) REST endpoints the engine uses, off the hot path: aggregates for backfill,
 * grouped daily bars (the whole US market in one call), the ticker universe, option-chain
 * snapshots with Greeks/IV/open interest, option contracts, market status and holidays.
 *
 * <p>Paginated endpoints follow next_url to the end; a page that fails for good fails the whole
 * call (never a silently partial list). Polygon's ERROR and NOT_AUTHORIZED bodies become
 * {@link RestException}s whose message is Polygon's own text with the call that failed.
 * The key travels only in the Authorization header.
 */
public final class PolygonRestClient
{
    /** Largest page sizes Polygon allows per endpoint. */
    static final int TICKERS_PAGE = 1_000;
    static final int CONTRACTS_PAGE = 1_000;
    static final int CHAIN_PAGE = 250;
    static final int AGGS_LIMIT = 50_000;
    /** A guard against a server that keeps returning next_url forever. */
    static final int MAX_PAGES = 10_000;

    private final RestClient rest;

    public PolygonRestClient(final RestClient rest)
    {
        this.rest = rest;
    }

    /** A client configured from settings, with the key from POLYGON_API_KEY (see {@link PolygonApiKey}). */
    public static PolygonRestClient create(final MarketDataSettings settings, final String apiKey, final FaultListener listener)
    {
        return new PolygonRestClient(new RestClient(settings.polygonRest(apiKey), listener));
    }

    public RestClient rest()
    {
        return rest;
    }

    /** Daily bars of one ticker, oldest first, both dates inclusive. */
    public List<Aggregate> dailyBars(final String ticker, final LocalDate from, final LocalDate to)
    {
        return aggregates(ticker, 1, "day", from, to);
    }

    /** Minute bars of one ticker, oldest first, both dates inclusive (regular and extended hours). */
    public List<Aggregate> minuteBars(final String ticker, final LocalDate from, final LocalDate to)
    {
        return aggregates(ticker, 1, "minute", from, to);
    }

    /** Aggregates of {@code multiplier} x {@code timespan} (minute, hour, day, week, ...). */
    public List<Aggregate> aggregates(final String ticker, final int multiplier, final String timespan, final LocalDate from, final LocalDate to)
    {
        final String path = "/v2/aggs/ticker/" + segment(ticker) + "/range/" + multiplier + "/" + timespan + "/" + from + "/" + to
            + "?adjusted=true&sort=asc&limit=" + AGGS_LIMIT;
        return all(path, p -> PolygonJson.aggregate(p, ticker));
    }

    /** One day's bar of every US stock in one call (the cheap way to scan the whole market). */
    public List<Aggregate> groupedDaily(final LocalDate date, final boolean adjusted)
    {
        return all("/v2/aggs/grouped/locale/us/market/stocks/" + date + "?adjusted=" + adjusted, p -> PolygonJson.aggregate(p, null));
    }

    /** Every active ticker of a market ("stocks", "options", ...), all pages. */
    public List<TickerInfo> tickers(final String market)
    {
        return all("/v3/reference/tickers?market=" + query(market) + "&active=true&order=asc&sort=ticker&limit=" + TICKERS_PAGE,
            PolygonJson::ticker);
    }

    /** The option chain of an underlying with quotes, Greeks, IV and open interest, all pages. */
    public List<OptionSnapshot> optionChain(final String underlying)
    {
        return all("/v3/snapshot/options/" + segment(underlying) + "?limit=" + CHAIN_PAGE, PolygonJson::optionSnapshot);
    }

    /**
     * Listed contracts of an underlying expiring between two dates (inclusive; null = unbounded), all pages.
     */
    public List<OptionContract> optionContracts(final String underlying, final LocalDate expiresFrom, final LocalDate expiresTo)
    {
        final StringBuilder path = new StringBuilder("/v3/reference/options/contracts?underlying_ticker=").append(query(underlying));
        if (expiresFrom != null)
        {
            path.append("&expiration_date.gte=").append(expiresFrom);
        }
        if (expiresTo != null)
        {
            path.append("&expiration_date.lte=").append(expiresTo);
        }
        path.append("&order=asc&sort=expiration_date&limit=").append(CONTRACTS_PAGE);
        return all(path.toString(), PolygonJson::contract);
    }

    /** One contract's reference data, e.g. "O:EVRI240119C00002500". */
    public OptionContract optionContract(final String optionTicker)
    {
        final List<OptionContract> one = call("/v3/reference/options/contracts/" + segment(optionTicker),
            body -> PolygonJson.page(body, PolygonJson::contract)).results();
        if (one.isEmpty())
        {
            throw new RestException(FaultKind.CLIENT_ERROR, 200, "Polygon has no contract " + optionTicker, null, null);
        }
        return one.get(0);
    }

    /** Whether the market is open now, per exchange. */
    public MarketStatus marketStatus()
    {
        return call("/v1/marketstatus/now", PolygonJson::marketStatus);
    }

    /** Upcoming holidays and early closes, per exchange. */
    public List<MarketHoliday> upcomingHolidays()
    {
        return call("/v1/marketstatus/upcoming", PolygonJson::holidays);
    }

    private <T> List<T> all(final String firstPath, final PolygonJson.Item<T> item)
    {
        final List<T> out = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
        String path = firstPath;
        for (int pages = 0; path != null; pages++)
        {
            if (pages == MAX_PAGES || !seen.add(path))
            {
                throw new RestException(FaultKind.MALFORMED, 200,
                    "Polygon pagination does not end (page " + pages + " of " + firstPath + ")", null, null);
            }
            final PolygonJson.Page<T> page = call(path, body -> PolygonJson.page(body, item));
            out.addAll(page.results());
            path = page.nextUrl();
        }
        return out;
    }

    private <T> T call(final String path, final com.quantmatrix.adapters.net.BodyParser<T> parser)
    {
        try
        {
            return rest.get(path, parser);
        }
        catch (final RestException ex)
        {
            throw PolygonErrors.explain(ex);
        }
    }

    private static String segment(final String s)
    {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("%3A", ":").replace("+", "%20");
    }

    private static String query(final String s)
    {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
