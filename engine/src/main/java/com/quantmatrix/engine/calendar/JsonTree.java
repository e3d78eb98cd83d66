package com.quantmatrix.engine.calendar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON reader into plain Java values (Map, List, String, Double, Boolean, null), used once
 * at start-up to read the market-hours database; the engine module stays free of a JSON library.
 * Not for the hot path: it allocates freely.
 */
final class JsonTree
{
    private final String text;
    private int pos;

    private JsonTree(final String text)
    {
        this.text = text;
    }

    /** Parses a whole document; throws IllegalArgumentException naming the offset on malformed input. */
    static Object parse(final String text)
    {
        final JsonTree reader = new JsonTree(text);
        final Object value = reader.value();
        reader.skipWhitespace();
        if (reader.pos != text.length())
        {
            throw reader.error("trailing characters");
        }
        return value;
    }

    private Object value()
    {
        skipWhitespace();
        if (pos >= text.length())
        {
            throw error("unexpected end of input");
        }
        final char c = text.charAt(pos);
        switch (c)
        {
            case '{': return object();
            case '[': return array();
            case '"': return string();
            case 't': return literal("true", Boolean.TRUE);
            case 'f': return literal("false", Boolean.FALSE);
            case 'n': return literal("null", null);
            default: return number();
        }
    }

    private Map<String, Object> object()
    {
        final Map<String, Object> out = new LinkedHashMap<>();
        pos++;
        skipWhitespace();
        if (peek() == '}')
        {
            pos++;
            return out;
        }
        while (true)
        {
            skipWhitespace();
            if (peek() != '"')
            {
                throw error("expected a key");
            }
            final String key = string();
            skipWhitespace();
            expect(':');
            out.put(key, value());
            skipWhitespace();
            final char c = next();
            if (c == '}')
            {
                return out;
            }
            if (c != ',')
            {
                throw error("expected , or }");
            }
        }
    }

    private List<Object> array()
    {
        final List<Object> out = new ArrayList<>();
        pos++;
        skipWhitespace();
        if (peek() == ']')
        {
            pos++;
            return out;
        }
        while (true)
        {
            out.add(value());
            skipWhitespace();
            final char c = next();
            if (c == ']')
            {
                return out;
            }
            if (c != ',')
            {
                throw error("expected , or ]");
            }
        }
    }

    private String string()
    {
        pos++;
        final StringBuilder sb = new StringBuilder();
        while (true)
        {
            final char c = next();
            if (c == '"')
            {
                return sb.toString();
            }
            if (c != '\\')
            {
                sb.append(c);
                continue;
            }
            final char e = next();
            switch (e)
            {
                case 'n': sb.append('\n'); break;
                case 't': sb.append('\t'); break;
                case 'r': sb.append('\r'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'u':
                    if (pos + 4 > text.length())
                    {
                        throw error("truncated \\u escape");
                    }
                    sb.append((char)Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                    break;
                default: sb.append(e);
            }
        }
    }

    private Double number()
    {
        final int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0)
        {
            pos++;
        }
        if (start == pos)
        {
            throw error("unexpected character '" + text.charAt(pos) + "'");
        }
        try
        {
            return Double.valueOf(text.substring(start, pos));
        }
        catch (final NumberFormatException ex)
        {
            throw error("bad number");
        }
    }

    private Object literal(final String word, final Object value)
    {
        if (!text.startsWith(word, pos))
        {
            throw error("expected " + word);
        }
        pos += word.length();
        return value;
    }

    private void expect(final char c)
    {
        if (next() != c)
        {
            throw error("expected '" + c + "'");
        }
    }

    private char peek()
    {
        if (pos >= text.length())
        {
            throw error("unexpected end of input");
        }
        return text.charAt(pos);
    }

    private char next()
    {
        final char c = peek();
        pos++;
        return c;
    }

    private void skipWhitespace()
    {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos)))
        {
            pos++;
        }
    }

    private IllegalArgumentException error(final String what)
    {
        return new IllegalArgumentException("malformed JSON at offset " + pos + ": " + what);
    }
}
