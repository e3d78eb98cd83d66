package com.quantmatrix.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a JSON text into maps, lists, strings, doubles and booleans (tests only). */
final class Json
{
    private Json()
    {
    }

    static Object parse(final String text) throws IOException
    {
        try (JsonParser p = new JsonFactory().createParser(text))
        {
            p.nextToken();
            final Object v = value(p);
            if (p.nextToken() != null)
            {
                throw new IOException("trailing content after the JSON value");
            }
            return v;
        }
    }

    private static Object value(final JsonParser p) throws IOException
    {
        final JsonToken t = p.currentToken();
        switch (t)
        {
            case START_OBJECT:
                final Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() != JsonToken.END_OBJECT)
                {
                    final String name = p.currentName();
                    p.nextToken();
                    map.put(name, value(p));
                }
                return map;
            case START_ARRAY:
                final List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY)
                {
                    list.add(value(p));
                }
                return list;
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
            case VALUE_FALSE:
                return p.getBooleanValue();
            default:
                return null;
        }
    }
}
