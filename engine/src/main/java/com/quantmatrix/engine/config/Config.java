package com.quantmatrix.engine.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Named configuration properties with defaults in code: every component reads its keys through the
 * typed getters here, passing its default, so a missing file or key means "the documented default".
 *
 * <p>Sources, later wins: the files in a folder (config/*.properties, sorted by name), an optional
 * extra file (--config FILE), then explicit overrides (command line, tests). Values are validated
 * by the settings class of each concern; {@link EngineContext} validates all of them in one place.
 * A key that no settings class knows is reported by {@link #unknownKeys}, so a typo is not silently
 * ignored.
 */
public final class Config
{
    private final Map<String, String> values;
    private final java.util.Set<String> read = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private Config(final Map<String, String> values)
    {
        this.values = values;
    }

    public static Config empty()
    {
        return new Config(new TreeMap<>());
    }

    public static Config of(final Map<String, String> values)
    {
        return new Config(new TreeMap<>(values));
    }

    /** Loads every *.properties file of a folder (sorted), then the extra file, then overrides. */
    public static Config load(final Path folder, final Path extraFile, final Map<String, String> overrides)
    {
        return load(folder, null, extraFile, overrides);
    }

    /**
     * Loads every *.properties file of a folder (sorted), then a profile file (named settings for
     * a kind of run, e.g. config/profiles/daily-bars.properties), then the user's extra file, then
     * overrides: the user always has the last word.
     */
    public static Config load(final Path folder, final Path profile, final Path extraFile, final Map<String, String> overrides)
    {
        final Map<String, String> merged = new TreeMap<>();
        if (folder != null && Files.isDirectory(folder))
        {
            try (Stream<Path> files = Files.list(folder))
            {
                files.filter(p -> p.getFileName().toString().endsWith(".properties"))
                    .sorted()
                    .forEach(p -> readInto(p, merged));
            }
            catch (final IOException ex)
            {
                throw new ConfigException("cannot list configuration folder " + folder + ": " + ex.getMessage());
            }
        }
        if (profile != null)
        {
            if (!Files.isRegularFile(profile))
            {
                throw new ConfigException("configuration profile not found: " + profile);
            }
            readInto(profile, merged);
        }
        if (extraFile != null)
        {
            if (!Files.isRegularFile(extraFile))
            {
                throw new ConfigException("configuration file not found: " + extraFile);
            }
            readInto(extraFile, merged);
        }
        if (overrides != null)
        {
            merged.putAll(overrides);
        }
        return new Config(merged);
    }

    private static void readInto(final Path file, final Map<String, String> into)
    {
        final Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8))
        {
            p.load(r);
        }
        catch (final IOException ex)
        {
            throw new ConfigException("cannot read configuration " + file + ": " + ex.getMessage());
        }
        for (final String k : p.stringPropertyNames())
        {
            into.put(k, p.getProperty(k).trim());
        }
    }

    /** A copy with one more value (tests, sweeps). */
    public Config with(final String key, final String value)
    {
        final Map<String, String> copy = new TreeMap<>(values);
        copy.put(key, value);
        return new Config(copy);
    }

    public Map<String, String> asMap()
    {
        return Collections.unmodifiableMap(values);
    }

    public boolean has(final String key)
    {
        return values.containsKey(key);
    }

    public String getString(final String key, final String defaultValue)
    {
        read.add(key);
        final String v = values.get(key);
        return v == null || v.isEmpty() ? defaultValue : v;
    }

    public int getInt(final String key, final int defaultValue)
    {
        final String v = getString(key, null);
        if (v == null)
        {
            return defaultValue;
        }
        try
        {
            return Integer.parseInt(v.replace("_", ""));
        }
        catch (final NumberFormatException ex)
        {
            throw new ConfigException(key + " must be an integer, got '" + v + "'");
        }
    }

    public long getLong(final String key, final long defaultValue)
    {
        final String v = getString(key, null);
        if (v == null)
        {
            return defaultValue;
        }
        try
        {
            return Long.parseLong(v.replace("_", ""));
        }
        catch (final NumberFormatException ex)
        {
            throw new ConfigException(key + " must be an integer, got '" + v + "'");
        }
    }

    public double getDouble(final String key, final double defaultValue)
    {
        final String v = getString(key, null);
        if (v == null)
        {
            return defaultValue;
        }
        try
        {
            final double d = Double.parseDouble(v);
            if (Double.isNaN(d))
            {
                throw new NumberFormatException();
            }
            return d;
        }
        catch (final NumberFormatException ex)
        {
            throw new ConfigException(key + " must be a number, got '" + v + "'");
        }
    }

    public boolean getBoolean(final String key, final boolean defaultValue)
    {
        final String v = getString(key, null);
        if (v == null)
        {
            return defaultValue;
        }
        if ("true".equalsIgnoreCase(v) || "false".equalsIgnoreCase(v))
        {
            return Boolean.parseBoolean(v);
        }
        throw new ConfigException(key + " must be true or false, got '" + v + "'");
    }

    /** Comma-separated integers, e.g. "20,50,100,200". */
    public int[] getIntList(final String key, final int[] defaultValue)
    {
        final String v = getString(key, null);
        if (v == null)
        {
            return defaultValue.clone();
        }
        final String[] parts = v.split(",");
        final int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++)
        {
            try
            {
                out[i] = Integer.parseInt(parts[i].trim());
            }
            catch (final NumberFormatException ex)
            {
                throw new ConfigException(key + " must be a comma-separated list of integers, got '" + v + "'");
            }
        }
        return out;
    }

    /** Comma-separated numbers, e.g. "0.25,0.50,0.75". */
    public double[] getDoubleList(final String key, final double[] defaultValue)
    {
        final String v = getString(key, null);
        if (v == null)
        {
            return defaultValue.clone();
        }
        final String[] parts = v.split(",");
        final double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++)
        {
            try
            {
                out[i] = Double.parseDouble(parts[i].trim());
            }
            catch (final NumberFormatException ex)
            {
                throw new ConfigException(key + " must be a comma-separated list of numbers, got '" + v + "'");
            }
        }
        return out;
    }

    /** Keys present in the sources that no component has read: likely typos. */
    public java.util.List<String> unknownKeys()
    {
        final java.util.List<String> out = new java.util.ArrayList<>();
        for (final String k : values.keySet())
        {
            if (!read.contains(k))
            {
                out.add(k);
            }
        }
        return out;
    }
}
