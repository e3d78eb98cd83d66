package com.quantmatrix.adapters.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.engine.Engine;
import com.quantmatrix.engine.EngineContext;
import com.quantmatrix.engine.EventPublisher;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.control.TradingSwitch;
import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.data.DailyReplaySource;
import com.quantmatrix.engine.data.DailySeries;
import com.quantmatrix.engine.data.ProjectPaths;
import com.quantmatrix.engine.event.AdminCommand;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.journal.Journal;
import com.quantmatrix.engine.journal.JournalReader;
import com.quantmatrix.engine.replay.JournalReplay;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sends halt over the real admin port (a socket on 127.0.0.1) while the whole bundled universe
 * streams through the pipeline at full speed with the journal on, then reads the journal: no order
 * intent passes risk after the halt took effect, orders did pass before it, a wrong token is
 * refused and counted, and the journal replays to the same decisions.
 */
class HaltUnderLoadTest
{
    private static final String TOKEN = "test-token-" + Long.toHexString(System.nanoTime());

    @Test
    void haltHoldsUnderFullLoadAndAWrongTokenIsRefused(@TempDir final Path dir) throws Exception
    {
        final Config config = Config.load(ProjectPaths.config(), ProjectPaths.config().resolve("profiles/daily-bars.properties"), null,
            Map.of("engine.preset", "efficient", "engine.ringSize", "65536", "journal.dir", dir.toString()));
        final DailyBarStore store = DailyBarStore.bundled();
        final DailyReplaySource source = new DailyReplaySource(store, new ArrayList<>(new TreeSet<>(store.symbols())),
            20130101, 20171231, DailySeries.vix(), DailySeries.treasury3m());
        final AtomicLong published = new AtomicLong();
        try (Engine engine = new Engine(new EngineContext(config));
             AdminServer server = new AdminServer(TOKEN, new EngineAdmin(engine)))
        {
            final int port = server.start(0);
            final EventPublisher pub = engine.start();
            final Thread feed = new Thread(() -> published.set(source.run(pub, engine.symbols(), 0, 0, null, null)), "feed");
            feed.start();
            // wait until the run is well under way and has traded
            while (engine.trading().orders.ordersCreated() < 20 && feed.isAlive())
            {
                Thread.sleep(5);
            }
            assertThat(feed.isAlive()).as("still streaming when halted").isTrue();

            assertThat(send(port, "wrong-token-123 halt")).isEqualTo("{\"ok\":false,\"error\":\"bad token\"}");
            assertThat(send(port, TOKEN + " launch-missiles")).startsWith("{\"ok\":false,\"error\":\"unknown command");
            assertThat(send(port, "\u0000\u0001 garbage \u00ff")).startsWith("{\"ok\":false");
            assertThat(engine.tradingSwitch().requestedMode()).isEqualTo(TradingSwitch.RUNNING);

            assertThat(send(port, TOKEN + " halt")).isEqualTo("{\"ok\":true,\"mode\":\"HALTED\",\"flatten\":false}");
            feed.join(120_000);
            engine.awaitIdle();
            assertThat(send(port, TOKEN + " status")).contains("\"mode\":\"HALTED\"");
            assertThat(send(port, TOKEN + " stats")).contains("\"tick-to-decision\"");
            engine.stop();
            // the garbage line's first word stands where the token goes: refused as a bad token
            assertThat(server.badTokens()).isEqualTo(2);
            assertThat(server.malformed()).isEqualTo(1);
            assertThat(engine.faults()).isZero();
        }
        assertThat(published.get()).isGreaterThan(600_000);

        // the journal: the halt took effect at the first event that observed it (or the ADMIN event)
        final long[] acceptedBefore = {0};
        final long[] acceptedAfter = {0};
        final long[] decisionsAfter = {0};
        final boolean[] halted = {false};
        final boolean[] adminSeen = {false};
        try (Journal j = Journal.openForRead(dir))
        {
            JournalReader.readAll(j, new JournalReader.Visitor()
            {
                @Override
                public void onInput(final MarketEvent in)
                {
                    if (in.type == EventType.ADMIN && in.adminCommand == AdminCommand.HALT)
                    {
                        adminSeen[0] = true;
                        halted[0] = true;
                    }
                }

                @Override
                public void onDecision(final MarketEvent d)
                {
                    if (d.controlObserved == 1 + TradingSwitch.HALTED)
                    {
                        halted[0] = true;
                    }
                    for (int i = 0; i < d.intentCount; i++)
                    {
                        if (d.riskVerdict[i] == 1)
                        {
                            if (halted[0])
                            {
                                acceptedAfter[0]++;
                            }
                            else
                            {
                                acceptedBefore[0]++;
                            }
                        }
                        else if (halted[0])
                        {
                            decisionsAfter[0]++;
                        }
                    }
                }
            });
        }
        assertThat(adminSeen[0]).isTrue();
        assertThat(acceptedBefore[0]).isGreaterThan(0);
        assertThat(acceptedAfter[0]).as("intents accepted after the halt").isZero();
        assertThat(decisionsAfter[0]).as("intents refused after the halt (the strategy kept trying)").isGreaterThan(0);

        // and the run replays to the same decisions, the observed halt included
        final JournalReplay.Result replay = JournalReplay.replay(dir, new EngineContext(config.with("engine.preset", "efficient")), null);
        assertThat(replay.decisionsMatch()).isTrue();
    }

    private static String send(final int port, final String line) throws Exception
    {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port))
        {
            s.setSoTimeout(10_000);
            final OutputStream out = s.getOutputStream();
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine();
        }
    }
}
