package com.quantmatrix.cli;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.data.ProjectPaths;

/** The default configuration for command-line tools: the project's config/ folder, or defaults without one. */
final class CliConfig
{
    private CliConfig()
    {
    }

    static Config load()
    {
        try
        {
            return Config.load(ProjectPaths.config(), null, null);
        }
        catch (final IllegalStateException noHome)
        {
            return Config.empty();
        }
    }
}
