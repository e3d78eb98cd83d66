package com.quantmatrix.adapters.tastytrade;

import com.quantmatrix.adapters.json.JsonNode;
import com.quantmatrix.adapters.json.MalformedJsonException;
import com.quantmatrix.adapters.net.FaultKind;
import com.quantmatrix.adapters.net.Redactor;
import com.quantmatrix.adapters.net.WsClient;
import com.quantmatrix.adapters.net.WsListener;
import com.quantmatrix.adapters.net.WsSettings;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * tastytrade's account streamer: order updates (and fills) pushed as they happen. On every
 * (re)connect it sends {@code connect} with the account numbers and the current auth token, then a
 * heartbeat on an interval. Order notifications are parsed here (I/O thread) and queued for the
 * venue's thread, which owns all order state. {@link #isStreaming()} is true only between the
 * server's "ok" to connect and the next disconnect: otherwise the venue polls.
 */
public final class AccountStreamer implements WsListener, AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(AccountStreamer.class);

    private final List<String> accounts;
    private final Supplier<String> authToken;
    private final Queue<TastyOrder> updates = new ConcurrentLinkedQueue<>();
    private final AtomicLong requestId = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicLong answers = new AtomicLong();
    private final Heartbeat heartbeat;
    private final WsClient client;
    private volatile boolean streaming;
    private volatile int connects;

    public AccountStreamer(final WsSettings settings, final List<String> accounts, final Supplier<String> authToken, final Duration heartbeatEvery)
    {
        this.accounts = List.copyOf(accounts);
        this.authToken = authToken;
        this.client = new WsClient(settings, this);
        this.heartbeat = new Heartbeat("qm-tastytrade-heartbeat", heartbeatEvery, this::sendHeartbeat);
    }

    public void start()
    {
        client.start();
    }

    /** Connected and subscribed: order updates arrive here; otherwise the venue must poll. */
    public boolean isStreaming()
    {
        return streaming;
    }

    /** Successful subscriptions so far (a change means a reconnect: updates may have been missed). */
    public int connects()
    {
        return connects;
    }

    /** Next order update, or null. Called by the venue's thread. */
    public TastyOrder poll()
    {
        return updates.poll();
    }

    /** Messages read from the server so far (heartbeat replies included): the broker's signs of life. */
    public long answers()
    {
        return answers.get();
    }

    /** Messages that could not be read. */
    public long malformed()
    {
        return malformed.get();
    }

    @Override
    public void onConnected(final WsClient ws)
    {
        final String token = authToken.get();
        ws.send(TastytradeLogin.json(g ->
        {
            g.writeStringField("action", "connect");
            g.writeArrayFieldStart("value");
            for (final String a : accounts)
            {
                g.writeString(a);
            }
            g.writeEndArray();
            g.writeStringField("auth-token", token);
            g.writeNumberField("request-id", requestId.incrementAndGet());
        }));
    }

    @Override
    public void onText(final ByteBuf utf8)
    {
        final JsonNode msg;
        try
        {
            msg = JsonNode.parse(utf8.toString(StandardCharsets.UTF_8));
        }
        catch (final MalformedJsonException ex)
        {
            malformed.incrementAndGet();
            LOG.warn("account streamer: unreadable message ({})", ex.getMessage());
            return;
        }
        answers.incrementAndGet();
        if ("Order".equals(msg.get("type").text()))
        {
            updates.add(TastyOrder.from(msg.get("data")));
            return;
        }
        final String action = msg.get("action").text();
        final String status = msg.get("status").text();
        if ("connect".equals(action))
        {
            if ("ok".equals(status))
            {
                streaming = true;
                connects++;
                LOG.info("account streamer subscribed to {} account(s)", accounts.size());
            }
            else
            {
                streaming = false;
                LOG.warn("account streamer refused the subscription: {}; polling order status instead",
                    Redactor.redact(msg.get("message").text("no reason given")));
            }
        }
        else if ("error".equals(status))
        {
            LOG.warn("account streamer error on {}: {}", action, Redactor.redact(msg.get("message").text("no reason given")));
        }
    }

    @Override
    public void onDisconnected(final String reason, final boolean willReconnect)
    {
        streaming = false;
        LOG.warn("account streamer disconnected ({}); {}", reason, willReconnect ? "reconnecting, polling meanwhile" : "polling from now on");
    }

    @Override
    public void onFault(final FaultKind kind, final String detail)
    {
        if (kind == FaultKind.MALFORMED)
        {
            malformed.incrementAndGet();
        }
    }

    private void sendHeartbeat()
    {
        if (!client.isConnected())
        {
            return;
        }
        final String token = authToken.get();
        client.send(TastytradeLogin.json(g ->
        {
            g.writeStringField("action", "heartbeat");
            g.writeStringField("auth-token", token);
            g.writeNumberField("request-id", requestId.incrementAndGet());
        }));
    }

    @Override
    public void close()
    {
        heartbeat.close();
        client.close();
    }
}
