package com.quantmatrix.adapters.net;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLException;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A WebSocket client on Netty 4.2 for market-data and broker streams: one I/O thread, TLS for
 * wss, pings on an interval with a read deadline (no pong or data in time = dead link), and
 * reconnects with exponential backoff and jitter until stopped. The {@link WsListener} gets every
 * text message in place (zero copy) and re-authenticates and re-subscribes in
 * {@link WsListener#onConnected}.
 */
public final class WsClient implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(WsClient.class);

    private final WsSettings settings;
    private final WsListener listener;
    private final EventLoopGroup group;
    private final SslContext ssl;
    private final String host;
    private final int port;
    private final Backoff backoff;
    private final FaultCounters faults = new FaultCounters();
    private final AtomicInteger sessions = new AtomicInteger();

    private volatile boolean running;
    private volatile Channel channel;
    private volatile boolean connected;
    /** Touched only on the I/O thread. */
    private int failedAttempts;
    private long minNextDelayNanos;

    public WsClient(final WsSettings settings, final WsListener listener)
    {
        this.settings = settings;
        this.listener = listener;
        final URI uri = settings.uri;
        final boolean tls = "wss".equalsIgnoreCase(uri.getScheme());
        this.host = uri.getHost();
        this.port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
        try
        {
            this.ssl = tls ? SslContextBuilder.forClient().endpointIdentificationAlgorithm("HTTPS").build() : null;
        }
        catch (final SSLException ex)
        {
            throw new IllegalStateException("cannot set up TLS: " + ex.getMessage(), ex);
        }
        this.backoff = new Backoff(settings.reconnectBase.toNanos(), settings.reconnectMax.toNanos(), settings.jitterSeed);
        this.group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("qm-ws-" + host, true), NioIoHandler.newFactory());
    }

    /** Connects in the background; returns at once. */
    public void start()
    {
        running = true;
        group.execute(this::connect);
    }

    /** Sends a text message; false when no session is open (the caller re-sends in onConnected). */
    public boolean send(final CharSequence text)
    {
        final Channel ch = channel;
        if (ch == null || !connected)
        {
            return false;
        }
        ch.writeAndFlush(new TextWebSocketFrame(text.toString()));
        return true;
    }

    public boolean isConnected()
    {
        return connected;
    }

    /** Sessions opened so far (first connect plus reconnects). */
    public int sessionCount()
    {
        return sessions.get();
    }

    public FaultCounters faults()
    {
        return faults;
    }

    /** Drops the current session and reconnects no sooner than {@code minDelay} (server asked us to go away). */
    public void reconnectAfter(final String reason, final Duration minDelay)
    {
        onLoop(() ->
        {
            minNextDelayNanos = Math.max(minNextDelayNanos, minDelay.toNanos());
            closeChannel(reason);
        });
    }

    /** Ends the session for good (fatal error or shutdown); the listener hears onDisconnected(reason, false). */
    public void stop(final String reason)
    {
        running = false;
        onLoop(() -> closeChannel(reason));
    }

    /** Runs now when already on the I/O thread (so it takes effect before the next read), else queues it there. */
    private void onLoop(final Runnable task)
    {
        final io.netty.channel.EventLoop loop = (io.netty.channel.EventLoop)group.next();
        if (loop.inEventLoop())
        {
            task.run();
        }
        else
        {
            loop.execute(task);
        }
    }

    @Override
    public void close()
    {
        stop("client closed");
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }

    private void closeChannel(final String reason)
    {
        final Channel ch = channel;
        if (ch != null && ch.isOpen())
        {
            final Session s = ch.pipeline().get(Session.class);
            if (s != null && s.closeReason == null)
            {
                s.closeReason = reason;
            }
            if (connected)
            {
                ch.writeAndFlush(new CloseWebSocketFrame(1000, "bye")).addListener(f -> ch.close());
            }
            else
            {
                ch.close();
            }
        }
    }

    private void connect()
    {
        if (!running)
        {
            return;
        }
        final HttpHeaders headers = new DefaultHttpHeaders();
        for (final Map.Entry<String, String> h : settings.headers.entrySet())
        {
            headers.add(h.getKey(), h.getValue());
        }
        final WebSocketClientProtocolConfig config = WebSocketClientProtocolConfig.newBuilder()
            .webSocketUri(settings.uri)
            .customHeaders(headers)
            .maxFramePayloadLength(settings.maxMessageBytes)
            .handshakeTimeoutMillis(settings.handshakeTimeout.toMillis())
            .handleCloseFrames(false)
            .dropPongFrames(true)
            .build();
        final Bootstrap b = new Bootstrap()
            .group(group)
            .channel(NioSocketChannel.class)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int)settings.connectTimeout.toMillis())
            .option(ChannelOption.TCP_NODELAY, true)
            .handler(new ChannelInitializer<SocketChannel>()
            {
                @Override
                protected void initChannel(final SocketChannel ch)
                {
                    final ChannelPipeline p = ch.pipeline();
                    if (ssl != null)
                    {
                        p.addLast(ssl.newHandler(ch.alloc(), host, port));
                    }
                    // First in line so every byte read (data or pong) counts as a sign of life.
                    p.addLast(new IdleStateHandler(settings.readDeadline.toMillis(), 0, 0, TimeUnit.MILLISECONDS));
                    p.addLast(new HttpClientCodec());
                    p.addLast(new HttpObjectAggregator(64 * 1024));
                    p.addLast(new WebSocketClientProtocolHandler(config));
                    p.addLast(new WebSocketFrameAggregator(settings.maxMessageBytes));
                    p.addLast(new Session());
                }
            });
        final ChannelFuture f = b.connect(host, port);
        channel = f.channel();
        f.addListener(done ->
        {
            if (!done.isSuccess())
            {
                fault(FaultKind.CONNECTION, "cannot connect to " + where() + ": " + done.cause());
                scheduleReconnect("connect failed", true);
            }
        });
    }

    private String where()
    {
        return Redactor.redact(settings.uri.toString());
    }

    private void fault(final FaultKind kind, final String detail)
    {
        faults.increment(kind);
        final String redacted = Redactor.redact(detail);
        LOG.warn("{} fault: {}", kind, redacted);
        try
        {
            listener.onFault(kind, redacted);
        }
        catch (final RuntimeException ex)
        {
            LOG.error("fault listener failed: {}", Redactor.redact(String.valueOf(ex)));
        }
    }

    private void scheduleReconnect(final String reason, final boolean tellListener)
    {
        final boolean exhausted = settings.maxReconnectAttempts >= 0 && failedAttempts >= settings.maxReconnectAttempts;
        final boolean willReconnect = running && !exhausted;
        if (tellListener)
        {
            listener.onDisconnected(reason, willReconnect);
        }
        if (!willReconnect)
        {
            running = false;
            return;
        }
        final long delay = Math.max(backoff.delayNanos(failedAttempts), minNextDelayNanos);
        minNextDelayNanos = 0;
        failedAttempts++;
        LOG.info("reconnecting to {} in {} ms (attempt {})", where(), TimeUnit.NANOSECONDS.toMillis(delay), failedAttempts);
        group.schedule(this::connect, delay, TimeUnit.NANOSECONDS);
    }

    /** Handles one connection's frames and lifecycle; a fresh instance per connection. */
    private final class Session extends SimpleChannelInboundHandler<WebSocketFrame>
    {
        volatile String closeReason;
        private ScheduledFuture<?> pinger;
        private boolean open;

        @Override
        protected void channelRead0(final ChannelHandlerContext ctx, final WebSocketFrame frame)
        {
            if (frame instanceof TextWebSocketFrame)
            {
                try
                {
                    listener.onText(frame.content());
                }
                catch (final RuntimeException ex)
                {
                    fault(FaultKind.MALFORMED, "message handler failed: " + ex);
                }
            }
            else if (frame instanceof CloseWebSocketFrame)
            {
                final CloseWebSocketFrame close = (CloseWebSocketFrame)frame;
                if (closeReason == null)
                {
                    closeReason = "server closed the session: " + close.statusCode() + " " + close.reasonText();
                }
                ctx.writeAndFlush(new CloseWebSocketFrame(close.statusCode(), "")).addListener(f -> ctx.close());
            }
        }

        @Override
        public void userEventTriggered(final ChannelHandlerContext ctx, final Object evt) throws Exception
        {
            if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE)
            {
                open = true;
                connected = true;
                failedAttempts = 0;
                sessions.incrementAndGet();
                final long every = settings.pingInterval.toMillis();
                if (every > 0)
                {
                    pinger = ctx.executor().scheduleAtFixedRate(
                        () -> ctx.writeAndFlush(new PingWebSocketFrame()), every, every, TimeUnit.MILLISECONDS);
                }
                LOG.info("connected to {}", where());
                listener.onConnected(WsClient.this);
            }
            else if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT)
            {
                fault(FaultKind.TIMEOUT, "WebSocket handshake with " + where() + " timed out");
                closeReason = "handshake timed out";
            }
            else if (evt instanceof IdleStateEvent && ((IdleStateEvent)evt).state() == IdleState.READER_IDLE)
            {
                fault(FaultKind.TIMEOUT, "nothing from " + where() + " (no data, no pong) for " + settings.readDeadline.toMillis() + " ms");
                closeReason = "read deadline missed";
                ctx.close();
            }
            else
            {
                super.userEventTriggered(ctx, evt);
            }
        }

        @Override
        public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause)
        {
            fault(FaultKind.CONNECTION, "error on " + where() + ": " + cause);
            if (closeReason == null)
            {
                closeReason = "error: " + cause.getClass().getSimpleName();
            }
            ctx.close();
        }

        @Override
        public void channelInactive(final ChannelHandlerContext ctx) throws Exception
        {
            connected = false;
            if (pinger != null)
            {
                pinger.cancel(false);
            }
            final String reason = closeReason != null ? closeReason : "connection dropped by peer";
            if (closeReason == null)
            {
                fault(FaultKind.CONNECTION, "connection to " + where() + " dropped");
            }
            if (open)
            {
                LOG.info("disconnected from {}: {}", where(), Redactor.redact(reason));
            }
            scheduleReconnect(Redactor.redact(reason), true);
            super.channelInactive(ctx);
        }
    }
}
