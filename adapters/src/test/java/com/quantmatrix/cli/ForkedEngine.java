package com.quantmatrix.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts the real command line in a separate JVM (same classpath and JVM flags as this test JVM). */
final class ForkedEngine
{
    private ForkedEngine()
    {
    }

    static Process start(final Path log, final String... args) throws IOException
    {
        final List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (final String a : ManagementFactory.getRuntimeMXBean().getInputArguments())
        {
            if (a.startsWith("--add-") || a.startsWith("--enable-native") || a.startsWith("--sun-misc") || a.startsWith("-Dqm.")
                || a.startsWith("-Djava.io.tmpdir") || a.startsWith("-Djna.") || a.startsWith("-Dchronicle."))
            {
                cmd.add(a);
            }
        }
        cmd.add("-Xmx512m");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(QuantMatrixCli.class.getName());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(false).redirectError(log.toFile()).start();
    }
}
