package com.quantmatrix.engine.journal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;

/**
 * The engine's journal: one Chronicle Queue holding every input and every decision, in pipeline
 * order (see {@link JournalCodec} for the records). Appenders are created on the thread that
 * writes, in the stage's onStart (Chronicle 2026.x has no acquireAppender()).
 */
public final class Journal implements AutoCloseable
{
    private final ChronicleQueue queue;
    private final Path dir;
    private final boolean adviseRandom;
    private final JournalPretoucher pretoucher;

    private Journal(final ChronicleQueue queue, final Path dir, final boolean adviseRandom, final long pretouchAheadBytes)
    {
        this.queue = queue;
        this.dir = dir;
        this.adviseRandom = adviseRandom;
        this.pretoucher = pretouchAheadBytes > 0 ? new JournalPretoucher(pretouchAheadBytes, 200_000) : null;
    }

    public static Journal open(final JournalSettings settings)
    {
        try
        {
            Files.createDirectories(settings.dir);
        }
        catch (final IOException ex)
        {
            throw new IllegalStateException("cannot create journal folder " + settings.dir + ": " + ex.getMessage(), ex);
        }
        if (settings.retainCycles > 0)
        {
            applyRetention(settings.dir, settings.retainCycles);
        }
        final ChronicleQueue q = SingleChronicleQueueBuilder.single(settings.dir.toFile())
            .rollCycle(settings.rollCycle)
            .build();
        return new Journal(q, settings.dir, settings.adviseRandom, settings.pretouchAheadBytes);
    }

    /** Opens an existing journal for reading. */
    public static Journal openForRead(final Path dir)
    {
        if (!Files.isDirectory(dir))
        {
            throw new IllegalArgumentException("no journal at " + dir);
        }
        final ChronicleQueue q = SingleChronicleQueueBuilder.single(dir.toFile()).readOnly(true).build();
        return new Journal(q, dir, false, 0);
    }

    public ChronicleQueue queue()
    {
        return queue;
    }

    /** A page-fault advice for one appender (one per appender, used on its thread). */
    public ChunkAdvice newChunkAdvice()
    {
        return new ChunkAdvice(adviseRandom, null);
    }

    /** The same for the appender that writes most (the input stage): it also tells the pretoucher where the end is. */
    public ChunkAdvice newLeadChunkAdvice()
    {
        return new ChunkAdvice(adviseRandom, pretoucher);
    }

    public Path dir()
    {
        return dir;
    }

    /** True when the folder holds at least one journal file. */
    public static boolean exists(final Path dir)
    {
        if (!Files.isDirectory(dir))
        {
            return false;
        }
        try (Stream<Path> s = Files.list(dir))
        {
            return s.anyMatch(p -> p.getFileName().toString().endsWith(".cq4"));
        }
        catch (final IOException ex)
        {
            return false;
        }
    }

    /** Keeps the newest {@code keep} cycle files (names sort by time), deletes older ones. */
    static void applyRetention(final Path dir, final int keep)
    {
        final List<File> files = new ArrayList<>();
        final File[] all = dir.toFile().listFiles((d, n) -> n.endsWith(".cq4"));
        if (all == null)
        {
            return;
        }
        for (final File f : all)
        {
            files.add(f);
        }
        files.sort((a, b) -> a.getName().compareTo(b.getName()));
        for (int i = 0; i < files.size() - keep; i++)
        {
            if (!files.get(i).delete())
            {
                throw new IllegalStateException("cannot delete old journal file " + files.get(i));
            }
        }
    }

    @Override
    public void close()
    {
        if (pretoucher != null)
        {
            pretoucher.close();
        }
        queue.close();
    }
}
