package com.quantmatrix.engine.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.SymbolTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.openhft.chronicle.queue.RollCycles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pretoucher on a real Chronicle Queue: once the input stage has appended, the pages ahead of
 * the writer become resident (the queue file's mapping in /proc/self/smaps holds at least the
 * pretouch distance more than what was written), without a byte of content changing: every record
 * reads back, and the journal ends where the writer left it.
 */
class JournalPretoucherTest
{
    private static final long AHEAD = 2L << 20;

    @TempDir
    Path dir;

    @Test
    void pagesAheadOfTheWriterBecomeResidentAndTheRecordsAreUntouched() throws Exception
    {
        assumeTrue(Files.isReadable(Path.of("/proc/self/smaps")), "needs Linux /proc/self/smaps");
        final Path journalDir = dir.resolve("pretouched");
        final long populatedBefore = JournalPretoucher.populated();
        try (Journal journal = Journal.open(new JournalSettings(true, journalDir, RollCycles.FAST_DAILY, 0, true, AHEAD)))
        {
            final SymbolTable symbols = new SymbolTable(16);
            final int id = symbols.intern("SPY");
            final JournalStages.InputStage stage = new JournalStages.InputStage(journal, symbols);
            stage.onStart();
            final MarketEvent e = new MarketEvent();
            for (int i = 1; i <= 2_000; i++)
            {
                e.clear();
                e.type = EventType.TRADE;
                e.source = MarketEvent.SOURCE_MARKET_DATA;
                e.seq = i;
                e.symbolId = id;
                e.eventTimeNanos = 1_450_000_000_000_000_000L + i;
                e.close = 200.0 + i / 1000.0;
                e.volume = i;
                stage.onEvent(e, i, true);
            }
            final long deadline = System.nanoTime() + 10_000_000_000L;
            while (JournalPretoucher.populated() - populatedBefore < AHEAD - (256 << 10) && System.nanoTime() < deadline)
            {
                Thread.sleep(5);
            }
            assertThat(JournalPretoucher.populated() - populatedBefore).as("bytes populated").isGreaterThanOrEqualTo(AHEAD - (256 << 10));
            assertThat(JournalPretoucher.failed()).isZero();
            final long resident = residentKb(journalDir) * 1024;
            final long written = 2_000L * 75; // a trade record is 71 bytes and a 4-byte header
            assertThat(resident).as("resident bytes of the queue mapping").isGreaterThanOrEqualTo(written + AHEAD - (512 << 10));

            final long[] n = {0};
            JournalReader.readAll(journal, new JournalReader.Visitor()
            {
                @Override
                public void onInput(final MarketEvent input)
                {
                    n[0]++;
                    assertThat(input.seq).isEqualTo(n[0]);
                    assertThat(input.close).isEqualTo(200.0 + n[0] / 1000.0);
                }
            });
            assertThat(n[0]).isEqualTo(2_000);
        }
    }

    /** Sum of Rss of the mappings of .cq4 files under the folder, in kB. */
    private static long residentKb(final Path journalDir) throws IOException
    {
        final String folder = journalDir.toRealPath().toString();
        long kb = 0;
        boolean inQueueMapping = false;
        for (final String line : Files.readAllLines(Path.of("/proc/self/smaps")))
        {
            if (!line.isEmpty() && Character.digit(line.charAt(0), 16) >= 0 && line.indexOf('-') > 0 && line.indexOf(':') > line.indexOf('-'))
            {
                inQueueMapping = line.contains(folder) && line.endsWith(".cq4");
            }
            else if (inQueueMapping && line.startsWith("Rss:"))
            {
                kb += Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return kb;
    }
}
