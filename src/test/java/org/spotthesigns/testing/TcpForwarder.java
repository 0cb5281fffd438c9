package org.spotthesigns.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback port in front of PostgreSQL that a test can open late or freeze: a database that
 * starts after the portal, or one that stops answering in the middle of a request.
 */
public final class TcpForwarder implements AutoCloseable {

    private final int port;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean frozen;
    private volatile boolean down;
    private volatile ServerSocket server;

    private TcpForwarder(int port, int targetPort) {
        this.port = port;
        this.targetPort = targetPort;
    }

    /** A free port that nothing listens on yet; {@link #open()} starts forwarding it to {@code targetPort}. */
    public static TcpForwarder onFreePort(int targetPort) throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return new TcpForwarder(probe.getLocalPort(), targetPort);
        }
    }

    public int port() {
        return port;
    }

    /** Starts (or starts again) accepting connections and passing their bytes both ways. */
    public TcpForwarder open() throws IOException {
        frozen = false;
        ServerSocket listening = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        server = listening;
        Thread.ofVirtual().start(() -> {
            while (!listening.isClosed()) {
                try {
                    Socket client = listening.accept();
                    if (down) {
                        client.close();
                        continue;
                    }
                    Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                    sockets.add(client);
                    sockets.add(target);
                    pipe(client, target);
                    pipe(target, client);
                } catch (IOException e) {
                    return;
                }
            }
        });
        return this;
    }

    /**
     * The database has gone down: open connections are dropped and new ones closed at once. The
     * port stays this forwarder's, so {@link #comeBack()} never finds it taken by another process.
     */
    public void goDown() throws IOException {
        down = true;
        for (Socket socket : sockets) {
            socket.close();
        }
        sockets.clear();
    }

    /** The database answers again, on new connections. */
    public void comeBack() {
        frozen = false;
        down = false;
    }

    /** From now on no byte goes either way and nothing is closed: the database has stopped answering. */
    public void freeze() {
        frozen = true;
    }

    private void pipe(Socket from, Socket to) {
        Thread.ofVirtual().start(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    while (frozen) {
                        Thread.sleep(50);
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // the other side went away, or the test closed the forwarder
            }
        });
    }

    /** Refuses new connections and drops the open ones: the database has gone down. */
    @Override
    public void close() throws IOException {
        ServerSocket listening = server;
        if (listening != null) {
            listening.close();
        }
        for (Socket socket : sockets) {
            socket.close();
        }
        sockets.clear();
    }
}
