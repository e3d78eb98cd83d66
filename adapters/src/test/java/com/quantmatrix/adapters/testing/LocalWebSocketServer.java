package com.quantmatrix.adapters.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;

/**
 * A real WebSocket server on 127.0.0.1 (ephemeral port) whose behaviour a test scripts, for
 * testing streaming clients over real sockets: send recorded frames, drop the connection, send a
 * truncated frame, close with a code, refuse the upgrade (auth failure), or stop answering pings.
 *
 * <pre>
 *   try (LocalWebSocketServer ws = LocalWebSocketServer.start("/stocks", new LocalWebSocketServer.Script() {
 *           public void onOpen(Connection c) { c.send("[{\"ev\":\"status\",\"status\":\"connected\"}]"); }
 *           public void onText(Connection c, String text) { if (text.contains("auth")) c.send(...); }
 *       })) {
 *       ... client connects to ws.url() ...
 *       ws.received().poll(5, SECONDS);     // what clients sent, in order
 *   }
 * </pre>
 * Script callbacks run on the server's I/O thread.
 */
public final class LocalWebSocketServer implements AutoCloseable
{
    /** What the server does on each event; override what the test needs. */
    public interface Script
    {
        default void onOpen(final Connection c)
        {
        }

        default void onText(final Connection c, final String text)
        {
        }
    }

    /** One accepted client session. */
    public static final class Connection
    {
        private final Channel channel;
        private final int index;

        Connection(final Channel channel, final int index)
        {
            this.channel = channel;
            this.index = index;
        }

        /** 1 for the first session the server accepted, 2 for the next (a reconnect), ... */
        public int index()
        {
            return index;
        }

        public void send(final String text)
        {
            channel.writeAndFlush(new TextWebSocketFrame(text));
        }

        /** Sends a test resource (e.g. a recorded frame) as one text frame. */
        public void sendResource(final String resource)
        {
            send(Fixtures.text(resource));
        }

        /** Closes the TCP connection with no close frame (a dropped link). */
        public void drop()
        {
            channel.close();
        }

        /** A proper WebSocket close with a status code and reason. */
        public void close(final int code, final String reason)
        {
            channel.writeAndFlush(new CloseWebSocketFrame(code, reason)).addListener(ChannelFutureListener.CLOSE);
        }

        /** Writes a text frame header for all of {@code text} but only half its bytes, then drops the link. */
        public void sendTruncatedFrame(final String text)
        {
            final byte[] payload = text.getBytes(StandardCharsets.UTF_8);
            final ByteBuf raw = Unpooled.buffer();
            raw.writeByte(0x81);
            if (payload.length < 126)
            {
                raw.writeByte(payload.length);
            }
            else
            {
                raw.writeByte(126);
                raw.writeShort(payload.length);
            }
            raw.writeBytes(payload, 0, payload.length / 2);
            channel.writeAndFlush(raw).addListener(ChannelFutureListener.CLOSE);
        }

        public boolean isOpen()
        {
            return channel.isActive();
        }
    }

    private final LoopbackListener listener;
    private final int port;
    private final String path;
    private final Script script;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final List<Connection> connections = Collections.synchronizedList(new ArrayList<>());
    private final BlockingQueue<Connection> opened = new LinkedBlockingQueue<>();
    private volatile boolean answerPings = true;
    private volatile int rejectStatus;
    private volatile int pingsSeen;

    private LocalWebSocketServer(final String path, final Script script)
    {
        this.path = path;
        this.script = script;
        final WebSocketServerProtocolConfig config = WebSocketServerProtocolConfig.newBuilder()
            .websocketPath(path)
            .maxFramePayloadLength(1 << 20)
            .dropPongFrames(true)
            .sendCloseFrame(null)
            .build();
        listener = new LoopbackListener(ch -> ch.pipeline().addLast(
            new HttpServerCodec(),
            new HttpObjectAggregator(65536),
            new UpgradeGate(),
            new PingGate(),
            new WebSocketServerProtocolHandler(config),
            new Frames()));
        port = listener.port;
    }

    public static LocalWebSocketServer start(final String path, final Script script)
    {
        return new LocalWebSocketServer(path, script);
    }

    /** ws://127.0.0.1:PORT/path */
    public String url()
    {
        return "ws://127.0.0.1:" + port + path;
    }

    public int port()
    {
        return port;
    }

    /** Every text message any client sent, in arrival order. */
    public BlockingQueue<String> received()
    {
        return received;
    }

    /** Waits for the next session to open (first connect, then each reconnect); null on timeout. */
    public Connection awaitOpen(final Duration timeout) throws InterruptedException
    {
        return opened.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sessions accepted so far. */
    public int sessionCount()
    {
        return connections.size();
    }

    /** false: pings get no pong (and are not passed on), to test a client's read deadline. */
    public void answerPings(final boolean answer)
    {
        this.answerPings = answer;
    }

    /** Pings received from clients so far. */
    public int pingsSeen()
    {
        return pingsSeen;
    }

    /** Non-zero: refuse the HTTP upgrade with this status (e.g. 401 for bad credentials). */
    public void rejectUpgrades(final int status)
    {
        this.rejectStatus = status;
    }

    @Override
    public void close()
    {
        synchronized (connections)
        {
            connections.forEach(c -> c.channel.close());
        }
        listener.close();
    }

    private final class UpgradeGate extends ChannelInboundHandlerAdapter
    {
        @Override
        public void channelRead(final ChannelHandlerContext ctx, final Object msg)
        {
            final int status = rejectStatus;
            if (status != 0 && msg instanceof FullHttpRequest)
            {
                ((FullHttpRequest)msg).release();
                final byte[] body = "{\"error\":\"unauthorized\"}".getBytes(StandardCharsets.UTF_8);
                final DefaultFullHttpResponse res = new DefaultFullHttpResponse(
                    HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(status), Unpooled.wrappedBuffer(body));
                res.headers().set(HttpHeaderNames.CONTENT_LENGTH, body.length);
                ctx.writeAndFlush(res).addListener(ChannelFutureListener.CLOSE);
                return;
            }
            ctx.fireChannelRead(msg);
        }
    }

    private final class PingGate extends ChannelInboundHandlerAdapter
    {
        @Override
        public void channelRead(final ChannelHandlerContext ctx, final Object msg)
        {
            if (msg instanceof PingWebSocketFrame)
            {
                pingsSeen++;
                if (!answerPings)
                {
                    ((PingWebSocketFrame)msg).release();
                    return;
                }
            }
            ctx.fireChannelRead(msg);
        }
    }

    private final class Frames extends SimpleChannelInboundHandler<WebSocketFrame>
    {
        private Connection connection;

        @Override
        public void userEventTriggered(final ChannelHandlerContext ctx, final Object evt) throws Exception
        {
            if (evt instanceof WebSocketServerProtocolHandler.HandshakeComplete)
            {
                connection = new Connection(ctx.channel(), connections.size() + 1);
                connections.add(connection);
                script.onOpen(connection);
                opened.add(connection);
            }
            else
            {
                super.userEventTriggered(ctx, evt);
            }
        }

        @Override
        protected void channelRead0(final ChannelHandlerContext ctx, final WebSocketFrame frame)
        {
            if (frame instanceof TextWebSocketFrame)
            {
                final String text = ((TextWebSocketFrame)frame).text();
                received.add(text);
                script.onText(connection, text);
            }
        }

        @Override
        public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause)
        {
            ctx.close();
        }
    }
}
