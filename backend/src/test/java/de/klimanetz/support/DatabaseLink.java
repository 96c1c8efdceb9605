package de.klimanetz.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The network between the API and its PostgreSQL in the tests: a TCP relay on a local port that
 * can be cut ("down": open connections are severed, new ones are closed at once) and restored
 * ("up"). The API under test reaches the database only through it, so an outage test sees what a
 * real outage does to the API. Controlled across class loaders through {@link #control()}, which
 * talks to it over a local control port named in a system property.
 */
public final class DatabaseLink implements Consumer<String> {

    private static final String KEY = "database-link.control-port";

    private final ServerSocket server;
    private final ServerSocket controlServer;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean down;

    DatabaseLink(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.controlServer = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "database-link");
        acceptor.setDaemon(true);
        acceptor.start();
        Thread controller = new Thread(this::serveControl, "database-link-control");
        controller.setDaemon(true);
        controller.start();
        System.setProperty(KEY, Integer.toString(controlServer.getLocalPort()));
    }

    public int port() {
        return server.getLocalPort();
    }

    /** "down" or "up", from any class loader; returns once the link has switched. */
    public static Consumer<String> control() {
        int port = Integer.parseInt(System.getProperty(KEY));
        return state -> {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                socket.getOutputStream().write((state + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                socket.getInputStream().read();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    private void serveControl() {
        while (!controlServer.isClosed()) {
            try (Socket socket = controlServer.accept()) {
                String line = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                        java.nio.charset.StandardCharsets.US_ASCII)).readLine();
                accept(line == null ? "up" : line.strip());
                socket.getOutputStream().write('k');
            } catch (IOException e) {
                // next command
            }
        }
    }

    @Override
    public void accept(String state) {
        down = "down".equals(state);
        if (down) {
            for (Socket socket : open) {
                close(socket);
            }
        }
    }

    void close() {
        System.clearProperty(KEY);
        try {
            server.close();
            controlServer.close();
        } catch (IOException e) {
            // closing anyway
        }
        open.forEach(DatabaseLink::close);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (down) {
                    close(client);
                    continue;
                }
                Socket database = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(database);
                pump(client, database);
                pump(database, client);
            } catch (IOException e) {
                // a failed connection attempt is the client's problem; keep accepting
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side went away
            } finally {
                close(from);
                close(to);
            }
        }, "database-link-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
