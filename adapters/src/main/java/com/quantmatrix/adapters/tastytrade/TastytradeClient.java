package com.quantmatrix.adapters.tastytrade;

import com.quantmatrix.adapters.broker.BrokerSettings;
import com.quantmatrix.adapters.broker.TradingEnvironment;
import com.quantmatrix.adapters.json.JsonNode;
import com.quantmatrix.adapters.net.FaultKind;
import com.quantmatrix.adapters.net.RestClient;
import com.quantmatrix.adapters.net.RestException;
import com.quantmatrix.adapters.net.RestSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * tastytrade's REST API, off the hot path: login (session or OAuth, renewed before expiry and once
 * after a 401), accounts, balances, positions, the nested option chain, the DXLink quote token,
 * order placement, dry run, cancel, replace and status. Replies are read leniently; refusals become
 * {@link TastytradeApiException} with the error envelope's text. Transport failures (timeout,
 * dropped connection) stay {@link RestException}: for an order they mean "maybe placed", which the
 * caller resolves with {@link #findByExternalIdentifier} before any resend.
 */
public final class TastytradeClient
{
    public static final String USER_AGENT = "quantmatrix/0.1.0";

    private static final Logger LOG = LoggerFactory.getLogger(TastytradeClient.class);
    private static final long RENEW_BEFORE_MILLIS = 60_000L;

    private final TradingEnvironment environment;
    private final String baseUrl;
    private final TastytradeLogin login;
    private final RestClient api;
    private final RestClient loginRest;
    private final LongSupplier clockMillis;
    private volatile TastytradeLogin.Grant grant;

    public TastytradeClient(
        final TradingEnvironment environment,
        final String baseUrl,
        final TastytradeLogin login,
        final Duration requestTimeout,
        final int readAttempts,
        final LongSupplier clockMillis)
    {
        this.environment = environment;
        this.baseUrl = baseUrl;
        this.login = login;
        this.clockMillis = clockMillis;
        final Supplier<String> authorization = () -> grant == null ? null : grant.authorization();
        this.api = new RestClient(settings(baseUrl, requestTimeout, readAttempts).dynamicSecretHeader("Authorization", authorization).build());
        // Logins go without an Authorization header (OAuth requires it) and are never retried blindly.
        this.loginRest = new RestClient(settings(baseUrl, requestTimeout, 1).build());
        LOG.warn(environment.banner(baseUrl));
    }

    /** The client for the environment the flag and configuration select, printing which one it is. */
    public static TastytradeClient create(final BrokerSettings s, final boolean liveFlag, final TastytradeLogin login)
    {
        final TradingEnvironment env = s.environment(liveFlag);
        final String note = s.environmentNote(liveFlag);
        if (note != null)
        {
            LOG.warn(note);
        }
        return new TastytradeClient(env, s.restUrl(env), login, s.requestTimeout, 3, System::currentTimeMillis);
    }

    private static RestSettings.Builder settings(final String baseUrl, final Duration timeout, final int attempts)
    {
        return RestSettings.builder(baseUrl)
            .userAgent(USER_AGENT)
            .requestTimeout(timeout)
            .connectTimeout(timeout)
            .maxAttempts(attempts)
            .backoff(Duration.ofMillis(200), Duration.ofSeconds(5))
            .maxRetryAfter(Duration.ofSeconds(30));
    }

    public TradingEnvironment environment()
    {
        return environment;
    }

    public String baseUrl()
    {
        return baseUrl;
    }

    /** The Authorization value in use (the account streamer sends the same token), logging in if needed. */
    public String authorization()
    {
        ensureLoggedIn();
        return grant.authorization();
    }

    /** Logs in now (start-up), so a credentials problem shows at once. */
    public synchronized void login()
    {
        final long now = clockMillis.getAsLong();
        try
        {
            final JsonNode reply = loginRest.send("POST", login.path(), login.body().getBytes(StandardCharsets.UTF_8),
                "application/json", false, TastytradeClient::json);
            grant = login.grant(reply, now);
            LOG.info("tastytrade {} login ok; valid until {}", login.kind(), java.time.Instant.ofEpochMilli(grant.expiresAtMillis()));
        }
        catch (final RestException ex)
        {
            throw translate(ex);
        }
    }

    private void ensureLoggedIn()
    {
        final TastytradeLogin.Grant g = grant;
        if (g == null || clockMillis.getAsLong() >= g.expiresAtMillis() - RENEW_BEFORE_MILLIS)
        {
            login();
        }
    }

    // ------------------------------------------------------------------ account data

    public List<TastyAccount> accounts()
    {
        return TastyAccount.listFrom(get("/customers/me/accounts"));
    }

    public TastyBalance balances(final String account)
    {
        return TastyBalance.from(get("/accounts/" + account + "/balances"));
    }

    public List<TastyPosition> positions(final String account)
    {
        return TastyPosition.listFrom(get("/accounts/" + account + "/positions"));
    }

    /** The nested chain of an underlying (the Standard chain first when there are several). */
    public List<OptionChain> optionChain(final String underlying)
    {
        return OptionChain.listFrom(get("/option-chains/" + underlying + "/nested"));
    }

    public QuoteToken quoteToken()
    {
        return QuoteToken.from(get("/api-quote-tokens"));
    }

    // ------------------------------------------------------------------ orders

    /** Places an order. A timeout or dropped connection throws RestException: the order may exist; check before resending. */
    public OrderResponse placeOrder(final String account, final OrderRequest order)
    {
        return OrderResponse.from(call("POST", "/accounts/" + account + "/orders", order.toJson(), false));
    }

    /** Validates and prices an order without routing it (no side effect, so retried like a read). */
    public OrderResponse dryRun(final String account, final OrderRequest order)
    {
        return OrderResponse.from(call("POST", "/accounts/" + account + "/orders/dry-run", order.toJson(), true));
    }

    public TastyOrder order(final String account, final long orderId)
    {
        return TastyOrder.from(get("/accounts/" + account + "/orders/" + orderId));
    }

    /** Cancels an order; the reply is the order (status Cancel Requested or Cancelled). */
    public TastyOrder cancelOrder(final String account, final long orderId)
    {
        return TastyOrder.from(call("DELETE", "/accounts/" + account + "/orders/" + orderId, null, false));
    }

    /** Replaces a live order's price and time in force (cancel-replace; fills of the original abort it). */
    public TastyOrder replaceOrder(final String account, final long orderId, final OrderRequest.TimeInForce tif,
        final long priceMicros, final boolean debit)
    {
        final String body = TastytradeLogin.json(g ->
        {
            g.writeStringField("time-in-force", tif.wire());
            g.writeStringField("order-type", "Limit");
            g.writeStringField("price", com.quantmatrix.adapters.broker.Micros.format(priceMicros));
            g.writeStringField("price-effect", debit ? "Debit" : "Credit");
        });
        return TastyOrder.from(call("PUT", "/accounts/" + account + "/orders/" + orderId, body, false));
    }

    /** Today's orders: working ones and those filled, cancelled or rejected today. */
    public List<TastyOrder> liveOrders(final String account)
    {
        final List<TastyOrder> out = new ArrayList<>();
        int page = 0;
        int pages;
        do
        {
            final JsonNode reply = exchange("GET", "/accounts/" + account + "/orders/live?page-offset=" + page, null, true);
            out.addAll(TastyOrder.listFrom(reply.get("data")));
            pages = (int)reply.path("pagination", "total-pages").longValue(1);
            page++;
        }
        while (page < pages);
        return out;
    }

    /** The order we placed with this external identifier today, or null: the status check before any resend. */
    public TastyOrder findByExternalIdentifier(final String account, final String externalIdentifier)
    {
        for (final TastyOrder o : liveOrders(account))
        {
            if (externalIdentifier.equals(o.externalIdentifier()))
            {
                return o;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ plumbing

    private JsonNode get(final String path)
    {
        return call("GET", path, null, true);
    }

    private JsonNode call(final String method, final String path, final String body, final boolean idempotent)
    {
        return exchange(method, path, body, idempotent).get("data");
    }

    /** One call (the whole reply), logged in; after a 401 logs in again and tries once more (a refused call did nothing). */
    private JsonNode exchange(final String method, final String path, final String body, final boolean idempotent)
    {
        ensureLoggedIn();
        final byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        final String type = body == null ? null : "application/json";
        try
        {
            return api.send(method, path, bytes, type, idempotent, TastytradeClient::json);
        }
        catch (final RestException ex)
        {
            if (ex.kind() == FaultKind.AUTH && ex.status() == 401)
            {
                LOG.warn("tastytrade refused the {} token (401): logging in again", login.kind());
                login();
                try
                {
                    return api.send(method, path, bytes, type, idempotent, TastytradeClient::json);
                }
                catch (final RestException again)
                {
                    throw translate(again);
                }
            }
            throw translate(ex);
        }
    }

    private static JsonNode json(final byte[] body)
    {
        return JsonNode.parse(new String(body, StandardCharsets.UTF_8));
    }

    /** An answer from tastytrade becomes its envelope's message; a failure with no answer stays a RestException. */
    private static RuntimeException translate(final RestException ex)
    {
        if (ex.status() > 0 && ex.kind() != FaultKind.MALFORMED)
        {
            return TastytradeErrors.from(ex.status(), new String(ex.body(), StandardCharsets.UTF_8));
        }
        return ex;
    }
}
