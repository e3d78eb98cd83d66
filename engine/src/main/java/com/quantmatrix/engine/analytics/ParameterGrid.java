package com.quantmatrix.engine.analytics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A grid over configuration keys, from specs like {@code strategy.atr.distance.max=3,4,5}: every
 * combination of one value per key, in a fixed order (the first key varies slowest).
 */
public final class ParameterGrid
{
    /** More runs than this is almost certainly a typo in a value list. */
    public static final int MAX_COMBINATIONS = 100_000;

    /** One swept key and its values, in the order given. */
    public record Axis(String key, List<String> values)
    {
    }

    private final List<Axis> axes;

    private ParameterGrid(final List<Axis> axes)
    {
        this.axes = axes;
    }

    /** Parses {@code key=v1,v2,...} specs; a key may appear once. */
    public static ParameterGrid parse(final List<String> specs)
    {
        if (specs == null || specs.isEmpty())
        {
            throw new IllegalArgumentException("no --param given: a sweep needs at least one key=v1,v2,...");
        }
        final Map<String, Axis> byKey = new LinkedHashMap<>();
        long combos = 1;
        for (final String spec : specs)
        {
            final int eq = spec.indexOf('=');
            if (eq <= 0)
            {
                throw new IllegalArgumentException("parameter '" + spec + "' is not of the form key=v1,v2,...");
            }
            final String key = spec.substring(0, eq).trim();
            final LinkedHashSet<String> values = new LinkedHashSet<>();
            for (final String v : spec.substring(eq + 1).split(","))
            {
                if (!v.isBlank())
                {
                    values.add(v.trim());
                }
            }
            if (key.isEmpty() || values.isEmpty())
            {
                throw new IllegalArgumentException("parameter '" + spec + "' has no key or no values");
            }
            if (byKey.containsKey(key))
            {
                throw new IllegalArgumentException("parameter '" + key + "' is given twice");
            }
            byKey.put(key, new Axis(key, List.copyOf(values)));
            combos *= values.size();
            if (combos > MAX_COMBINATIONS)
            {
                throw new IllegalArgumentException("the grid has more than " + MAX_COMBINATIONS + " combinations");
            }
        }
        return new ParameterGrid(List.copyOf(byKey.values()));
    }

    public List<Axis> axes()
    {
        return axes;
    }

    public List<String> keys()
    {
        final List<String> k = new ArrayList<>();
        for (final Axis a : axes)
        {
            k.add(a.key());
        }
        return k;
    }

    public int size()
    {
        int n = 1;
        for (final Axis a : axes)
        {
            n *= a.values().size();
        }
        return n;
    }

    /** Every combination as key to value (in axis order); the first axis varies slowest. */
    public List<Map<String, String>> combinations()
    {
        final List<Map<String, String>> out = new ArrayList<>(size());
        final int[] idx = new int[axes.size()];
        for (int c = 0; c < size(); c++)
        {
            final Map<String, String> combo = new LinkedHashMap<>();
            for (int a = 0; a < axes.size(); a++)
            {
                combo.put(axes.get(a).key(), axes.get(a).values().get(idx[a]));
            }
            out.add(Collections.unmodifiableMap(combo));
            for (int a = axes.size() - 1; a >= 0; a--)
            {
                if (++idx[a] < axes.get(a).values().size())
                {
                    break;
                }
                idx[a] = 0;
            }
        }
        return out;
    }
}
