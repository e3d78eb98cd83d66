package com.quantmatrix.engine.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds the project's home folder (where data/ and config/ live): the system property
 * {@code qm.home} (set by the launcher), else {@code qm.project.root} (set by the build for tests),
 * else the nearest parent of the working directory that holds {@code data/README.md}.
 */
public final class ProjectPaths
{
    private ProjectPaths()
    {
    }

    public static Path home()
    {
        for (final String prop : new String[] {"qm.home", "qm.project.root"})
        {
            final String v = System.getProperty(prop);
            if (v != null && !v.isEmpty() && Files.isDirectory(Paths.get(v, "data")))
            {
                return Paths.get(v).toAbsolutePath().normalize();
            }
        }
        Path p = Paths.get("").toAbsolutePath();
        while (p != null)
        {
            if (Files.isRegularFile(p.resolve("data").resolve("README.md")))
            {
                return p;
            }
            p = p.getParent();
        }
        throw new IllegalStateException("cannot find the QuantMatrix home (a folder with data/README.md); set -Dqm.home");
    }

    public static Path data()
    {
        return home().resolve("data");
    }

    public static Path config()
    {
        return home().resolve("config");
    }

    /** The bundled daily bars. */
    public static Path dailyBars()
    {
        return data().resolve("daily").resolve("us-daily.qmd.gz");
    }
}
