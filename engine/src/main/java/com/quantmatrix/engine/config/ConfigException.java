package com.quantmatrix.engine.config;

/** A configuration value is missing, malformed or out of range; the message names the key. */
public final class ConfigException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    public ConfigException(final String message)
    {
        super(message);
    }

    /** Checks a range and names the key when it fails. */
    public static double inRange(final String key, final double value, final double min, final double max)
    {
        if (!(value >= min && value <= max))
        {
            throw new ConfigException(key + " must be in [" + min + ", " + max + "], got " + value);
        }
        return value;
    }

    public static int inRange(final String key, final int value, final int min, final int max)
    {
        if (value < min || value > max)
        {
            throw new ConfigException(key + " must be in [" + min + ", " + max + "], got " + value);
        }
        return value;
    }

    public static long inRange(final String key, final long value, final long min, final long max)
    {
        if (value < min || value > max)
        {
            throw new ConfigException(key + " must be in [" + min + ", " + max + "], got " + value);
        }
        return value;
    }
}
