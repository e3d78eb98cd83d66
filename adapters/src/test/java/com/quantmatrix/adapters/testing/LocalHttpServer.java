package com.quantmatrix.adapters.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;

/**
 * A real HTTP server on 127.0.0.1 (ephemeral port) that serves recorded fixture bodies by path and
 * injects faults, for testing REST clients over real sockets.
 *
 * <pre>
 *   try (LocalHttpServer server = LocalHttpServer.start()) {
 *       server.route("/v3/reference/tickers", Fixtures.bytes("fixtures/polygon/rest/tickers_page1.json"));
 *       server.fault("/v3/reference/tickers", Fault.tooManyRequests(1));   // first call: 429, then the fixture
 *       ... client pointed at server.baseUrl() ...
 *       server.requests();                                                    // what the client sent
 *   }
 * </pre>
 *
 * Routes match the request path (query ignored) unless a route was registered with a query
 * ("/path?cursor=abc"), which wins when the query matches exactly. Unknown paths get 404.
 * Faults are used once each, in order, before the route answers normally. A fault key is a full
 * path with query (that request only), a path (any query), or "*" (any request), tried in that order.
 */
public final class LocalHttpServer implements AutoCloseable
{
    /** One request the server received. */
    public record Request(String method, String uri, Map<String, String> headers, String body)
    {
        public String header(final String name)
        {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** What a dynamic route answers (see {@link #handle}). */
    public record Reply(int status, byte[] body, String contentType, Map<String, String> headers)
    {
        public static Reply json(final int status, final String body)
        {
            return new Reply(status, body.getBytes(StandardCharsets.UTF_8), "application/json", Map.of());
        }
    }

    private interface Route extends java.util.function.Function<Request, Reply>
    {
    }

    private final LoopbackListener listener;
    private final int port;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

    private LocalHttpServer()
    {
        listener = new LoopbackListener(ch -> ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(1 << 20), new Handler()));
        port = listener.port;
    }

    public static LocalHttpServer start()
    {
        return new LocalHttpServer();
    }

    public int port()
    {
        return port;
    }

    /** http://127.0.0.1:PORT (no trailing slash). */
    public String baseUrl()
    {
        return "http://127.0.0.1:" + port;
    }

    /** Serves {@code body} as 200 application/json for this path. */
    public LocalHttpServer route(final String path, final byte[] body)
    {
        return route(path, 200, body, "application/json");
    }

    /** Serves a fixed status and body for this path (e.g. a recorded 403 body). */
    public LocalHttpServer route(final String path, final int status, final byte[] body, final String contentType)
    {
        final Reply fixed = new Reply(status, body, contentType, Map.of());
        routes.put(path, request -> fixed);
        return this;
    }

    /**
     * Answers requests to this path with a function of the request (method, body, headers), for
     * servers with state: an order book that remembers what was placed, a webhook that counts.
     * Runs on the server's I/O thread.
     */
    public LocalHttpServer handle(final String path, final java.util.function.Function<Request, Reply> handler)
    {
        routes.put(path, handler::apply);
        return this;
    }

    /** Queues a one-shot fault for the next request to {@code key}: "/path?query", "/path" or "*". */
    public LocalHttpServer fault(final String key, final Fault fault)
    {
        faults.computeIfAbsent(key, k -> new ArrayDeque<>()).add(fault);
        return this;
    }

    /** Every request received so far, in arrival order. */
    public List<Request> requests()
    {
        synchronized (requests)
        {
            return List.copyOf(requests);
        }
    }

    /** How many requests with this method arrived for a path (query ignored). */
    public long count(final String method, final String path)
    {
        return requests().stream()
            .filter(r -> r.method().equals(method) && new QueryStringDecoder(r.uri()).path().equals(path)).count();
    }

    /** How many requests arrived for a path (query ignored). */
    public long count(final String path)
    {
        return requests().stream().filter(r -> new QueryStringDecoder(r.uri()).path().equals(path)).count();
    }

    @Override
    public void close()
    {
        listener.close();
    }

    private Fault nextFault(final String uri, final String path)
    {
        for (final String key : new String[] {uri, path, "*"})
        {
            final Deque<Fault> q = faults.get(key);
            if (q != null)
            {
                synchronized (q)
                {
                    final Fault f = q.poll();
                    if (f != null)
                    {
                        return f;
                    }
                }
            }
        }
        return null;
    }

    private final class Handler extends SimpleChannelInboundHandler<FullHttpRequest>
    {
        @Override
        protected void channelRead0(final ChannelHandlerContext ctx, final FullHttpRequest req)
        {
            final Map<String, String> headers = new TreeMap<>();
            req.headers().forEach(h -> headers.put(h.getKey().toLowerCase(java.util.Locale.ROOT), h.getValue()));
            final Request request = new Request(req.method().name(), req.uri(), headers, req.content().toString(StandardCharsets.UTF_8));
            requests.add(request);

            final QueryStringDecoder q = new QueryStringDecoder(req.uri());
            Route route = routes.get(req.uri());
            if (route == null)
            {
                route = routes.get(q.path());
            }
            final Reply reply = route != null ? route.apply(request)
                : Reply.json(404, "{\"status\":\"NOT_FOUND\",\"message\":\"no fixture for " + q.path() + "\"}");
            final Fault fault = nextFault(req.uri(), q.path());
            if (fault == null)
            {
                respond(ctx, reply.status(), reply.body(), reply.contentType(), reply.headers());
                return;
            }
            switch (fault.kind)
            {
                case STATUS:
                    respond(ctx, fault.status, fault.body, "application/json", fault.headers);
                    break;
                case BODY:
                    respond(ctx, 200, fault.body, "application/json", fault.headers);
                    break;
                case DROP:
                    ctx.close();
                    break;
                case SLOW:
                    ctx.executor().schedule(() -> respond(ctx, reply.status(), reply.body(), reply.contentType(), reply.headers()),
                        fault.delay.toMillis(), TimeUnit.MILLISECONDS);
                    break;
                case TRUNCATE:
                    final HttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
                    head.headers().set(HttpHeaderNames.CONTENT_TYPE, reply.contentType());
                    head.headers().set(HttpHeaderNames.CONTENT_LENGTH, reply.body().length);
                    ctx.write(head);
                    ctx.writeAndFlush(Unpooled.wrappedBuffer(reply.body(), 0, reply.body().length / 2))
                        .addListener(ChannelFutureListener.CLOSE);
                    break;
                default:
                    throw new IllegalStateException(fault.toString());
            }
        }

        private void respond(final ChannelHandlerContext ctx, final int status, final byte[] body, final String type,
            final Map<String, String> extra)
        {
            final FullHttpResponse res = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(status), Unpooled.wrappedBuffer(body));
            res.headers().set(HttpHeaderNames.CONTENT_TYPE, type);
            res.headers().set(HttpHeaderNames.CONTENT_LENGTH, body.length);
            extra.forEach((k, v) -> res.headers().set(k, v));
            if (ctx.channel().isActive())
            {
                ctx.writeAndFlush(res);
            }
            else
            {
                res.release();
            }
        }

        @Override
        public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause)
        {
            ctx.close();
        }
    }

}
