package com.quantmatrix.cli;

import com.quantmatrix.engine.EngineContext;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.data.ProjectPaths;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every engine-running command shares: configuration sources and the thread layout. */
public final class EngineOptions
{
    @Option(names = "--config", paramLabel = "FILE", description = "Extra configuration file (key=value) over config/*.properties.")
    Path configFile;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one configuration value (repeatable).")
    Map<String, String> overrides = new LinkedHashMap<>();

    @Option(names = "--preset", paramLabel = "NAME", description = "Pipeline preset: latency (fused, busy-spin, pinned), throughput (staged), efficient (fused, blocking).")
    String preset;

    @Option(names = "--layout", paramLabel = "fused|staged", description = "Thread layout (overrides the preset).")
    String layout;

    public Config config()
    {
        return config(null);
    }

    /** The configuration with a named profile (config/profiles/NAME.properties) under the user's own settings. */
    public Config config(final String profile)
    {
        final Map<String, String> o = new LinkedHashMap<>(overrides);
        if (preset != null)
        {
            o.put("engine.preset", preset);
        }
        if (layout != null)
        {
            o.put("engine.layout", layout);
        }
        final Path profileFile = profile == null ? null : ProjectPaths.config().resolve("profiles").resolve(profile + ".properties");
        return Config.load(ProjectPaths.config(), profileFile, configFile, o);
    }

    public EngineContext context(final Config config)
    {
        return new EngineContext(config);
    }
}
