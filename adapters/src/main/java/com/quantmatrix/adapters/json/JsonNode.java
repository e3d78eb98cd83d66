package com.quantmatrix.adapters.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.quantmatrix.adapters.broker.Micros;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A read-only JSON tree built with jackson-core's streaming parser, with lenient accessors for REST
 * replies (off the hot path): a missing key gives {@link #MISSING} rather than an exception, and
 * numbers sent as strings ("1.0") or strings sent as numbers (1) read the same way, because broker
 * APIs drift between the two.
 */
public final class JsonNode
{
    public static final JsonNode MISSING = new JsonNode(null);

    private static final JsonFactory FACTORY = JsonFactory.builder()
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();

    private final Object value;

    private JsonNode(final Object value)
    {
        this.value = value;
    }

    /** Parses a whole document; malformed input throws {@link MalformedJsonException} naming only the position. */
    public static JsonNode parse(final String text)
    {
        if (text == null)
        {
            throw new MalformedJsonException("no JSON body");
        }
        try (JsonParser p = FACTORY.createParser(text))
        {
            final JsonToken first = p.nextToken();
            if (first == null)
            {
                throw new MalformedJsonException("empty JSON body");
            }
            final Object root = read(p, first);
            if (p.nextToken() != null)
            {
                throw new MalformedJsonException("trailing content after JSON value at " + where(p.currentLocation()));
            }
            return new JsonNode(root);
        }
        catch (final JsonProcessingException ex)
        {
            // The parser's own message can quote the offending text, which may be a credential: position only.
            throw new MalformedJsonException("malformed JSON at " + where(ex.getLocation()));
        }
        catch (final IOException ex)
        {
            throw new MalformedJsonException("unreadable JSON: " + ex.getClass().getSimpleName());
        }
    }

    private static String where(final JsonLocation loc)
    {
        return loc == null ? "unknown position" : "line " + loc.getLineNr() + " column " + loc.getColumnNr();
    }

    private static Object read(final JsonParser p, final JsonToken t) throws IOException
    {
        switch (t)
        {
            case START_OBJECT:
            {
                final Map<String, Object> m = new LinkedHashMap<>();
                JsonToken k;
                while ((k = p.nextToken()) == JsonToken.FIELD_NAME)
                {
                    final String name = p.currentName();
                    m.put(name, read(p, p.nextToken()));
                }
                if (k != JsonToken.END_OBJECT)
                {
                    throw new MalformedJsonException("unterminated object at " + where(p.currentLocation()));
                }
                return m;
            }
            case START_ARRAY:
            {
                final List<Object> l = new ArrayList<>();
                JsonToken v;
                while ((v = p.nextToken()) != JsonToken.END_ARRAY)
                {
                    if (v == null)
                    {
                        throw new MalformedJsonException("unterminated array at " + where(p.currentLocation()));
                    }
                    l.add(read(p, v));
                }
                return l;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new BigDecimal(p.getText());
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new MalformedJsonException("unexpected token " + t + " at " + where(p.currentLocation()));
        }
    }

    public boolean isMissing()
    {
        return value == null;
    }

    public boolean isObject()
    {
        return value instanceof Map;
    }

    public boolean isArray()
    {
        return value instanceof List;
    }

    public boolean has(final String key)
    {
        return !get(key).isMissing();
    }

    /** The member of an object, or MISSING. */
    @SuppressWarnings("unchecked")
    public JsonNode get(final String key)
    {
        if (value instanceof Map)
        {
            final Object v = ((Map<String, Object>)value).get(key);
            return v == null ? MISSING : new JsonNode(v);
        }
        return MISSING;
    }

    /** A path of keys: {@code node.path("data", "order", "id")}. */
    public JsonNode path(final String... keys)
    {
        JsonNode n = this;
        for (final String k : keys)
        {
            n = n.get(k);
        }
        return n;
    }

    /** The elements of an array (empty for anything else). */
    public List<JsonNode> elements()
    {
        if (!(value instanceof List))
        {
            return Collections.emptyList();
        }
        final List<?> l = (List<?>)value;
        final List<JsonNode> out = new ArrayList<>(l.size());
        for (final Object o : l)
        {
            out.add(o == null ? MISSING : new JsonNode(o));
        }
        return out;
    }

    /** Member names of an object, in document order. */
    @SuppressWarnings("unchecked")
    public List<String> fieldNames()
    {
        return value instanceof Map ? new ArrayList<>(((Map<String, Object>)value).keySet()) : Collections.emptyList();
    }

    /** Text of a string, number or boolean; {@code ifAbsent} for missing, null or a container. */
    public String text(final String ifAbsent)
    {
        if (value instanceof String)
        {
            return (String)value;
        }
        if (value instanceof BigDecimal)
        {
            return ((BigDecimal)value).toPlainString();
        }
        if (value instanceof Boolean)
        {
            return value.toString();
        }
        return ifAbsent;
    }

    public String text()
    {
        return text(null);
    }

    /** A decimal from a number or a numeric string; null when absent or a no-value word ("NaN", "None"). */
    public BigDecimal decimal()
    {
        if (value instanceof BigDecimal)
        {
            return (BigDecimal)value;
        }
        if (value instanceof String)
        {
            try
            {
                return Micros.decimal((String)value);
            }
            catch (final NumberFormatException ex)
            {
                return null;
            }
        }
        return null;
    }

    public long longValue(final long ifAbsent)
    {
        final BigDecimal d = decimal();
        if (d == null)
        {
            return ifAbsent;
        }
        try
        {
            return d.longValueExact();
        }
        catch (final ArithmeticException ex)
        {
            return ifAbsent;
        }
    }

    public double doubleValue(final double ifAbsent)
    {
        final BigDecimal d = decimal();
        return d == null ? ifAbsent : d.doubleValue();
    }

    /** Money in micros from "102.302" or 102.302; {@code ifAbsent} when absent. */
    public long micros(final long ifAbsent)
    {
        final BigDecimal d = decimal();
        return d == null ? ifAbsent : Micros.toMicros(d);
    }

    public boolean bool(final boolean ifAbsent)
    {
        if (value instanceof Boolean)
        {
            return (Boolean)value;
        }
        if (value instanceof String)
        {
            final String s = (String)value;
            if ("true".equalsIgnoreCase(s))
            {
                return true;
            }
            if ("false".equalsIgnoreCase(s))
            {
                return false;
            }
        }
        return ifAbsent;
    }

    @Override
    public String toString()
    {
        // Never the values: a node may hold a credential.
        return isObject() ? "JsonNode{object " + fieldNames() + "}" : isArray() ? "JsonNode{array}" : isMissing() ? "JsonNode{missing}" : "JsonNode{scalar}";
    }
}
