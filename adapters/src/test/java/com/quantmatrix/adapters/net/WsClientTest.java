package com.quantmatrix.adapters.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.quantmatrix.adapters.testing.LocalWebSocketServer;

import io.netty.buffer.ByteBuf;
import org.junit.jupiter.api.Test;

/** The Netty WebSocket client against a real local WebSocket server. */
class WsClientTest
{
    /** Records everything the client reports, as text lines. */
    private static final class Recorder implements WsListener
    {
        final BlockingQueue<String> events = new LinkedBlockingQueue<>();
        final BlockingQueue<String> texts = new LinkedBlockingQueue<>();

        @Override
        public void onConnected(final WsClient client)
        {
            events.add("connected");
            client.send("{\"action\":\"hello\"}");
        }

        @Override
        public void onText(final ByteBuf utf8)
        {
            texts.add(utf8.toString(StandardCharsets.UTF_8));
        }

        @Override
        public void onDisconnected(final String reason, final boolean willReconnect)
        {
            events.add("disconnected " + willReconnect + " " + reason);
        }

        @Override
        public void onFault(final FaultKind kind, final String detail)
        {
            events.add("fault " + kind);
        }

        String next() throws InterruptedException
        {
            final String e = events.poll(5, TimeUnit.SECONDS);
            assertThat(e).as("expected an event within 5 s").isNotNull();
            return e;
        }
    }

    private static WsSettings.Builder settings(final String url)
    {
        return WsSettings.builder(url)
            .reconnect(Duration.ofMillis(20), Duration.ofMillis(100))
            .jitterSeed(3)
            .pingInterval(Duration.ofMillis(100))
            .readDeadline(Duration.ofSeconds(2));
    }

    @Test
    void connectsExchangesTextAndReconnectsAfterADrop() throws Exception
    {
        try (LocalWebSocketServer server = LocalWebSocketServer.start("/stocks", new LocalWebSocketServer.Script()
        {
            @Override
            public void onText(final LocalWebSocketServer.Connection c, final String text)
            {
                c.send("[{\"ev\":\"status\",\"status\":\"connected\",\"n\":" + c.index() + "}]");
            }
        }))
        {
            final Recorder r = new Recorder();
            try (WsClient client = new WsClient(settings(server.url()).build(), r))
            {
                client.start();
                assertThat(r.next()).isEqualTo("connected");
                assertThat(r.texts.poll(5, TimeUnit.SECONDS)).isEqualTo("[{\"ev\":\"status\",\"status\":\"connected\",\"n\":1}]");
                assertThat(server.received().poll(5, TimeUnit.SECONDS)).isEqualTo("{\"action\":\"hello\"}");

                server.awaitOpen(Duration.ofSeconds(1)).drop();
                assertThat(r.next()).isEqualTo("fault CONNECTION");
                assertThat(r.next()).isEqualTo("disconnected true connection dropped by peer");
                assertThat(r.next()).isEqualTo("connected");
                assertThat(r.texts.poll(5, TimeUnit.SECONDS)).contains("\"n\":2");
                assertThat(client.sessionCount()).isEqualTo(2);
                assertThat(client.faults().get(FaultKind.CONNECTION)).isEqualTo(1);
            }
        }
    }

    @Test
    void missedPongDeadlineDropsAndReconnects() throws Exception
    {
        try (LocalWebSocketServer server = LocalWebSocketServer.start("/ws", new LocalWebSocketServer.Script() { }))
        {
            server.answerPings(false);
            final Recorder r = new Recorder();
            try (WsClient client = new WsClient(settings(server.url()).readDeadline(Duration.ofMillis(400)).build(), r))
            {
                client.start();
                assertThat(r.next()).isEqualTo("connected");
                assertThat(r.next()).isEqualTo("fault TIMEOUT");
                assertThat(r.next()).isEqualTo("disconnected true read deadline missed");
                server.answerPings(true);
                assertThat(r.next()).isEqualTo("connected");
                assertThat(server.pingsSeen()).isGreaterThanOrEqualTo(2);
                assertThat(client.faults().get(FaultKind.TIMEOUT)).isEqualTo(1);
            }
        }
    }

    @Test
    void refusedUpgradeIsReportedAndRetriedUntilTheLimit() throws Exception
    {
        try (LocalWebSocketServer server = LocalWebSocketServer.start("/ws", new LocalWebSocketServer.Script() { }))
        {
            server.rejectUpgrades(401);
            final Recorder r = new Recorder();
            try (WsClient client = new WsClient(settings(server.url()).maxReconnectAttempts(2).build(), r))
            {
                client.start();
                String last = null;
                for (int i = 0; i < 20 && (last == null || !last.startsWith("disconnected false")); i++)
                {
                    last = r.next();
                }
                assertThat(last).startsWith("disconnected false");
                assertThat(client.sessionCount()).isZero();
                assertThat(client.faults().get(FaultKind.CONNECTION)).isEqualTo(3);
            }
        }
    }

    @Test
    void serverCloseCodeIsReportedAndStopEndsReconnecting() throws Exception
    {
        try (LocalWebSocketServer server = LocalWebSocketServer.start("/ws", new LocalWebSocketServer.Script() { }))
        {
            final Recorder r = new Recorder();
            try (WsClient client = new WsClient(settings(server.url()).build(), r))
            {
                client.start();
                assertThat(r.next()).isEqualTo("connected");
                server.awaitOpen(Duration.ofSeconds(1)).close(1008, "policy violation");
                assertThat(r.next()).isEqualTo("disconnected true server closed the session: 1008 policy violation");
                assertThat(r.next()).isEqualTo("connected");
                client.stop("shutting down");
                assertThat(r.next()).isEqualTo("disconnected false shutting down");
                Thread.sleep(200);
                assertThat(server.sessionCount()).isEqualTo(2);
                assertThat(client.isConnected()).isFalse();
            }
        }
    }
}
