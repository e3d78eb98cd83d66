package com.quantmatrix.adapters.admin;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.string.StringDecoder;
import io.netty.handler.codec.string.StringEncoder;
import io.netty.handler.timeout.ReadTimeoutHandler;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The admin control port: Netty on the loopback interface only, one command per line,
 * {@code <token> <command> [flatten]}, one JSON line back. Commands: status, halt, resume,
 * reduce-only, stats. The token (from an environment variable, never logged) is required on every
 * command and compared in constant time. A wrong token, an unknown or malformed command, an overlong
 * line: each gets a clear error, is counted, and the connection stays usable; nothing sent here can
 * crash the engine.
 */
public final class AdminServer implements AutoCloseable
{
    public static final String TOKEN_ENV = "QM_ADMIN_TOKEN";
    private static final int MAX_LINE = 256;

    private final byte[] token;
    private final AdminHandler handler;
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final AtomicLong commands = new AtomicLong();
    private final AtomicLong badToken = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();
    private Channel channel;

    public AdminServer(final String token, final AdminHandler handler)
    {
        if (token == null || token.length() < 8)
        {
            throw new IllegalArgumentException("admin token must have at least 8 characters (set " + TOKEN_ENV + ")");
        }
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.handler = handler;
    }

    /** Binds 127.0.0.1:port (0 = an ephemeral port); returns the bound port. */
    public int start(final int port) throws InterruptedException
    {
        final CommandHandler commandHandler = new CommandHandler();
        final ServerBootstrap b = new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .childHandler(new ChannelInitializer<SocketChannel>()
            {
                @Override
                protected void initChannel(final SocketChannel ch)
                {
                    ch.pipeline().addLast(
                        new ReadTimeoutHandler(300),
                        new LineBasedFrameDecoder(MAX_LINE),
                        new StringDecoder(StandardCharsets.UTF_8),
                        new StringEncoder(StandardCharsets.UTF_8),
                        commandHandler);
                }
            });
        channel = b.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port)).sync().channel();
        return ((InetSocketAddress)channel.localAddress()).getPort();
    }

    public long commands()
    {
        return commands.get();
    }

    public long badTokens()
    {
        return badToken.get();
    }

    public long malformed()
    {
        return malformed.get();
    }

    @Override
    public void close()
    {
        if (channel != null)
        {
            channel.close().awaitUninterruptibly();
        }
        group.shutdownGracefully(0, 2, java.util.concurrent.TimeUnit.SECONDS).awaitUninterruptibly();
    }

    /** Parses one line and answers it. Package-visible for tests of the grammar. */
    String answer(final String rawLine)
    {
        final String line = rawLine.strip();
        final String[] words = line.split("\\s+");
        if (line.isEmpty() || words.length < 2 || words.length > 3)
        {
            malformed.incrementAndGet();
            return error("malformed command: expected '<token> <status|halt|resume|reduce-only|stats> [flatten]'");
        }
        if (!MessageDigest.isEqual(token, words[0].getBytes(StandardCharsets.UTF_8)))
        {
            badToken.incrementAndGet();
            return error("bad token");
        }
        final boolean flatten = words.length == 3 && "flatten".equals(words[2]);
        if (words.length == 3 && !flatten)
        {
            malformed.incrementAndGet();
            return error("unknown argument '" + printable(words[2]) + "' (only 'halt flatten' takes one)");
        }
        commands.incrementAndGet();
        switch (words[1])
        {
            case "status":
                return handler.status();
            case "halt":
                return handler.halt(flatten);
            case "resume":
                return handler.resume();
            case "reduce-only":
                return handler.reduceOnly();
            case "stats":
                return handler.stats();
            default:
                commands.decrementAndGet();
                malformed.incrementAndGet();
                return error("unknown command '" + printable(words[1]) + "'; commands: status, halt [flatten], resume, reduce-only, stats");
        }
    }

    private static String printable(final String s)
    {
        final StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(s.length(), 32); i++)
        {
            final char c = s.charAt(i);
            sb.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? c : '?');
        }
        return sb.toString();
    }

    static String error(final String message)
    {
        return "{\"ok\":false,\"error\":\"" + message.replace("\"", "'") + "\"}";
    }

    @ChannelHandler.Sharable
    private final class CommandHandler extends SimpleChannelInboundHandler<String>
    {
        @Override
        protected void channelRead0(final ChannelHandlerContext ctx, final String msg)
        {
            String reply;
            try
            {
                reply = answer(msg);
            }
            catch (final RuntimeException ex)
            {
                malformed.incrementAndGet();
                reply = error("command failed: " + ex.getClass().getSimpleName());
            }
            ctx.writeAndFlush(reply + "\n");
        }

        @Override
        public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause)
        {
            malformed.incrementAndGet();
            if (cause instanceof TooLongFrameException)
            {
                ctx.writeAndFlush(error("line too long (max " + MAX_LINE + " bytes)") + "\n");
                return;
            }
            ctx.close();
        }
    }
}
