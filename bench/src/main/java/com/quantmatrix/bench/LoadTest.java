package com.quantmatrix.bench;

import com.quantmatrix.engine.Engine;
import com.quantmatrix.engine.EngineContext;
import com.quantmatrix.engine.EventPublisher;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.data.DailyReplaySource;
import com.quantmatrix.engine.data.ProjectPaths;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.pipeline.Pipeline;
import com.quantmatrix.engine.pipeline.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `quantmatrix loadtest`: drives trade ticks through the real pipeline at a fixed rate and prints
 * one JSON object with throughput and tick-to-decision latency percentiles in nanoseconds.
 *
 * <p>No coordinated omission: each tick carries its INTENDED send time (start + i / rate); when the
 * producer falls behind it sends at once but keeps the intended time, so queueing shows in the
 * latency. The ticks are real prices: the bundled daily closes of every symbol, walked day by day.
 *
 * <p>--baseline runs the same stage objects of the same engine on one consumer thread fed through a
 * java.util.concurrent.ArrayBlockingQueue instead of the Disruptor ring, for a ratio measured in
 * the same run on the same machine.
 */
@Command(name = "loadtest", mixinStandardHelpOptions = true,
    description = "Drive ticks through the real pipeline at a fixed rate; print throughput and latency as JSON.")
public final class LoadTest implements Callable<Integer>
{
    @Option(names = "--rate", description = "Ticks per second (0 = as fast as possible).")
    long rate = 100_000;

    @Option(names = "--seconds", description = "Measured duration.")
    int seconds = 10;

    @Option(names = "--warmup-seconds", description = "Unmeasured warm-up at the same rate.")
    int warmupSeconds = 5;

    @Option(names = "--layout", description = "fused | staged")
    String layout = "fused";

    @Option(names = "--wait", description = "busy_spin | yielding | sleeping | blocking (default: yielding on 2 CPUs or "
        + "fewer, where the producer shares the handler's CPU; busy_spin above)")
    String wait = oneCore() ? "yielding" : "busy_spin";

    @Option(names = "--journal", description = "on | off")
    String journal = "on";

    @Option(names = "--journal-advise", description = "on | off: madvise(MADV_RANDOM) on the journal's mapped chunks (journal.adviseRandom).")
    String journalAdvise = "on";

    @Option(names = "--floor", description = "Measure the platform floor instead of the engine: the same producer, ring, "
        + "pinning and wait strategy with no stage at all (the handler only records the latency).")
    boolean floor;

    @Option(names = "--floor-thread", description = "Measure the floor of ONE pinned thread: the producer's own lateness "
        + "against each intended send time, no ring and no second thread.")
    boolean floorThread;

    @Option(names = "--journal-pretouch", description = "Bytes the journal's pretoucher keeps populated ahead of the writer "
        + "(journal.pretouchAheadBytes; 0 = none).")
    long journalPretouch = 4L << 20;

    @Option(names = "--stages", description = "Time every stage too (engine.stageTiming) and print their percentiles to stderr.")
    boolean stages;

    @Option(names = "--baseline", description = "Run the same stages behind an ArrayBlockingQueue instead of the Disruptor.")
    boolean baseline;

    @Option(names = "--symbols", description = "How many real symbols the ticks cycle through.")
    int symbolCount = 500;

    @Option(names = "--producer-cpu", description = "CPU to pin the producer to (-1 = none; default: the handler's CPU on "
        + "2 CPUs or fewer, CPU 0 above).")
    int producerCpu = oneCore() ? CPUS - 1 : 0;

    @Option(names = "--producer-wait", description = "spin | yield: how the producer waits for the next send time "
        + "(yield lets a handler on the same CPU run; default: yield on 2 CPUs or fewer).")
    String producerWait = oneCore() ? "yield" : "spin";

    @Option(names = "--consumer-cpu", description = "CPU for the pipeline / baseline consumer thread (-1 = none).")
    int consumerCpu = CPUS - 1;

    /** Read before any thread is pinned: on Linux a pinned thread sees only its own CPUs. */
    private static final int CPUS = Runtime.getRuntime().availableProcessors();

    /**
     * The default layout on 2 CPUs or fewer: producer and handler share the last CPU, both yielding,
     * and the other CPU is left to the kernel and the JVM. Two busy-spinning threads would keep both
     * vCPUs busy, and a 2-vCPU guest then loses one for milliseconds at a time (bench/README.md).
     */
    private static boolean oneCore()
    {
        return CPUS <= 2;
    }

