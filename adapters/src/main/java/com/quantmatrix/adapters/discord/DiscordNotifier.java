package com.quantmatrix.adapters.discord;

import com.quantmatrix.adapters.json.JsonNode;
import com.quantmatrix.adapters.json.MalformedJsonException;
import com.quantmatrix.adapters.net.Redactor;
import com.quantmatrix.adapters.net.RestClient;
import com.quantmatrix.adapters.net.RestException;
import com.quantmatrix.adapters.net.RestSettings;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.agrona.concurrent.ManyToOneConcurrentArrayQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts messages to the five Discord channels from one sender thread, so a slow or failing Discord
 * never slows the caller: {@link #post} only offers to a bounded lock-free queue (a full queue drops
 * the message and counts it). Per channel the order is kept and each message is sent once; a
 * channel waiting out a rate limit does not hold up the others.
 * <ul>
 * <li>rate limits: X-RateLimit-Remaining 0 waits X-RateLimit-Reset-After; a 429 waits the body's
 * retry_after and sends the same message again; a global 429 pauses every channel;</li>
 * <li>size limits: every message is fitted ({@link DiscordLimits}) before it is sent;</li>
 * <li>a 404 (unknown webhook) or 401/403 disables that channel for the run and says so on SYSTEM_STATUS;</li>
 * <li>5xx or no answer: retried with doubling pauses, then dropped with a log line (a reply lost
 * after Discord stored the message can show it twice: Discord offers no idempotency key);</li>
 * <li>a channel without a webhook URL writes its messages to the log.</li>
 * </ul>
 * Webhook URLs are secrets (the token is in the path): they are registered with the
 * {@link Redactor} and never logged.
 */
