package org.spotthesigns.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.spotthesigns.testing.PostgresReachable;

/**
 * The portal's nodes behind HAProxy on loopback, started by {@code deploy/cluster} as an operator
 * would start them, from the packaged jar, on a database of their own created fresh.
 */
final class LoopbackCluster implements AutoCloseable {

    static final String HAPROXY = "/usr/sbin/haproxy";
    /** The first administrator's password, so tests can sign in without reading a log. */
    static final String ADMIN_PASSWORD = "first administrator password for the cluster";

    private final Path dir;
    private final int port;
    private final int nodes;
    private final String databaseUrl;
    private final Map<String, String> environment;

    private LoopbackCluster(Path dir, int port, int nodes, String databaseUrl, Map<String, String> environment) {
        this.dir = dir;
        this.port = port;
        this.nodes = nodes;
        this.databaseUrl = databaseUrl;
        this.environment = environment;
    }

    /**
     * Starts {@code nodes} nodes and the balancer, and waits until every node is ready.
     *
     * @param database the name of a database to create afresh on the server of the PostgreSQL tests
     * @param settings the nodes' settings, as environment variables (SPOTTHESIGNS_RETENTION_CRON=…)
     */
    static LoopbackCluster start(String database, int nodes, Map<String, String> settings)
            throws IOException, InterruptedException, SQLException {
        int port = Integer.getInteger("cluster.port", freeBlockOfPorts());
        Path dir = Path.of("target", "cluster-" + database).toAbsolutePath();
        Map<String, String> environment = new java.util.HashMap<>(settings);
        String databaseUrl = PostgresReachable.URL.replaceAll("/[^/?]*(\\?.*)?$", "/" + database);
        environment.put("NODES", String.valueOf(nodes));
        environment.put("CLUSTER_PORT", String.valueOf(port));
        environment.put("CLUSTER_DIR", dir.toString());
        environment.put("DATABASE_URL", databaseUrl);
        environment.putIfAbsent("READY_SECONDS", "540");
        environment.putIfAbsent("SPOTTHESIGNS_ACCOUNTS_FIRST_ADMINISTRATOR_PASSWORD", ADMIN_PASSWORD);
        // quick to start and small: the nodes run for a minute or two, on a machine that is busy
        // building; compiling only with C1 and a small heap change how fast, not what, they do
        environment.putIfAbsent("JAVA_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k -Xms128m -Xmx384m");
        LoopbackCluster cluster = new LoopbackCluster(dir, port, nodes, databaseUrl, Map.copyOf(environment));
        // nothing left of an earlier run that was interrupted: nodes of its own would be found running
        cluster.run("down");
        freshDatabase(database);
        try {
            cluster.run("up");
        } catch (RuntimeException | IOException failed) {
            cluster.run("down");
            throw failed;
        }
        return cluster;
    }

    /** The URL of a database with that name on the server of the PostgreSQL tests, dropped and created anew. */
    static String freshDatabase(String name) throws SQLException {
        String server = PostgresReachable.URL.replaceAll("/[^/?]*(\\?.*)?$", "/postgres");
        try (Connection connection = DriverManager.getConnection(server, PostgresReachable.USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        }
        return PostgresReachable.URL.replaceAll("/[^/?]*(\\?.*)?$", "/" + name);
    }

    /** A port with the 100 after it free too: the balancer, nodes at +1…, management ports at +51…. */
    private static int freeBlockOfPorts() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = 20_000 + (int) (Math.random() * 40_000);
            if (free(base)
                    && free(base + 1)
                    && free(base + 2)
                    && free(base + 3)
                    && free(base + 51)
                    && free(base + 52)
                    && free(base + 53)) {
                return base;
            }
        }
        throw new IOException("no free block of ports found");
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    String balancer(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** A node's own public address, as anyone on the machine could reach it without the balancer. */
    String node(int node, String path) {
        return "http://127.0.0.1:" + (port + node) + path;
    }

    String management(int node, String path) {
        return "http://127.0.0.1:" + (port + 50 + node) + path;
    }

    int nodes() {
        return nodes;
    }

    String databaseUrl() {
        return databaseUrl;
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection(databaseUrl, PostgresReachable.USER, "");
    }

    long pid(int node) throws IOException {
        return Long.parseLong(
                Files.readString(dir.resolve("node" + node).resolve("pid")).strip());
    }

    /** Ends a node the hard way, as a crash or the kernel's out-of-memory killer would. */
    void kill(int node) throws Exception {
        ProcessHandle process = ProcessHandle.of(pid(node)).orElseThrow();
        new ProcessBuilder("kill", "-9", String.valueOf(process.pid()))
                .inheritIO()
                .start()
                .waitFor();
        process.onExit().get(10, TimeUnit.SECONDS);
    }

    /** Each node's state as the balancer sees it (UP, DOWN, …), from its admin socket. */
    Map<String, String> serverStates() throws IOException {
        Map<String, String> states = new java.util.TreeMap<>();
        for (String line : balancerCommand("show stat").split("\n")) {
            String[] fields = line.split(",", -1);
            if (fields.length > 17 && fields[0].equals("nodes") && fields[1].startsWith("node")) {
                states.put(fields[1], fields[17]);
            }
        }
        return states;
    }

    private String balancerCommand(String command) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(dir.resolve("haproxy.sock")));
            channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII)));
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            ByteBuffer buffer = ByteBuffer.allocate(16_384);
            while (channel.read(buffer) > 0) {
                answer.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
            return answer.toString(StandardCharsets.US_ASCII);
        }
    }

    /** The end of a node's log, for a failure message. */
    String log(int node) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("node" + node).resolve("portal.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void run(String command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("bash", "deploy/cluster", command));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("deploy/cluster " + command + " failed:\n" + output);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("down");
    }
}