    public static void main(final String[] args)
    {
        System.exit(new CommandLine(new LoadTest()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    @Override
    public Integer call() throws Exception
    {
        final Path journalDir = Files.createTempDirectory(ProjectPaths.home().resolve("var").toAbsolutePath(), "loadtest-journal");
        final Config config = Config.load(ProjectPaths.config(), ProjectPaths.config().resolve("profiles/daily-bars.properties"), null, java.util.Map.of(
            "engine.layout", layout,
            "engine.waitStrategy", wait,
            "engine.pinThreads", Boolean.toString(consumerCpu >= 0),
            "engine.cpus", Integer.toString(Math.max(0, consumerCpu)),
            "engine.multiProducer", "false",
            "engine.stageTiming", Boolean.toString(stages),
            "journal.enabled", Boolean.toString("on".equals(journal)),
            "journal.dir", journalDir.toString(),
            "journal.adviseRandom", Boolean.toString("on".equals(journalAdvise)),
            "journal.pretouchAheadBytes", Long.toString(journalPretouch)));
        final EngineContext ctx = new EngineContext(config);
        final Ticks ticks = Ticks.load(symbolCount);
        final Histogram histogram = new Histogram(60_000_000_000L, 3);
        final long events;
        final double elapsed;
        try (Engine engine = new Engine(ctx))
        {
            ticks.intern(engine);
            if (floorThread)
            {
                producerCpu = consumerCpu;
                final TickSink lateness = (seq, tick, intended) -> histogram.recordValue(System.nanoTime() - intended);
                run(ticks, lateness, warmupSeconds);
                histogram.reset();
                final long t0 = System.nanoTime();
                events = run(ticks, lateness, seconds);
                elapsed = (System.nanoTime() - t0) / 1e9;
            }
            else if (floor)
            {
                final Pipeline empty = Pipeline.of(ctx.pipeline, List.of(), (stage, event, error) -> { });
                final EventPublisher pub = new EventPublisher(empty.start());
                run(ticks, (seq, tick, intended) -> publish(pub, ticks, seq, tick, intended), warmupSeconds);
                awaitPublished(empty, pub);
                final int e2e = empty.latency().size() - 1;
                empty.latency().reset(e2e);
                final long t0 = System.nanoTime();
                events = run(ticks, (seq, tick, intended) -> publish(pub, ticks, seq, tick, intended), seconds);
                awaitPublished(empty, pub);
                elapsed = (System.nanoTime() - t0) / 1e9;
                histogram.add(empty.latency().snapshot(e2e));
                empty.close();
            }
            else if (baseline)
            {
                final QueueBaseline q = new QueueBaseline(engine, ticks, histogram, consumerCpu);
                q.start();
                run(ticks, q::publish, warmupSeconds);
                q.awaitIdle();
                q.histogram.reset();
                final long t0 = System.nanoTime();
                events = run(ticks, q::publish, seconds);
                q.awaitIdle();
                elapsed = (System.nanoTime() - t0) / 1e9;
                q.stop();
            }
            else
            {
                final EventPublisher pub = engine.start();
                run(ticks, (seq, tick, intended) -> publish(pub, ticks, seq, tick, intended), warmupSeconds);
                engine.awaitIdle();
                for (int i = 0; i < engine.pipeline().latency().size(); i++)
                {
                    engine.pipeline().latency().reset(i);
                }
                final long t0 = System.nanoTime();
                events = run(ticks, (seq, tick, intended) -> publish(pub, ticks, seq, tick, intended), seconds);
                engine.awaitIdle();
                elapsed = (System.nanoTime() - t0) / 1e9;
                final int e2e = engine.pipeline().latency().size() - 1;
                if (stages)
                {
                    System.err.println(engine.pipeline().latency().toJson());
                }
                final Histogram all = engine.pipeline().latency().snapshot(e2e);
                histogram.add(all);
                engine.stop();
            }
            if (engine.faults() > 0)
            {
                System.err.println("loadtest: " + engine.faults() + " stage faults, last: " + engine.lastFault());
            }
        }
        finally
        {
            deleteQuietly(journalDir);
        }
        System.out.println(json(events, elapsed, histogram, ctx));
        return 0;
    }

    private String json(final long events, final double elapsed, final Histogram h, final EngineContext ctx)
    {
        return "{\"events\":" + events
            + ",\"seconds\":" + Math.round(elapsed * 1000) / 1000.0
            + ",\"throughput\":" + Math.round(events / elapsed)
            + ",\"rate\":" + rate
            + ",\"latencyNanos\":{\"p50\":" + h.getValueAtPercentile(50)
            + ",\"p99\":" + h.getValueAtPercentile(99)
            + ",\"p999\":" + h.getValueAtPercentile(99.9)
            + ",\"p9999\":" + h.getValueAtPercentile(99.99)
            + ",\"max\":" + h.getMaxValue()
            + ",\"samples\":" + h.getTotalCount() + "}"
            + ",\"layout\":\"" + (baseline ? "array-blocking-queue" : floorThread ? "floor-thread" : floor ? "floor" : ctx.pipeline.layout.name().toLowerCase()) + "\""
            + ",\"wait\":\"" + (baseline ? "blocking" : ctx.pipeline.wait.name().toLowerCase()) + "\""
            + ",\"journal\":\"" + (floor || floorThread ? "none" : journal) + "\""
            + ",\"journalAdvise\":\"" + journalAdvise + "\""
            + ",\"journalPretouch\":" + journalPretouch
            + ",\"baseline\":" + baseline
            + ",\"producerCpu\":" + producerCpu
            + ",\"consumerCpu\":" + consumerCpu
            + ",\"producerWait\":\"" + producerWait + "\""
            + ",\"cpus\":" + CPUS
            + ",\"java\":\"" + System.getProperty("java.version") + "\"}";
    }

    /** Waits until the empty pipeline's handler has seen every published event. */
    private static void awaitPublished(final Pipeline p, final EventPublisher pub) throws InterruptedException
    {
        final long target = pub.cursor();
        final com.lmax.disruptor.RingBuffer<MarketEvent> ring = p.ring();
        while (ring.getMinimumGatingSequence() < target)
        {
            Thread.sleep(1);
        }
    }

    /** Sends ticks at the rate for the duration; returns how many were sent. */
    private long run(final Ticks ticks, final TickSink sink, final int durationSeconds)
    {
        pinProducer();
        final long count = rate > 0 ? rate * durationSeconds : Long.MAX_VALUE;
        final long start = System.nanoTime() + 1_000_000;
        final long end = start + durationSeconds * 1_000_000_000L;
        final double interval = rate > 0 ? 1e9 / rate : 0;
        final boolean yieldWait = "yield".equals(producerWait);
        long i = 0;
        while (i < count)
        {
            final long intended = start + (long)(i * interval);
            if (rate > 0)
            {
                long now;
                while ((now = System.nanoTime()) < intended)
                {
                    // a parked thread wakes 50-100 us late here (timer slack, a VM's timer): park only far
                    // ahead and spin (or yield) the last 200 us, so low rates measure the engine, not the timer
                    if (intended - now > 400_000)
                    {
                        LockSupport.parkNanos(intended - now - 200_000);
                    }
                    else if (yieldWait)
                    {
                        Thread.yield();
                    }
                    else
                    {
                        Thread.onSpinWait();
                    }
                }
            }
            else if ((i & 1023) == 0 && System.nanoTime() > end)
            {
                break;
            }
            sink.send(seqBase + i + 1, ticks.next(), rate > 0 ? intended : System.nanoTime());
            i++;
        }
        seqBase += i;
        return i;
    }

    private long seqBase;

    private void pinProducer()
    {
        if (producerCpu < 0 || producerCpu >= CPUS)
        {
            return;
        }
        try
        {
            final BitSet set = new BitSet();
            set.set(producerCpu);
            net.openhft.affinity.Affinity.setAffinity(set);
        }
        catch (final Throwable t)
        {
            System.err.println("loadtest: could not pin the producer: " + t);
        }
    }

    private static void publish(final EventPublisher pub, final Ticks ticks, final long seq, final int tick, final long intended)
    {
        final long slot = pub.claim();
        final MarketEvent e = pub.event(slot);
        ticks.fill(e, seq, tick);
        e.intendedNanos = intended;
        pub.publish(slot);
    }

    @FunctionalInterface
    interface TickSink
    {
        void send(long seq, int tick, long intendedNanos);
    }

    /** Real prices: the bundled daily closes, symbol by symbol, day by day. */
    static final class Ticks
    {
        final String[] names;
        final int[] ids;
        final double[][] closes;
        final long[][] volumes;
        final int[] days;
        int cursor;
        int day;
        long time;

        Ticks(final String[] names, final double[][] closes, final long[][] volumes, final int[] days)
        {
            this.names = names;
            this.ids = new int[names.length];
            this.closes = closes;
            this.volumes = volumes;
            this.days = days;
            this.time = DailyReplaySource.epochNanos(days[0], 9, 30);
        }

        static Ticks load(final int count)
        {
            final DailyBarStore store = DailyBarStore.bundled();
            final List<String> names = new ArrayList<>();
            for (final String s : new TreeSet<>(store.symbols()))
            {
                final DailyBarStore.Series series = store.series(s);
                if (series.indexOnOrAfter(20130102) == 0 && series.date[0] == 20130102 && series.size() > 1000)
                {
                    names.add(s);
                }
                if (names.size() == count)
                {
                    break;
                }
            }
            final int n = 1000;
            final double[][] closes = new double[names.size()][n];
            final long[][] volumes = new long[names.size()][n];
            final int[] days = new int[n];
            for (int k = 0; k < names.size(); k++)
            {
                final DailyBarStore.Series s = store.series(names.get(k));
                for (int d = 0; d < n; d++)
                {
                    closes[k][d] = s.close[d];
                    volumes[k][d] = Math.max(1, s.volume[d] / 1000);
                    days[d] = s.date[d];
                }
            }
            return new Ticks(names.toArray(new String[0]), closes, volumes, days);
        }

        void intern(final Engine engine)
        {
            for (int k = 0; k < names.length; k++)
            {
                ids[k] = engine.symbols().intern(names[k]);
            }
        }

        /** Returns the tick number; the event is filled by {@link #fill}. */
        int next()
        {
            final int t = cursor++;
            if (cursor == names.length)
            {
                cursor = 0;
                day = (day + 1) % days.length;
            }
            return t;
        }

        void fill(final MarketEvent e, final long seq, final int tick)
        {
            final int k = tick;
            e.type = EventType.TRADE;
            e.source = MarketEvent.SOURCE_MARKET_DATA;
            e.seq = seq;
            time += 1_000;
            e.eventTimeNanos = time;
            e.symbolId = ids[k];
            e.close = closes[k][day];
            e.volume = volumes[k][day];
        }
    }

    /** The same stages behind an ArrayBlockingQueue: producer -> queue -> one consumer thread. */
    static final class QueueBaseline
    {
        private final Engine engine;
        private final List<Stage> stages;
        private final Histogram histogram;
        private final int cpu;
        private final MarketEvent[] pool = new MarketEvent[1 << 16];
        private final ArrayBlockingQueue<MarketEvent> queue = new ArrayBlockingQueue<>(1 << 16);
        private volatile boolean running = true;
        private volatile long consumed;
        private long produced;
        private final Ticks ticks;
        private Thread consumer;

        QueueBaseline(final Engine engine, final Ticks ticks, final Histogram histogram, final int cpu)
        {
            this.engine = engine;
            this.ticks = ticks;
            this.stages = engine.stages();
            this.histogram = histogram;
            this.cpu = cpu;
            for (int i = 0; i < pool.length; i++)
            {
                pool[i] = new MarketEvent();
            }
        }

        void start()
        {
            consumer = new Thread(this::consume, "qm-baseline-consumer");
            consumer.setDaemon(true);
            consumer.start();
        }

        void publish(final long seq, final int tick, final long intended)
        {
            // the pool is as large as the queue, so a slot is free again once the queue has room
            final MarketEvent e = pool[(int)(produced++ & (pool.length - 1))];
            e.clear();
            ticks.fill(e, seq, tick);
            e.intendedNanos = intended;
            try
            {
                queue.put(e);
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
            }
        }

        private void consume()
        {
            if (cpu >= 0 && cpu < CPUS)
            {
                final BitSet set = new BitSet();
                set.set(cpu);
                net.openhft.affinity.Affinity.setAffinity(set);
            }
            for (final Stage s : stages)
            {
                s.onStart();
            }
            long seq = 0;
            while (running || !queue.isEmpty())
            {
                final MarketEvent e;
                try
                {
                    e = queue.poll(10, java.util.concurrent.TimeUnit.MILLISECONDS);
                }
                catch (final InterruptedException ex)
                {
                    break;
                }
                if (e == null)
                {
                    continue;
                }
                for (final Stage s : stages)
                {
                    if (e.inputReject != 0 && !s.handlesRejected())
                    {
                        continue;
                    }
                    try
                    {
                        s.onEvent(e, seq, queue.isEmpty());
                    }
                    catch (final Throwable t)
                    {
                        engine.fault(s.name(), e, t);
                    }
                }
                histogram.recordValue(Math.min(Math.max(0, System.nanoTime() - e.intendedNanos), 60_000_000_000L));
                seq++;
                consumed = seq;
            }
            for (final Stage s : stages)
            {
                s.onShutdown();
            }
        }

        void awaitIdle()
        {
            while (consumed < produced)
            {
                Thread.yield();
            }
        }

        void stop() throws InterruptedException
        {
            running = false;
            consumer.join();
        }
    }

    private static void deleteQuietly(final Path dir)
    {
        try (var s = Files.walk(dir))
        {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        catch (final Exception ignored)
        {
            // best effort: a temp journal left behind is harmless
        }
    }
}
