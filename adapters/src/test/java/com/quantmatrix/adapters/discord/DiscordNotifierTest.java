package com.quantmatrix.adapters.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.adapters.json.JsonNode;
import com.quantmatrix.adapters.testing.Fixtures;
import com.quantmatrix.adapters.testing.LocalHttpServer;
import com.quantmatrix.adapters.testing.LocalHttpServer.Reply;
import com.quantmatrix.adapters.testing.LogCapture;
import com.quantmatrix.engine.config.Config;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** The notifier against local webhooks that rate-limit, vanish and answer slowly. */
class DiscordNotifierTest
{
    private static final Instant T = Instant.parse("2024-03-15T14:31:00Z");

    /** One webhook: records the embed title of every accepted post, with its arrival time; {@code reply} decides per request number. */
    private static final class Hook
    {
        final List<String> accepted = Collections.synchronizedList(new ArrayList<>());
        final List<Long> acceptedAt = Collections.synchronizedList(new ArrayList<>());
        final List<Long> requestAt = Collections.synchronizedList(new ArrayList<>());
        final String path;

        Hook(final LocalHttpServer server, final String path, final IntFunction<Reply> reply)
        {
            this.path = path;
            server.handle(path, req ->
            {
                requestAt.add(System.nanoTime());
                final Reply r = reply.apply(requestAt.size());
                if (r.status() == 204)
                {
                    final JsonNode body = JsonNode.parse(req.body());
                    accepted.add(body.get("embeds").elements().get(0).get("title").text());
                    acceptedAt.add(System.nanoTime());
                }
                return r;
            });
        }
    }

    private static Reply ok()
    {
        return new Reply(204, new byte[0], "application/json", Map.of("X-RateLimit-Limit", "5", "X-RateLimit-Remaining", "4",
            "X-RateLimit-Reset-After", "1.0", "X-RateLimit-Bucket", "abcd1234"));
    }

    /** The recorded 429 (user scope) reply, with retry_after shortened from 64.57 s so the test is quick. */
    private static Reply tooMany(final double retryAfter, final boolean global)
    {
        final String body = Fixtures.text(global ? "fixtures/discord/429_global_rate_limit.body.json" : "fixtures/discord/429_user_rate_limit.body.json")
            .replace("64.57", Double.toString(retryAfter));
        return new Reply(429, body.getBytes(StandardCharsets.UTF_8), "application/json",
            Map.of("Retry-After", "1", "X-RateLimit-Scope", global ? "global" : "user"));
    }

    private static DiscordMessage msg(final DiscordChannel c, final String title)
    {
        return DiscordMessage.of(c, Embed.builder().title(title).description("d").color(DiscordEmbeds.BLUE).timestamp(T).build());
    }

    private static DiscordSettings settings(final int capacity)
    {
        return DiscordSettings.from(Config.of(Map.of("discord.queue-capacity", Integer.toString(capacity),
            "discord.retry-backoff-ms", "20", "discord.request-timeout-ms", "5000")));
    }

    @Test
    void a429WithRetryAfterThenSuccessDeliversEveryMessageOnceInOrder() throws Exception
    {
        try (LocalHttpServer server = LocalHttpServer.start())
        {
            final Hook hook = new Hook(server, "/api/webhooks/1001/tokSignalsAbc", n -> n == 2 ? tooMany(0.3, false) : ok());
            final Map<DiscordChannel, String> urls = new EnumMap<>(DiscordChannel.class);
            urls.put(DiscordChannel.SIGNALS, server.baseUrl() + hook.path);
            try (DiscordNotifier n = new DiscordNotifier(urls, settings(64)))
            {
                n.start();
                for (int i = 1; i <= 5; i++)
                {
                    assertThat(n.post(msg(DiscordChannel.SIGNALS, "m" + i))).isTrue();
                }
                assertThat(n.flush(Duration.ofSeconds(10))).isTrue();
                assertThat(hook.accepted).containsExactly("m1", "m2", "m3", "m4", "m5");
                assertThat(hook.requestAt).hasSize(6);
                assertThat(hook.requestAt.get(2) - hook.requestAt.get(1)).as("waited retry_after").isGreaterThanOrEqualTo(300_000_000L);
                assertThat(n.sent()).isEqualTo(5);
                assertThat(n.rateLimited()).isEqualTo(1);
                assertThat(n.dropped()).isZero();
            }
        }
    }

    @Test
    void anEmptyBucketWaitsResetAfterAndAGlobalLimitPausesEveryChannel() throws Exception
    {
        try (LocalHttpServer server = LocalHttpServer.start())
        {
            final Hook signals = new Hook(server, "/api/webhooks/1/tokA1234", n -> n == 1
                ? new Reply(204, new byte[0], "application/json", Map.of("X-RateLimit-Remaining", "0", "X-RateLimit-Reset-After", "0.4"))
                : ok());
            final Hook digest = new Hook(server, "/api/webhooks/2/tokB1234", n -> n == 1 ? tooMany(0.5, true) : ok());
            final Map<DiscordChannel, String> urls = new EnumMap<>(DiscordChannel.class);
            urls.put(DiscordChannel.SIGNALS, server.baseUrl() + signals.path);
            urls.put(DiscordChannel.PORTFOLIO_DIGEST, server.baseUrl() + digest.path);
            try (DiscordNotifier n = new DiscordNotifier(urls, settings(64)))
            {
                n.post(msg(DiscordChannel.SIGNALS, "s1"));
                n.post(msg(DiscordChannel.SIGNALS, "s2"));
                n.start();
                assertThat(n.flush(Duration.ofSeconds(10))).isTrue();
                assertThat(signals.requestAt.get(1) - signals.requestAt.get(0)).as("bucket empty: wait Reset-After").isGreaterThanOrEqualTo(400_000_000L);

                final long before = System.nanoTime();
                n.post(msg(DiscordChannel.PORTFOLIO_DIGEST, "d1"));
                n.post(msg(DiscordChannel.SIGNALS, "s3"));
                assertThat(n.flush(Duration.ofSeconds(10))).isTrue();
                assertThat(digest.accepted).containsExactly("d1");
                assertThat(signals.accepted).containsExactly("s1", "s2", "s3");
                // s3 went out after the global pause that d1's 429 started (and d1 went first: round robin from SIGNALS' successor).
                assertThat(signals.acceptedAt.get(2) - before).isGreaterThanOrEqualTo(500_000_000L);
            }
        }
    }

