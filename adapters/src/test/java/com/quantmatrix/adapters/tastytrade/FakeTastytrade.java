package com.quantmatrix.adapters.tastytrade;

import com.quantmatrix.adapters.json.JsonNode;
import com.quantmatrix.adapters.testing.Fixtures;
import com.quantmatrix.adapters.testing.LocalHttpServer;
import com.quantmatrix.adapters.testing.LocalHttpServer.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A tastytrade REST server with state, on a real local socket: it logs in (the recorded session
 * reply), serves the recorded positions and balances, and keeps an order book: a POST to orders
 * places an order (ids from 270602, the id of the recorded fill notification), orders/live lists
 * them with their external identifiers, GET and DELETE of orders/{id} give status and cancel. Its
 * replies reuse the recorded order shape ({@code orders_submit_response_market_routed.json}).
 */
final class FakeTastytrade implements AutoCloseable
{
    static final String ACCOUNT = "5WX06827";
    static final String ORDERS = "/accounts/" + ACCOUNT + "/orders";
    static final long FIRST_ID = 270602;

    final LocalHttpServer http = LocalHttpServer.start();
    /** Orders the server accepted, in order. */
    final List<Map<String, String>> book = java.util.Collections.synchronizedList(new ArrayList<>());
    final Map<Long, String> status = new ConcurrentHashMap<>();
    final AtomicInteger placements = new AtomicInteger();
    /** When set, decides the reply to a POST before it is booked: null = book it. */
    volatile Function<Integer, Reply> postOverride;

    FakeTastytrade()
    {
        http.route("/sessions", 201, Fixtures.bytes("fixtures/tastytrade/sessions_create_response.json"), "application/json");
        http.route("/accounts/" + ACCOUNT + "/positions", Fixtures.bytes("fixtures/tastytrade/accounts_positions.json"));
        http.route("/accounts/" + ACCOUNT + "/balances", Fixtures.bytes("fixtures/tastytrade/accounts_balances.json"));
        http.handle(ORDERS, req ->
        {
            final int n = placements.incrementAndGet();
            final Function<Integer, Reply> o = postOverride;
            final Reply forced = o == null ? null : o.apply(n);
            if (forced != null)
            {
                return forced;
            }
            final JsonNode body = JsonNode.parse(req.body());
            final long id = FIRST_ID + book.size();
            final JsonNode leg = body.get("legs").elements().get(0);
            book.add(Map.of("id", Long.toString(id), "external", body.get("external-identifier").text(""),
                "symbol", leg.get("symbol").text(), "action", leg.get("action").text(), "quantity", leg.get("quantity").text(),
                "price", body.get("price").text()));
            status.put(id, "Routed");
            for (int i = 0; i < 4; i++)
            {
                registerOrderPath(id + i);
            }
            return Reply.json(201, "{\"data\":{\"order\":" + orderJson(id) + ",\"warnings\":[]},\"context\":\"" + ORDERS + "\"}");
        });
        http.handle(ORDERS + "/live", req -> Reply.json(200, "{\"data\":{\"items\":[" + String.join(",", allOrders()) + "]},\"context\":\"" + ORDERS + "/live\"}"));
    }

    private void registerOrderPath(final long id)
    {
        http.handle(ORDERS + "/" + id, req ->
        {
            if (!status.containsKey(id))
            {
                return Reply.json(404, "{\"error\":{\"code\":\"record_not_found\",\"message\":\"Order not found\"}}");
            }
            if ("DELETE".equals(req.method()))
            {
                status.put(id, "Cancelled");
            }
            return Reply.json(200, "{\"data\":" + orderJson(id) + "}");
        });
    }

    private List<String> allOrders()
    {
        final List<String> out = new ArrayList<>();
        synchronized (book)
        {
            for (final Map<String, String> o : book)
            {
                out.add(orderJson(Long.parseLong(o.get("id"))));
            }
        }
        return out;
    }

    /** The recorded order, with this order's id, status, external identifier and leg. */
    String orderJson(final long id)
    {
        final Map<String, String> o = book.get((int)(id - FIRST_ID));
        final String st = status.get(id);
        final String fills = "Filled".equals(st)
            ? "[{\"fill-id\":\"fake-" + id + "\",\"quantity\":" + o.get("quantity") + ",\"fill-price\":\"" + o.get("price")
                + "\",\"filled-at\":\"2025-05-28T16:00:01.953+00:00\"}]"
            : "[]";
        final String remaining = "Filled".equals(st) ? "0" : o.get("quantity");
        final JsonNode recorded = JsonNode.parse(Fixtures.text("fixtures/tastytrade/orders_submit_response_market_routed.json"));
        final String account = recorded.path("data", "order", "account-number").text();
        return "{\"id\":" + id + ",\"account-number\":\"" + account + "\",\"external-identifier\":\"" + o.get("external")
            + "\",\"status\":\"" + st + "\",\"order-type\":\"Limit\",\"time-in-force\":\"Day\",\"price\":\"" + o.get("price")
            + "\",\"price-effect\":\"Debit\",\"underlying-symbol\":\"AAPL\",\"legs\":[{\"instrument-type\":\"Equity Option\",\"symbol\":\""
            + o.get("symbol") + "\",\"quantity\":" + o.get("quantity") + ",\"remaining-quantity\":" + remaining + ",\"action\":\""
            + o.get("action") + "\",\"fills\":" + fills + "}]}";
    }

    String baseUrl()
    {
        return http.baseUrl();
    }

    @Override
    public void close()
    {
        http.close();
    }
}
