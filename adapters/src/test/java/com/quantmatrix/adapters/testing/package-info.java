/**
 * Shared test utilities for adapters: real servers on 127.0.0.1 (ephemeral ports) that replay
 * recorded wire samples and inject faults.
 *
 * <ul>
 *   <li>{@link com.quantmatrix.adapters.testing.LocalHttpServer}: {@code route(path, bytes)} serves a
 *       fixture; {@code fault(pathOrUri, Fault)} queues a one-shot {@link com.quantmatrix.adapters.testing.Fault}
 *       (status with headers such as Retry-After, slow, drop, truncate, body); {@code requests()} shows what
 *       the client sent (method, uri, headers, body).</li>
 *   <li>{@link com.quantmatrix.adapters.testing.LocalWebSocketServer}: a {@code Script} answers
 *       onOpen/onText; a {@code Connection} can send, drop, close with a code, send a truncated frame;
 *       {@code answerPings(false)} and {@code rejectUpgrades(401)} inject liveness and auth faults;
 *       {@code received()} and {@code awaitOpen()} observe the client.</li>
 *   <li>{@link com.quantmatrix.adapters.testing.Fixtures}: reads test resources under fixtures/.</li>
 * </ul>
 */
package com.quantmatrix.adapters.testing;