public final class DiscordNotifier implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(DiscordNotifier.class);
    private static final long IDLE_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    /** One channel's webhook and its queue. Sender thread only. */
    private static final class Webhook
    {
        final DiscordChannel channel;
        final RestClient rest;
        final String path;
        final ArrayDeque<DiscordMessage> pending = new ArrayDeque<>();
        long readyAtNanos;
        int failures;
        boolean disabled;

        Webhook(final DiscordChannel channel, final RestClient rest, final String path)
        {
            this.channel = channel;
            this.rest = rest;
            this.path = path;
        }
    }

    private final DiscordSettings settings;
    private final Map<DiscordChannel, Webhook> hooks = new EnumMap<>(DiscordChannel.class);
    private final ManyToOneConcurrentArrayQueue<DiscordMessage> inbound;
    private final Set<DiscordChannel> disabled = java.util.Collections.synchronizedSet(EnumSet.noneOf(DiscordChannel.class));
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicLong logged = new AtomicLong();
    private final Thread sender;
    private volatile boolean running;
    /** Messages posted and not yet sent, logged or dropped: what {@link #flush} waits for. */
    private final java.util.concurrent.atomic.AtomicInteger outstanding = new java.util.concurrent.atomic.AtomicInteger();
    private long globalReadyAtNanos;
    private int nextChannel;

    public DiscordNotifier(final Map<DiscordChannel, String> webhookUrls, final DiscordSettings settings)
    {
        this.settings = settings;
        this.inbound = new ManyToOneConcurrentArrayQueue<>(settings.queueCapacity);
        final Map<String, RestClient> byOrigin = new HashMap<>();
        for (final Map.Entry<DiscordChannel, String> e : webhookUrls.entrySet())
        {
            final String url = e.getValue();
            if (url == null || url.isBlank())
            {
                continue;
            }
            registerSecret(url);
            final URI uri;
            try
            {
                uri = URI.create(url.trim());
            }
            catch (final IllegalArgumentException ex)
            {
                LOG.error("{} is not a URL: that channel's messages go to the log", e.getKey().envVar());
                continue;
            }
            if (uri.getScheme() == null || uri.getHost() == null || !uri.getScheme().startsWith("http"))
            {
                LOG.error("{} is not an http(s) URL: that channel's messages go to the log", e.getKey().envVar());
                continue;
            }
            final String origin = uri.getScheme() + "://" + uri.getRawAuthority();
            final RestClient rest = byOrigin.computeIfAbsent(origin, o -> new RestClient(RestSettings.builder(o)
                .userAgent("quantmatrix/0.1.0")
                .requestTimeout(settings.requestTimeout)
                .connectTimeout(settings.requestTimeout)
                .maxAttempts(1)
                .build()));
            final String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            hooks.put(e.getKey(), new Webhook(e.getKey(), rest, path));
        }
        this.sender = new Thread(this::run, "qm-discord");
        this.sender.setDaemon(true);
        if (hooks.isEmpty())
        {
            LOG.info("no Discord webhook set: notifications go to the log");
        }
    }

    /** Reads the five DISCORD_WEBHOOK_* variables. */
    public static DiscordNotifier fromEnvironment(final DiscordSettings settings)
    {
        final Map<DiscordChannel, String> urls = new EnumMap<>(DiscordChannel.class);
        for (final DiscordChannel c : DiscordChannel.values())
        {
            final String url = Redactor.envSecret(c.envVar());
            if (url != null)
            {
                urls.put(c, url);
            }
        }
        return new DiscordNotifier(urls, settings);
    }

    /** The URL and its token segment are secrets. */
    private static void registerSecret(final String url)
    {
        Redactor.register(url.trim());
        final String[] parts = url.trim().split("/");
        if (parts.length > 0)
        {
            Redactor.register(parts[parts.length - 1].split("\\?")[0]);
        }
    }

    public void start()
    {
        running = true;
        sender.start();
    }

    /** Queues a message; false (and counted) when the queue is full. Never blocks, never does I/O. */
    public boolean post(final DiscordMessage message)
    {
        outstanding.incrementAndGet(); // before the queue, so flush() never sees it nowhere
        if (inbound.offer(message))
        {
            return true;
        }
        outstanding.decrementAndGet();
        dropped.incrementAndGet();
        return false;
    }

    public long sent()
    {
        return sent.get();
    }

    /** Dropped: queue full, channel disabled, refused (400) or out of attempts. */
    public long dropped()
    {
        return dropped.get();
    }

    public long rateLimited()
    {
        return rateLimited.get();
    }

    /** Written to the log because the channel has no webhook (or was disabled). */
    public long logged()
    {
        return logged.get();
    }

    /** Channels switched off after their webhook was refused (404, 401, 403). */
    public Set<DiscordChannel> disabledChannels()
    {
        synchronized (disabled)
        {
            return EnumSet.copyOf(disabled.isEmpty() ? EnumSet.noneOf(DiscordChannel.class) : disabled);
        }
    }

    /** Waits until every queued message was sent, logged or dropped; false on timeout. */
    public boolean flush(final Duration timeout)
    {
        final long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end)
        {
            if (outstanding.get() == 0)
            {
                return true;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
        return false;
    }

    @Override
    public void close()
    {
        flush(Duration.ofSeconds(2));
        running = false;
        LockSupport.unpark(sender);
        try
        {
            sender.join(5_000);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------ sender thread

    private void run()
    {
        while (running)
        {
            try
            {
                distribute();
                final long now = System.nanoTime();
                final Webhook w = nextReady(now);
                if (w != null)
                {
                    send(w);
                    continue;
                }
                LockSupport.parkNanos(Math.max(1, Math.min(IDLE_PARK_NANOS, earliestReady(now) - now)));
            }
            catch (final RuntimeException ex)
            {
                LOG.error("Discord sender: {}", Redactor.redact(String.valueOf(ex)));
            }
        }
    }

    /** Moves queued messages to their channel; channels without a live webhook log them. */
    private void distribute()
    {
        DiscordMessage m;
        while ((m = inbound.poll()) != null)
        {
            final Webhook w = hooks.get(m.channel());
            if (w == null || w.disabled)
            {
                logInstead(m, w == null ? "no webhook set" : "channel disabled");
            }
            else
            {
                w.pending.add(m);
            }
        }
    }

    private void logInstead(final DiscordMessage m, final String why)
    {
        outstanding.decrementAndGet();
        logged.incrementAndGet();
        LOG.info("discord {} ({}): {}", m.channel(), why, Redactor.redact(m.summary()));
    }

    /** Round-robin over channels with a message and no rate limit in force. */
    private Webhook nextReady(final long now)
    {
        if (now < globalReadyAtNanos)
        {
            return null;
        }
        final DiscordChannel[] all = DiscordChannel.values();
        for (int i = 0; i < all.length; i++)
        {
            final Webhook w = hooks.get(all[(nextChannel + i) % all.length]);
            if (w != null && !w.pending.isEmpty() && now >= w.readyAtNanos)
            {
                nextChannel = (nextChannel + i + 1) % all.length;
                return w;
            }
        }
        return null;
    }

    private long earliestReady(final long now)
    {
        long t = now + IDLE_PARK_NANOS;
        for (final Webhook w : hooks.values())
        {
            if (!w.pending.isEmpty())
            {
                t = Math.min(t, Math.max(w.readyAtNanos, globalReadyAtNanos));
            }
        }
        return t;
    }

    private void send(final Webhook w)
    {
        final DiscordMessage m = w.pending.peek();
        final byte[] body = DiscordJson.body(DiscordLimits.fit(m), settings.username).getBytes(StandardCharsets.UTF_8);
        try
        {
            w.rest.sendWithHeaders("POST", w.path, body, "application/json", false, (status, headers, bytes) ->
            {
                honourBucket(w, headers);
                return status;
            });
            w.pending.poll();
            outstanding.decrementAndGet();
            w.failures = 0;
            sent.incrementAndGet();
        }
        catch (final RestException ex)
        {
            failed(w, m, ex);
        }
        distribute();
    }

    /** Remaining 0: wait Reset-After before this webhook's next post. */
    private static void honourBucket(final Webhook w, final HttpHeaders headers)
    {
        final String remaining = headers.firstValue("X-RateLimit-Remaining").orElse(null);
        if ("0".equals(remaining))
        {
            w.readyAtNanos = System.nanoTime() + seconds(headers.firstValue("X-RateLimit-Reset-After").orElse("1"));
        }
    }

    private void failed(final Webhook w, final DiscordMessage m, final RestException ex)
    {
        final int status = ex.status();
        final long now = System.nanoTime();
        if (status == 429)
        {
            rateLimited.incrementAndGet();
            final JsonNode body = errorBody(ex);
            final long wait = seconds(body.get("retry_after").text("1"));
            if (wait > settings.maxRetryAfter.toNanos())
            {
                drop(w, "rate limited for longer than discord.max-retry-after-seconds");
                return;
            }
            if (body.get("global").bool(false))
            {
                globalReadyAtNanos = now + wait;
                LOG.warn("Discord global rate limit: every channel waits {} ms", TimeUnit.NANOSECONDS.toMillis(wait));
            }
            else
            {
                w.readyAtNanos = now + wait;
            }
            return;
        }
        if (status == 404 || status == 401 || status == 403)
        {
            disable(w, status, errorBody(ex));
            return;
        }
        if (status >= 400 && status < 500)
        {
            final JsonNode body = errorBody(ex);
            LOG.error("Discord refused a {} message (HTTP {} code {}: {}); dropped", w.channel, status, body.get("code").text("?"),
                Redactor.redact(body.get("message").text("no message")));
            dropped.incrementAndGet();
            if (w.pending.poll() != null)
            {
                outstanding.decrementAndGet();
            }
            return;
        }
        w.failures++;
        if (w.failures >= settings.maxAttempts)
        {
            drop(w, "no answer after " + w.failures + " attempts: " + ex.getMessage());
            return;
        }
        w.readyAtNanos = now + settings.retryBackoff.toNanos() * (1L << Math.min(10, w.failures - 1));
    }

    private void drop(final Webhook w, final String why)
    {
        final DiscordMessage m = w.pending.poll();
        if (m != null)
        {
            outstanding.decrementAndGet();
        }
        w.failures = 0;
        dropped.incrementAndGet();
        LOG.error("Discord {} message dropped ({}): {}", w.channel, Redactor.redact(why), Redactor.redact(m == null ? "" : m.summary()));
    }

    /** The webhook is gone or refused: stop using it (repeated 404s get the sender restricted) and tell SYSTEM_STATUS. */
    private void disable(final Webhook w, final int status, final JsonNode body)
    {
        w.disabled = true;
        disabled.add(w.channel);
        final String why = "HTTP " + status + " " + body.get("message").text(status == 404 ? "Unknown Webhook" : "refused")
            + " (code " + body.get("code").text("?") + ")";
        LOG.error("Discord channel {} disabled: its webhook was refused ({}); check {}", w.channel, why, w.channel.envVar());
        DiscordMessage m;
        while ((m = w.pending.poll()) != null)
        {
            logInstead(m, "channel disabled");
        }
        if (w.channel != DiscordChannel.SYSTEM_STATUS)
        {
            post(DiscordEmbeds.systemStatus("discord", DiscordEmbeds.Status.ERROR,
                "Channel " + w.channel + " disabled: its webhook was refused (" + why + "). Check " + w.channel.envVar() + ".",
                Instant.now()));
        }
    }

    private static JsonNode errorBody(final RestException ex)
    {
        try
        {
            return JsonNode.parse(new String(ex.body(), StandardCharsets.UTF_8));
        }
        catch (final MalformedJsonException notJson)
        {
            return JsonNode.MISSING;
        }
    }

    /** Seconds with decimals ("64.57") to nanos; unreadable counts as one second. */
    private static long seconds(final String text)
    {
        try
        {
            return (long)(Double.parseDouble(text.trim()) * 1e9);
        }
        catch (final NumberFormatException ex)
        {
            return TimeUnit.SECONDS.toNanos(1);
        }
    }
}