    @Test
    void a404DisablesThatChannelAndSaysSoOnSystemStatus() throws Exception
    {
        try (LocalHttpServer server = LocalHttpServer.start(); LogCapture log = new LogCapture())
        {
            final Hook playground = new Hook(server, "/api/webhooks/3/tokGone99",
                n -> Reply.json(404, "{\"message\": \"Unknown Webhook\", \"code\": 10015}"));
            final List<String> status = Collections.synchronizedList(new ArrayList<>());
            server.handle("/api/webhooks/4/tokStatus1", req ->
            {
                status.add(JsonNode.parse(req.body()).get("embeds").elements().get(0).get("description").text());
                return ok();
            });
            final Map<DiscordChannel, String> urls = new EnumMap<>(DiscordChannel.class);
            urls.put(DiscordChannel.PLAYGROUND, server.baseUrl() + playground.path);
            urls.put(DiscordChannel.SYSTEM_STATUS, server.baseUrl() + "/api/webhooks/4/tokStatus1");
            try (DiscordNotifier n = new DiscordNotifier(urls, settings(64)))
            {
                n.start();
                n.post(msg(DiscordChannel.PLAYGROUND, "p1"));
                n.post(msg(DiscordChannel.PLAYGROUND, "p2"));
                assertThat(n.flush(Duration.ofSeconds(10))).isTrue();
                n.post(msg(DiscordChannel.PLAYGROUND, "p3"));
                assertThat(n.flush(Duration.ofSeconds(10))).isTrue();
                assertThat(playground.requestAt).as("no second request to a dead webhook").hasSize(1);
                assertThat(n.disabledChannels()).containsExactly(DiscordChannel.PLAYGROUND);
                assertThat(status).singleElement().asString()
                    .contains("Channel PLAYGROUND disabled").contains("HTTP 404 Unknown Webhook (code 10015)").contains("DISCORD_WEBHOOK_PLAYGROUND");
                assertThat(log.all()).contains("discord PLAYGROUND (channel disabled): p2").contains("discord PLAYGROUND (channel disabled): p3");
                assertThat(log.all()).doesNotContain("tokGone99").doesNotContain("tokStatus1");
            }
        }
    }

    @Test
    void withoutUrlsMessagesGoToTheLogAndAFullQueueDropsInsteadOfBlocking() throws Exception
    {
        try (LogCapture log = new LogCapture())
        {
            try (DiscordNotifier n = new DiscordNotifier(Map.of(), settings(4)))
            {
                for (int i = 0; i < 10; i++)
                {
                    n.post(DiscordEmbeds.riskEvent("Daily loss limit", "Down 5.2% today", "SUSPEND", T));
                }
                assertThat(n.dropped()).as("capacity 4, sender not started").isEqualTo(6);
                n.start();
                assertThat(n.flush(Duration.ofSeconds(5))).isTrue();
                assertThat(n.logged()).isEqualTo(4);
                assertThat(log.all()).contains("discord SIGNALS (no webhook set): Risk: Daily loss limit: Down 5.2% today; Action=SUSPEND");
            }
        }
    }

    @Test
    void oversizedMessagesAreFittedBeforeSendingAndA400IsDroppedNotRetried() throws Exception
    {
        try (LocalHttpServer server = LocalHttpServer.start())
        {
            final List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
            final int[] calls = {0};
            server.handle("/api/webhooks/5/tokBrew123", req ->
            {
                calls[0]++;
                if (calls[0] == 1)
                {
                    return new Reply(400, Fixtures.bytes("fixtures/discord/400_invalid_form_body_array_error.json"), "application/json", Map.of());
                }
                final JsonNode e = JsonNode.parse(req.body()).get("embeds").elements().get(0);
                int total = e.get("title").text("").length() + e.get("description").text("").length();
                for (final JsonNode f : e.get("fields").elements())
                {
                    total += f.get("name").text().length() + f.get("value").text().length();
                }
                sizes.add(total);
                return ok();
            });
            final Embed.Builder big = Embed.builder().title("Morning brew").description("x".repeat(5000));
            for (int i = 0; i < 40; i++)
            {
                big.field("f" + i, "v".repeat(1500));
            }
            try (DiscordNotifier n = new DiscordNotifier(Map.of(DiscordChannel.MORNING_BREW, server.baseUrl() + "/api/webhooks/5/tokBrew123"), settings(8)))
            {
                n.start();
                n.post(msg(DiscordChannel.MORNING_BREW, "refused"));
                n.post(DiscordMessage.of(DiscordChannel.MORNING_BREW, big.build()));
                assertThat(n.flush(Duration.ofSeconds(10))).isTrue();
                assertThat(calls[0]).isEqualTo(2);
                assertThat(n.dropped()).isEqualTo(1);
                assertThat(sizes).singleElement().satisfies(s -> assertThat(s).isLessThanOrEqualTo(6000));
            }
        }
    }
}
