package com.quantmatrix.adapters.live;

import com.quantmatrix.adapters.discord.DiscordChannel;
import com.quantmatrix.adapters.discord.DiscordNotifier;
import com.quantmatrix.adapters.discord.DiscordSettings;
import com.quantmatrix.adapters.json.JsonNode;
import com.quantmatrix.adapters.net.RestClient;
import com.quantmatrix.adapters.net.RestSettings;
import com.quantmatrix.adapters.polygon.PolygonRestClient;
import com.quantmatrix.adapters.testing.LocalHttpServer;
import com.quantmatrix.engine.Engine;
import com.quantmatrix.engine.EngineContext;
import com.quantmatrix.engine.EventPublisher;
import com.quantmatrix.engine.calendar.ExchangeCalendar;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.data.DailyReplaySource;
import com.quantmatrix.engine.data.DailySeries;
import com.quantmatrix.engine.data.LeanMinuteBars;
import com.quantmatrix.engine.data.MinuteReplaySource;
import com.quantmatrix.engine.data.ProjectPaths;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.journal.Journal;
import com.quantmatrix.engine.journal.JournalReader;
import com.quantmatrix.engine.universe.GroupedDailyJson;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.LongPredicate;

/**
 * A live engine on simulated time: the real Engine with the {@link Autopilot}'s time stages, a local
 * Discord webhook server recording every post, and a local Polygon REST server serving a grouped-daily
 * response built from the bundled real bars. Events are published the way a live run publishes them:
 * the warm-up (bundled daily bars) under reduce-only, then a day of LEAN minute bars merged with CLOCK
 * events, each source with its own sequence numbers.
 */
final class LiveHarness implements AutoCloseable
{
    static final DailyBarStore STORE = DailyBarStore.bundled();
    static final List<String> MINUTE_SYMBOLS = List.of("SPY", "AIG", "BAC", "IBM");

    /** One webhook post as Discord received it. */
    record Post(DiscordChannel channel, JsonNode body)
    {
        JsonNode embed(final int i)
        {
            return body.get("embeds").elements().get(i);
        }

        String title()
        {
            return embed(0).get("title").text();
        }

        String description()
        {
            return embed(0).get("description").text("");
        }

        String timestamp()
        {
            return embed(0).get("timestamp").text();
        }

        /** The first embed's fields, name to value, in order. */
        Map<String, String> fields()
        {
            return fields(0);
        }

        Map<String, String> fields(final int embed)
        {
            final Map<String, String> out = new LinkedHashMap<>();
            for (final JsonNode f : embed(embed).get("fields").elements())
            {
                out.put(f.get("name").text(), f.get("value").text());
            }
            return out;
        }
    }

    final Config config;
    final LocalHttpServer discord = LocalHttpServer.start();
    final LocalHttpServer polygon = LocalHttpServer.start();
    final List<Post> posts = java.util.Collections.synchronizedList(new ArrayList<>());
    final DiscordNotifier notifier;
    final Autopilot pilot;
    final Engine engine;
    final EventPublisher pub;
    private long marketSeq;
    private long clockSeq;
    /** The last CLOCK tick's time: the harness's "now" (what the chain job stamps its inputs with). */
    volatile long now;

    LiveHarness(final Path journal, final Map<String, String> overrides)
    {
        this(journal, overrides, false);
    }

    /** @param liveBroker as a live run with a remote broker: its reports (and HEARTBEATs) arm the broker-silence watch */
    LiveHarness(final Path journal, final Map<String, String> overrides, final boolean liveBroker)
    {
        this(journal, overrides, liveBroker, false);
    }

