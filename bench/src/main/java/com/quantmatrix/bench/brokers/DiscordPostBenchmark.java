package com.quantmatrix.bench.brokers;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.quantmatrix.adapters.discord.DiscordChannel;
import com.quantmatrix.adapters.discord.DiscordEmbeds;
import com.quantmatrix.adapters.discord.DiscordMessage;
import com.quantmatrix.adapters.discord.DiscordNotifier;
import com.quantmatrix.adapters.discord.DiscordSettings;
import com.quantmatrix.engine.config.Config;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a Discord notification costs the thread that posts it while Discord is stuck: the webhook
 * is a local socket that accepts and never answers, so the sender thread hangs on its request and
 * the queue fills. post() must stay a lock-free offer (then a counted drop) of tens of
 * nanoseconds, whatever Discord does. Run: {@code scripts/quantmatrix bench DiscordPost}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DiscordPostBenchmark
{
    private ServerSocket stuck;
    private final List<Socket> held = new ArrayList<>();
    private Thread acceptor;
    private DiscordNotifier notifier;
    private DiscordMessage message;

    @Setup(Level.Trial)
    public void setUp() throws IOException
    {
        stuck = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() ->
        {
            while (!stuck.isClosed())
            {
                try
                {
                    held.add(stuck.accept());
                }
                catch (final IOException closed)
                {
                    return;
                }
            }
        }, "stuck-webhook");
        acceptor.setDaemon(true);
        acceptor.start();
        notifier = new DiscordNotifier(Map.of(DiscordChannel.SIGNALS, "http://127.0.0.1:" + stuck.getLocalPort() + "/api/webhooks/1/benchtoken"),
            DiscordSettings.from(Config.of(Map.of("discord.queue-capacity", "4096", "discord.request-timeout-ms", "120000"))));
        notifier.start();
        message = DiscordEmbeds.riskEvent("Daily loss limit", "Down 5.2% today", "SUSPEND", Instant.EPOCH);
    }

    @Benchmark
    public boolean post()
    {
        return notifier.post(message);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException
    {
        stuck.close();
        for (final Socket s : held)
        {
            s.close();
        }
        notifier.close();
    }
}
