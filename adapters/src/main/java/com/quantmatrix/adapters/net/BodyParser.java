package com.quantmatrix.adapters.net;

import java.io.IOException;

/** Turns a successful response body into a value; an IOException means the body is malformed. */
@FunctionalInterface
public interface BodyParser<T>
{
    T parse(byte[] body) throws IOException;
}