    /** @param chains as a live run: real option chains from the local Polygon server at 07:00 and the open */
    LiveHarness(final Path journal, final Map<String, String> overrides, final boolean liveBroker, final boolean chains)
    {
        final Map<String, String> o = new LinkedHashMap<>(overrides);
        o.putIfAbsent("journal.dir", journal.toString());
        o.putIfAbsent("engine.maxSymbols", "2048");
        config = Config.load(ProjectPaths.config(), ProjectPaths.config().resolve("profiles").resolve("live.properties"), null, o);
        final Map<DiscordChannel, String> hooks = new EnumMap<>(DiscordChannel.class);
        int n = 1;
        for (final DiscordChannel c : DiscordChannel.values())
        {
            final String path = "/api/webhooks/" + n++ + "/token-" + c.name().toLowerCase(java.util.Locale.ROOT);
            hooks.put(c, discord.baseUrl() + path);
            discord.handle(path, req ->
            {
                posts.add(new Post(c, JsonNode.parse(req.body())));
                return new LocalHttpServer.Reply(204, new byte[0], "application/json", Map.of());
            });
        }
        notifier = new DiscordNotifier(hooks, DiscordSettings.from(config));
        notifier.start();
        final PolygonRestClient rest = new PolygonRestClient(new RestClient(RestSettings.builder(polygon.baseUrl())
            .secretHeader("Authorization", "Bearer test-key-not-real").build()));
        pilot = Autopilot.live(config, ExchangeCalendar.usEquities(), notifier, day -> rest.groupedDailyBody(day, true), liveBroker);
        if (chains)
        {
            pilot.withChains(rest::optionChain, () -> now);
        }
        final EngineContext base = new EngineContext(config);
        final EngineContext ctx = base.withJournal(base.journal.withDir(journal));
        engine = new Engine(ctx, new SymbolTable(ctx.maxSymbols), null, pilot.timeStages());
        pilot.attach(engine);
        pub = engine.start();
        // a restart on the same journal numbers on after what it recovered
        marketSeq = Math.max(0, engine.lastSeq(MarketEvent.SOURCE_MARKET_DATA));
        clockSeq = Math.max(0, engine.lastSeq(MarketEvent.SOURCE_CLOCK));
    }

    /** Serves the bundled bars of {@code session} as Polygon's grouped daily response for that date. */
    void serveGroupedDaily(final int session)
    {
        final GroupedDailyJson json = new GroupedDailyJson(600);
        final long startMillis = DailyReplaySource.epochNanos(session, 0, 0) / 1_000_000L;
        for (final String s : new TreeSet<>(STORE.symbols()))
        {
            final DailyBarStore.Series b = STORE.series(s);
            final int i = Arrays.binarySearch(b.date, session);
            if (i >= 0)
            {
                json.row(s, b.open[i], b.high[i], b.low[i], b.close[i], b.volume[i], Double.NaN, startMillis, -1);
            }
        }
        polygon.route("/v2/aggs/grouped/locale/us/market/stocks/" + LiveMessages.date(session), json.toBytes());
    }

    /**
     * The warm-up a live run does before its feed: the daily bars of {@code symbols} (and VIX, the
     * rate) through {@code through} into the ring under reduce-only; the whole bundled market through
     * {@code scanThrough} into the pre-market scan's own state.
     */
    void warmUp(final List<String> symbols, final int from, final int through, final int scanThrough)
    {
        final DailyReplaySource source = new DailyReplaySource(STORE, symbols, from, through, DailySeries.vix(), DailySeries.treasury3m());
        WarmUp.run(engine, DailyReplaySource.epochNanos(through, 18, 0), () -> source.run(pub, engine.symbols(), 0, 0, null, null));
        marketSeq = Math.max(0, engine.lastSeq(MarketEvent.SOURCE_MARKET_DATA));
        final List<ScanJob.Bar> bars = new ArrayList<>();
        for (final String s : new TreeSet<>(STORE.symbols()))
        {
            final DailyBarStore.Series b = STORE.series(s);
            for (int i = 0; i < b.size() && b.date[i] <= scanThrough; i++)
            {
                bars.add(new ScanJob.Bar(s, b.date[i], b.open[i], b.high[i], b.low[i], b.close[i], b.volume[i]));
            }
        }
        pilot.seedScan(bars);
    }

    void goLive()
    {
        pilot.goLive();
    }

