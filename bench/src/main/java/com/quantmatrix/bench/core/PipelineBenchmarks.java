package com.quantmatrix.bench.core;

import com.quantmatrix.engine.Engine;
import com.quantmatrix.engine.EngineContext;
import com.quantmatrix.engine.EventPublisher;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.data.DailyReplaySource;
import com.quantmatrix.engine.data.ProjectPaths;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.pipeline.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The core's costs, each on real ticks (bundled daily closes):
 * <ul>
 * <li>{@code publishToHandled}: one event published into the Disruptor ring until the fused handler
 * has run every stage on it (the benchmark thread waits for the handler: a round trip, 2 threads);</li>
 * <li>{@code journalAppend}: one input appended to Chronicle Queue (raw DocumentContext);</li>
 * <li>{@code fullPipelinePass}: every stage of the engine, in order, on the benchmark thread (journal
 * on), i.e. the work per event with no inter-thread hand-off.</li>
 * </ul>
 * Run: {@code scripts/quantmatrix bench 'core.PipelineBenchmarks' -prof gc}. Forks inherit the host
 * JVM's flags (the launcher's), so no jvmArgs here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmarks
{
    @Param({"on"})
    public String journal;

    private Path dir;
    private Engine engine;
    private EventPublisher publisher;
    private Engine directEngine;
    private Stage[] stages;
    private Stage journalStage;
    private final MarketEvent event = new MarketEvent();
    private int[] ids;
    private double[] closes;
    private long seq;
    private int k;
    private long time = DailyReplaySource.epochNanos(20130102, 9, 30);

    @Setup(Level.Trial)
    public void setUp() throws Exception
    {
        dir = Files.createTempDirectory(ProjectPaths.home().resolve("var").toAbsolutePath(), "bench-journal");
        final DailyBarStore store = DailyBarStore.bundled();
        final List<String> names = new TreeSet<>(store.symbols()).stream().limit(500).toList();
        engine = new Engine(context("ring", "busy_spin"));
        directEngine = new Engine(context("direct", "blocking"));
        ids = new int[names.size()];
        closes = new double[names.size()];
        for (int i = 0; i < names.size(); i++)
        {
            ids[i] = engine.symbols().intern(names.get(i));
            directEngine.symbols().intern(names.get(i));
            final DailyBarStore.Series s = store.series(names.get(i));
            closes[i] = s.close[s.size() - 1];
        }
        publisher = engine.start();
        stages = directEngine.stages().toArray(new Stage[0]);
        for (final Stage s : stages)
        {
            s.onStart();
        }
        journalStage = stages[0];
    }

    private EngineContext context(final String name, final String wait)
    {
        return new EngineContext(Config.of(Map.of(
            "engine.preset", "latency",
            "engine.waitStrategy", wait,
            "engine.multiProducer", "false",
            "engine.stageTiming", "false",
            "journal.enabled", Boolean.toString("on".equals(journal)),
            "journal.dir", dir.resolve(name).toString())));
    }

    @TearDown(Level.Trial)
    public void tearDown()
    {
        engine.stop();
        engine.close();
        for (final Stage s : stages)
        {
            s.onShutdown();
        }
        directEngine.close();
    }

    private void fill(final MarketEvent e)
    {
        e.type = EventType.TRADE;
        e.source = MarketEvent.SOURCE_MARKET_DATA;
        e.seq = ++seq;
        time += 1_000;
        e.eventTimeNanos = time;
        final int i = k;
        k = k + 1 == ids.length ? 0 : k + 1;
        e.symbolId = ids[i];
        e.close = closes[i];
        e.volume = 100;
    }

    @Benchmark
    public long publishToHandled()
    {
        final long slot = publisher.claim();
        fill(publisher.event(slot));
        publisher.publish(slot);
        while (publisher.processed() < slot)
        {
            Thread.onSpinWait();
        }
        return slot;
    }

    @Benchmark
    public long journalAppend()
    {
        event.clear();
        fill(event);
        journalStage.onEvent(event, seq, true);
        return seq;
    }

    @Benchmark
    public int fullPipelinePass()
    {
        event.clear();
        fill(event);
        for (final Stage s : stages)
        {
            if (event.inputReject == 0 || s.handlesRejected())
            {
                s.onEvent(event, seq, true);
            }
        }
        return event.intentCount;
    }
}
