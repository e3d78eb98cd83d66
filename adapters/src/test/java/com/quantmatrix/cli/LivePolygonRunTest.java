package com.quantmatrix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.adapters.json.JsonNode;
import com.quantmatrix.adapters.testing.Fixtures;
import com.quantmatrix.adapters.testing.LocalHttpServer;
import com.quantmatrix.adapters.testing.LocalPolygonFeed;
import com.quantmatrix.adapters.testing.LocalWebSocketServer;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.journal.Journal;
import com.quantmatrix.engine.journal.JournalReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `run --source polygon` end to end, in a forked JVM with POLYGON_API_KEY set, against local Polygon
 * servers on 127.0.0.1: the REST backfill from the recorded daily aggregates (AAPL, 2005-04-01 and
 * 2005-04-04; the other symbols get Polygon's 404), the WebSocket feed speaking Polygon's protocol with
 * the recorded frames (AM, T, Q, A), the live clock, and Discord's system-status webhook. After a few
 * seconds SIGTERM: the shutdown hook stops the feed, drains and prints the summary; the journal holds
 * every input, and its replay prints the same state hash. Without the key: a clear message, exit 2.
 */
class LivePolygonRunTest
{
    private static final String KEY = "PolyKey_live_7c1d";
    private static final String WS_DATA = "[" + String.join(",", Fixtures.text("fixtures/polygon/websocket/stocks_AM.json"),
        Fixtures.text("fixtures/polygon/websocket/stocks_T.json"), Fixtures.text("fixtures/polygon/websocket/stocks_Q.json"),
        Fixtures.text("fixtures/polygon/websocket/stocks_A.json")) + "]";

    /** Polygon's side of the WebSocket: connected, auth (checks the key), subscribe acks, then the recorded data. */
    private static LocalWebSocketServer polygonFeed()
    {
        return LocalPolygonFeed.start(KEY, "[" + Fixtures.text("fixtures/polygon/websocket/status_AuthEvent.json").strip() + "]",
            "[{\"ev\":\"status\",\"status\":\"auth_failed\",\"message\":\"authentication failed\"}]", c -> c.send(WS_DATA));
    }

    private static String[] args(final Path journal, final LocalHttpServer rest, final LocalWebSocketServer ws)
    {
        return new String[] {"run", "--source", "polygon", "--json", "--journal", journal.toString(),
            "--set", "marketdata.universe=list", "--set", "marketdata.universe.symbols=AAPL,GTE,MSFT,SPCE",
            "--set", "marketdata.polygon.rest.url=" + rest.baseUrl(), "--set", "marketdata.polygon.ws.url=ws://127.0.0.1:" + ws.port(),
            "--set", "marketdata.polygon.plan.calls.per.minute=0", "--set", "marketdata.polygon.rest.max.attempts=1",
            "--set", "live.backfill.through=2005-04-04", "--set", "live.backfill.trading.days=2", "--set", "live.backfill.mode=symbol",
            "--set", "live.clock.interval.ms=100", "--set", "engine.maxSymbols=2048"};
    }

    @Test
    void runsOnTheLocalPolygonJournalsEveryInputAndReplaysToTheSameHash(@TempDir final Path tmp) throws Exception
    {
        final List<String> status = Collections.synchronizedList(new ArrayList<>());
        try (LocalHttpServer rest = LocalHttpServer.start();
             LocalHttpServer discord = LocalHttpServer.start();
             LocalWebSocketServer ws = polygonFeed())
        {
            rest.route("/v2/aggs/ticker/AAPL/range/1/day/2005-04-01/2005-04-04", Fixtures.bytes("fixtures/polygon/rest/aggs_range_AAPL_1_day.json"));
            discord.handle("/api/webhooks/9/status-token", req ->
            {
                status.add(JsonNode.parse(req.body()).get("embeds").elements().get(0).get("title").text() + " | "
                    + JsonNode.parse(req.body()).get("embeds").elements().get(0).get("description").text(""));
                return new LocalHttpServer.Reply(204, new byte[0], "application/json", Map.of());
            });
            final Path journal = tmp.resolve("live");
            final Process run = ForkedEngine.start(tmp.resolve("run.log"), Map.of("POLYGON_API_KEY", KEY,
                "DISCORD_WEBHOOK_SYSTEM_STATUS", discord.baseUrl() + "/api/webhooks/9/status-token"), args(journal, rest, ws));
            // wait for the feed to be subscribed and streaming, let the clock tick a while, then SIGTERM
            final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (ws.received().stream().noneMatch(m -> m.contains("subscribe")) && System.nanoTime() < deadline && run.isAlive())
            {
                Thread.sleep(50);
            }
            assertThat(ws.received()).as(Files.readString(tmp.resolve("run.log"))).anyMatch(m -> m.contains("\"action\":\"subscribe\""));
            Thread.sleep(1_500);
            run.toHandle().destroy(); // SIGTERM (and the pipes stay open): the shutdown hook stops the feed, drains, prints the summary
            final String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
            final String log = Files.readString(tmp.resolve("run.log"));
            // the test JVM's logback writes to stdout (the launcher's config/logback.xml writes to stderr): the summary is the last line
            final String json = out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElse("");
            assertThat(json).as(log + out).startsWith("{\"days\"");
            @SuppressWarnings("unchecked")
            final Map<String, Object> summary = (Map<String, Object>)Json.parse(json);
            assertThat(summary.get("faults")).isEqualTo(0.0);
            assertThat(summary.get("journal")).isEqualTo(journal.toAbsolutePath().toString());
            assertThat(log).contains("backfilled 2 daily bars (3 calls failed");
            assertThat(ws.received()).anyMatch(m -> m.contains("\"action\":\"auth\"") && m.contains(KEY));
            assertThat(ws.received()).anyMatch(m -> m.contains("AM.AAPL") && m.contains("AM.GTE") && m.contains("AM.MSFT") && m.contains("AM.SPCE"));

            // the journal: the backfill under reduce-only, then the feed's events numbered on after it, and the clock
            final List<String> market = new ArrayList<>();
            final List<String> admin = new ArrayList<>();
            final long[] clocks = {0, 0};
            try (Journal j = Journal.openForRead(journal))
            {
                final Map<Integer, String> names = new java.util.HashMap<>();
                JournalReader.readAll(j, new JournalReader.Visitor()
                {
                    @Override
                    public void onSymbol(final int id, final String name)
                    {
                        names.put(id, name);
                    }

                    @Override
                    public void onInput(final MarketEvent e)
                    {
                        if (e.source == MarketEvent.SOURCE_MARKET_DATA)
                        {
                            market.add(e.seq + " " + EventType.name(e.type) + " " + names.get(e.symbolId) + " " + e.close
                                + (e.type == EventType.BAR ? " " + e.barSeconds : ""));
                        }
                        else if (e.source == MarketEvent.SOURCE_ADMIN)
                        {
                            admin.add(com.quantmatrix.engine.event.AdminCommand.name(e.adminCommand) + " " + e.adminArg);
                        }
                        else if (e.source == MarketEvent.SOURCE_CLOCK)
                        {
                            assertThat(e.seq).isEqualTo(clocks[0] + 1);
                            clocks[0] = e.seq;
                            clocks[1]++;
                        }
                    }
                });
            }
            assertThat(market).containsExactly(
                "1 BAR AAPL 1.4604 86400", "2 BAR AAPL 1.4675 86400", // the recorded aggregates, 2005-04-01 and 2005-04-04
                "3 BAR GTE 0.4486 60", "4 TRADE MSFT 114.125", "5 QUOTE MSFT 0.0", "6 BAR SPCE 25.39 1");
            assertThat(admin).containsExactly("reduce-only 0", "resume 1");
            assertThat(clocks[1]).as("CLOCK events, one per 100 ms").isGreaterThan(5);
            assertThat(summary.get("events")).isEqualTo((double)(6 + 2 + clocks[1]));

            assertThat(status).anyMatch(s -> s.startsWith("OK: engine | live: 4 symbols, venue paper, trading RUNNING"));
            assertThat(status).anyMatch(s -> s.startsWith("OK: heartbeat | RUNNING;"));
            assertThat(status).anyMatch(s -> s.equals("WARN: engine | stopped"));

            // the replay of the journal: the same state hash, the same decisions
            final CliRun replay = CliRun.run("replay", journal.toString(), "--json");
            assertThat(replay.exitCode).as(replay.err).isZero();
            @SuppressWarnings("unchecked")
            final Map<String, Object> r = (Map<String, Object>)Json.parse(replay.out.strip());
            assertThat(r.get("stateHash")).isEqualTo(summary.get("stateHash"));
            assertThat(r.get("decisionsMatchJournal")).isEqualTo(true);
        }
    }

    @Test
    void withoutTheKeyItSaysSoAndExitsTwo(@TempDir final Path tmp) throws Exception
    {
        final Process run = ForkedEngine.start(tmp.resolve("nokey.log"), Map.of("POLYGON_API_KEY", ""),
            "run", "--source", "polygon", "--journal", tmp.resolve("j").toString());
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).isEqualTo(2);
        assertThat(Files.readString(tmp.resolve("nokey.log")))
            .contains("POLYGON_API_KEY is not set: live Polygon.io data needs an API key");
        assertThat(Files.exists(tmp.resolve("j"))).as("nothing started").isFalse();
    }
}
