package com.quantmatrix.engine.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.SymbolTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.openhft.chronicle.queue.RollCycles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal's page-fault advice on a real Chronicle Queue: the kernel shows the advice on the
 * queue file's mapping in /proc/self/smaps ("rr" in VmFlags = MADV_RANDOM), only when it is on,
 * and every record still reads back unchanged.
 */
class ChunkAdviceTest
{
    @TempDir
    Path dir;

    @Test
    void theQueueMappingCarriesTheRandomAdviceAndRecordsReadBack() throws IOException
    {
        assumeTrue(Files.isReadable(Path.of("/proc/self/smaps")), "needs Linux /proc/self/smaps");
        final long advisedBefore = ChunkAdvice.advised();
        final long failedBefore = ChunkAdvice.failed();
        final Path journalDir = dir.resolve("advised");
        try (Journal journal = Journal.open(new JournalSettings(true, journalDir, RollCycles.FAST_DAILY, 0, true)))
        {
            writeTrades(journal, 5_000);
            assertThat(ChunkAdvice.failed()).isEqualTo(failedBefore);
            assertThat(ChunkAdvice.advised()).isGreaterThan(advisedBefore);
            assertThat(queueMappingFlags(journalDir)).isNotEmpty().allMatch(flags -> flags.contains(" rr "));
            assertReadBack(journal, 5_000);
        }
    }

    @Test
    void withoutTheSettingTheMappingIsLeftAlone() throws IOException
    {
        assumeTrue(Files.isReadable(Path.of("/proc/self/smaps")), "needs Linux /proc/self/smaps");
        final Path journalDir = dir.resolve("plain");
        try (Journal journal = Journal.open(new JournalSettings(true, journalDir, RollCycles.FAST_DAILY, 0, false)))
        {
            writeTrades(journal, 1_000);
            assertThat(queueMappingFlags(journalDir)).isNotEmpty().noneMatch(flags -> flags.contains(" rr "));
            assertReadBack(journal, 1_000);
        }
    }

    private static void writeTrades(final Journal journal, final int count)
    {
        final SymbolTable symbols = new SymbolTable(16);
        final int id = symbols.intern("AAPL");
        final JournalStages.InputStage stage = new JournalStages.InputStage(journal, symbols);
        stage.onStart();
        final MarketEvent e = new MarketEvent();
        for (int i = 1; i <= count; i++)
        {
            e.clear();
            e.type = EventType.TRADE;
            e.source = MarketEvent.SOURCE_MARKET_DATA;
            e.seq = i;
            e.symbolId = id;
            e.eventTimeNanos = 1_356_100_000_000_000_000L + i * 1_000L;
            e.close = 100.0 + i / 100.0;
            e.volume = i;
            stage.onEvent(e, i, true);
        }
    }

    private static void assertReadBack(final Journal journal, final int count)
    {
        final long[] seen = new long[1];
        JournalReader.readAll(journal, new JournalReader.Visitor()
        {
            @Override
            public void onInput(final MarketEvent input)
            {
                seen[0]++;
                assertThat(input.seq).isEqualTo(seen[0]);
                assertThat(input.close).isEqualTo(100.0 + seen[0] / 100.0);
                assertThat(input.volume).isEqualTo(seen[0]);
            }
        });
        assertThat(seen[0]).isEqualTo(count);
    }

    /** The VmFlags line of every mapping of a .cq4 file under the folder. */
    private static List<String> queueMappingFlags(final Path journalDir) throws IOException
    {
        final String folder = journalDir.toRealPath().toString();
        final List<String> flags = new ArrayList<>();
        boolean inQueueMapping = false;
        for (final String line : Files.readAllLines(Path.of("/proc/self/smaps")))
        {
            if (Character.isDigit(line.charAt(0)) || (line.charAt(0) >= 'a' && line.charAt(0) <= 'f' && line.contains("-")))
            {
                inQueueMapping = line.contains(folder) && line.endsWith(".cq4");
            }
            else if (inQueueMapping && line.startsWith("VmFlags:"))
            {
                flags.add(line + " ");
            }
        }
        return flags;
    }
}
