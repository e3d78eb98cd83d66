package com.quantmatrix.engine.event;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Interns ticker symbols to dense int ids at the edge, so the ring and every stage index primitive
 * arrays by id and never touch a String.
 *
 * <p>Fixed capacity (no resize, so lock-free lookups are safe while another edge thread interns).
 * {@link #intern(CharSequence)} is synchronized and runs only when a symbol is first seen;
 * {@link #find(byte[], int, int)} looks a symbol up from raw ASCII bytes (a WebSocket frame) with
 * no allocation.
 */
public final class SymbolTable
{
    public static final int NOT_FOUND = -1;
    private static final int MAX_SYMBOL_BYTES = 32;

    private final int capacity;
    private final int mask;
    /** slot -> id + 1 (0 = empty); written last, with release semantics. */
    private final AtomicIntegerArray slots;
    private final byte[] names;
    private final int[] nameLengths;
    private final String[] strings;
    private volatile int size;

    public SymbolTable(final int capacity)
    {
        if (capacity < 1 || capacity > (1 << 24))
        {
            throw new IllegalArgumentException("symbol capacity must be in [1, 16M]: " + capacity);
        }
        this.capacity = capacity;
        int tableSize = Integer.highestOneBit(capacity * 2 - 1) << 1;
        this.mask = tableSize - 1;
        this.slots = new AtomicIntegerArray(tableSize);
        this.names = new byte[capacity * MAX_SYMBOL_BYTES];
        this.nameLengths = new int[capacity];
        this.strings = new String[capacity];
    }

    public int capacity()
    {
        return capacity;
    }

    public int size()
    {
        return size;
    }

    /** Returns the id of the symbol, adding it when new; -1 when full or the symbol is invalid. */
    public synchronized int intern(final CharSequence symbol)
    {
        final int len = symbol.length();
        if (len == 0 || len > MAX_SYMBOL_BYTES)
        {
            return NOT_FOUND;
        }
        final byte[] tmp = new byte[len];
        for (int i = 0; i < len; i++)
        {
            final char c = symbol.charAt(i);
            if (c <= ' ' || c > '~')
            {
                return NOT_FOUND;
            }
            tmp[i] = (byte)c;
        }
        final int existing = find(tmp, 0, len);
        if (existing != NOT_FOUND)
        {
            return existing;
        }
        final int id = size;
        if (id == capacity)
        {
            return NOT_FOUND;
        }
        System.arraycopy(tmp, 0, names, id * MAX_SYMBOL_BYTES, len);
        nameLengths[id] = len;
        strings[id] = new String(tmp, StandardCharsets.US_ASCII);
        int slot = hash(tmp, 0, len) & mask;
        while (slots.get(slot) != 0)
        {
            slot = (slot + 1) & mask;
        }
        size = id + 1;
        slots.lazySet(slot, id + 1);
        return id;
    }

    /** The id of a symbol already interned, or -1. */
    public int find(final CharSequence symbol)
    {
        final int len = symbol.length();
        if (len == 0 || len > MAX_SYMBOL_BYTES)
        {
            return NOT_FOUND;
        }
        int slot = hash(symbol) & mask;
        int entry;
        while ((entry = slots.get(slot)) != 0)
        {
            final int id = entry - 1;
            if (equalsAt(id, symbol))
            {
                return id;
            }
            slot = (slot + 1) & mask;
        }
        return NOT_FOUND;
    }

    /** The id of the symbol whose ASCII bytes are {@code buf[offset, offset+length)}, or -1. No allocation. */
    public int find(final byte[] buf, final int offset, final int length)
    {
        if (length <= 0 || length > MAX_SYMBOL_BYTES)
        {
            return NOT_FOUND;
        }
        int slot = hash(buf, offset, length) & mask;
        int entry;
        while ((entry = slots.get(slot)) != 0)
        {
            final int id = entry - 1;
            if (equalsAt(id, buf, offset, length))
            {
                return id;
            }
            slot = (slot + 1) & mask;
        }
        return NOT_FOUND;
    }

    /** The symbol of an id (off the hot path: reports, logs, adapters). */
    public String symbol(final int id)
    {
        return id >= 0 && id < size ? strings[id] : null;
    }

    private boolean equalsAt(final int id, final CharSequence s)
    {
        final int len = nameLengths[id];
        if (len != s.length())
        {
            return false;
        }
        final int base = id * MAX_SYMBOL_BYTES;
        for (int i = 0; i < len; i++)
        {
            if (names[base + i] != (byte)s.charAt(i))
            {
                return false;
            }
        }
        return true;
    }

    private boolean equalsAt(final int id, final byte[] buf, final int offset, final int length)
    {
        if (nameLengths[id] != length)
        {
            return false;
        }
        final int base = id * MAX_SYMBOL_BYTES;
        for (int i = 0; i < length; i++)
        {
            if (names[base + i] != buf[offset + i])
            {
                return false;
            }
        }
        return true;
    }

    private static int hash(final byte[] buf, final int offset, final int length)
    {
        int h = 0x811C9DC5;
        for (int i = 0; i < length; i++)
        {
            h = (h ^ (buf[offset + i] & 0xFF)) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }

    private static int hash(final CharSequence s)
    {
        int h = 0x811C9DC5;
        for (int i = 0; i < s.length(); i++)
        {
            h = (h ^ (s.charAt(i) & 0xFF)) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }
}
