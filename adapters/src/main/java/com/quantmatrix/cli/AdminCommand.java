package com.quantmatrix.cli;

import com.quantmatrix.adapters.admin.AdminServer;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.data.ProjectPaths;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `quantmatrix admin status|halt|resume|reduce-only|stats`: the admin port's client. */
@Command(name = "admin", mixinStandardHelpOptions = true,
    description = "Send a command to a running engine's admin port (token from QM_ADMIN_TOKEN).")
public final class AdminCommand implements Callable<Integer>
{
    @Parameters(paramLabel = "COMMAND", description = "status | halt | resume | reduce-only | stats")
    String command;

    @Option(names = "--flatten", description = "With halt: also close every open position.")
    boolean flatten;

    @Option(names = "--port", description = "Admin port (default: admin.port from the configuration, 7070).")
    Integer port;

    @Option(names = "--timeout-ms", description = "Connect and read timeout.")
    int timeoutMs = 5_000;

    @Override
    public Integer call() throws Exception
    {
        final String token = System.getenv(AdminServer.TOKEN_ENV);
        if (token == null || token.isEmpty())
        {
            System.err.println("quantmatrix admin: set " + AdminServer.TOKEN_ENV + " to the engine's admin token");
            return 2;
        }
        final int p = port != null ? port : Config.load(ProjectPaths.config(), null, Map.of()).getInt("admin.port", 7070);
        try (Socket s = new Socket())
        {
            s.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), p), timeoutMs);
            s.setSoTimeout(timeoutMs);
            final OutputStream out = s.getOutputStream();
            out.write((token + " " + command + (flatten ? " flatten" : "") + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            final String reply = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine();
            System.out.println(reply);
            return reply != null && reply.startsWith("{\"ok\":true") ? 0 : 1;
        }
        catch (final java.net.ConnectException ex)
        {
            System.err.println("quantmatrix admin: no engine listening on 127.0.0.1:" + p);
            return 2;
        }
    }
}
