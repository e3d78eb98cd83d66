package com.quantmatrix.adapters.net;

import java.io.IOException;
import java.net.http.HttpHeaders;

/** Turns a successful response (status, headers, body) into a value; an IOException means the body is malformed. */
@FunctionalInterface
public interface ResponseParser<T>
{
    T parse(int status, HttpHeaders headers, byte[] body) throws IOException;
}