    /**
     * One day from {@code fromNanos} to {@code toNanos}: the LEAN minute quotes and bars of the minute
     * symbols, and a CLOCK event every {@code clockStepNanos}, merged in time order (a clock tick and
     * data at the same instant: data first). Market data at times {@code drop} accepts is left out (a
     * silent feed).
     */
    void drive(final LocalDate day, final long fromNanos, final long toNanos, final long clockStepNanos, final LongPredicate drop)
    {
        final List<LeanMinuteBars> bars = new ArrayList<>();
        for (final String s : MINUTE_SYMBOLS)
        {
            bars.add(LeanMinuteBars.load(s, day));
        }
        final int[] ids = new int[bars.size()];
        final int[] qi = new int[bars.size()];
        final int[] ti = new int[bars.size()];
        for (int k = 0; k < ids.length; k++)
        {
            ids[k] = engine.symbols().intern(bars.get(k).symbol);
            final LeanMinuteBars b = bars.get(k);
            while (qi[k] < b.quoteEndNanos.length && b.quoteEndNanos[qi[k]] < fromNanos)
            {
                qi[k]++;
            }
            while (ti[k] < b.tradeEndNanos.length && b.tradeEndNanos[ti[k]] < fromNanos)
            {
                ti[k]++;
            }
        }
        final long open = DailyReplaySource.epochNanos(bars.get(0).date, 9, 31);
        final long close = DailyReplaySource.epochNanos(bars.get(0).date, 16, 0);
        for (long tick = fromNanos; tick <= toNanos; tick += clockStepNanos)
        {
            while (true)
            {
                long next = Long.MAX_VALUE;
                for (int k = 0; k < ids.length; k++)
                {
                    final LeanMinuteBars b = bars.get(k);
                    if (qi[k] < b.quoteEndNanos.length)
                    {
                        next = Math.min(next, b.quoteEndNanos[qi[k]]);
                    }
                    if (ti[k] < b.tradeEndNanos.length)
                    {
                        next = Math.min(next, b.tradeEndNanos[ti[k]]);
                    }
                }
                if (next > tick)
                {
                    break;
                }
                final int flags = next < open || next > close ? MarketEvent.FLAG_EXTENDED_HOURS : 0;
                final boolean silent = drop.test(next);
                for (int k = 0; k < ids.length; k++)
                {
                    final LeanMinuteBars b = bars.get(k);
                    if (qi[k] < b.quoteEndNanos.length && b.quoteEndNanos[qi[k]] == next)
                    {
                        final int q = qi[k]++;
                        if (!silent && b.bid[q] > 0 && b.ask[q] > 0)
                        {
                            MinuteReplaySource.publishQuote(pub, b, q, ++marketSeq, ids[k], flags);
                        }
                    }
                    if (ti[k] < b.tradeEndNanos.length && b.tradeEndNanos[ti[k]] == next)
                    {
                        final int t = ti[k]++;
                        if (!silent)
                        {
                            MinuteReplaySource.publishBar(pub, b, t, ++marketSeq, ids[k], flags);
                        }
                    }
                }
            }
            clock(tick);
        }
    }

    void clock(final long t)
    {
        now = t;
        final long slot = pub.claim();
        final MarketEvent e = pub.event(slot);
        e.type = EventType.CLOCK;
        e.source = MarketEvent.SOURCE_CLOCK;
        e.seq = ++clockSeq;
        e.eventTimeNanos = t;
        pub.publish(slot);
    }

    /** The journal's INPUT records that {@code which} accepts, shown by {@code show}, in journal order. */
    static <T> List<T> inputs(final Path journal, final java.util.function.Predicate<MarketEvent> which,
        final java.util.function.Function<MarketEvent, T> show)
    {
        final List<T> out = new ArrayList<>();
        try (Journal j = Journal.openForRead(journal))
        {
            JournalReader.readAll(j, new JournalReader.Visitor()
            {
                @Override
                public void onInput(final MarketEvent e)
                {
                    if (which.test(e))
                    {
                        out.add(show.apply(e));
                    }
                }
            });
        }
        return out;
    }

    /**
     * Replays a live journal the way `quantmatrix replay` does (the live time stages, silent) and
     * checks it agrees with the run: every decision, and the state hash {@code hash} at the end.
     */
    static void assertReplays(final Path journal, final EngineContext ctx, final String hash)
    {
        final String[] replayed = new String[1];
        final com.quantmatrix.engine.replay.JournalReplay.Result r = LiveReplay.replay(journal, ctx, e -> replayed[0] = e.stateHash().hex());
        org.assertj.core.api.Assertions.assertThat(r.decisionsMatch()).as("decisions of the replay").isTrue();
        org.assertj.core.api.Assertions.assertThat(r.stateHash).as("state hash of the replay").isEqualTo(hash);
        org.assertj.core.api.Assertions.assertThat(replayed[0]).isEqualTo(hash);
    }

    /** Waits until the pipeline, the operations worker (and what it published) and Discord are done. */
    void settle()
    {
        engine.awaitIdle();
        pilot.drain(Duration.ofSeconds(20));
        engine.awaitIdle();
        notifier.flush(Duration.ofSeconds(20));
    }

    List<Post> posts(final DiscordChannel c)
    {
        synchronized (posts)
        {
            return posts.stream().filter(p -> p.channel() == c).toList();
        }
    }

    @Override
    public void close()
    {
        try
        {
            engine.stop();
            engine.close();
        }
        finally
        {
            pilot.close();
            notifier.close();
            discord.close();
            polygon.close();
        }
    }
}
