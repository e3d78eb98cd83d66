package com.quantmatrix.adapters.net;

import io.netty.buffer.ByteBuf;

/**
 * Told what a {@link WsClient} sees. All calls come on the client's single I/O thread, in order.
 */
public interface WsListener
{
    /** The WebSocket handshake completed (first connect or a reconnect): authenticate and subscribe here. */
    void onConnected(WsClient client);

    /**
     * A complete text message (fragments already joined). The buffer is valid only during the call:
     * read it in place (zero copy) and do not keep it.
     */
    void onText(ByteBuf utf8);

    /** The session ended; {@code willReconnect} says whether the client will try again. */
    void onDisconnected(String reason, boolean willReconnect);

    /** A fault (dropped connection, missed pong deadline, handshake failure). Detail is redacted. */
    default void onFault(final FaultKind kind, final String detail)
    {
    }
}
