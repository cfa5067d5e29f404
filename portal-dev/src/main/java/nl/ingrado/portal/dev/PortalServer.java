package nl.ingrado.portal.dev;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro running the portal WAR in a child process. HTTP listens on loopback only. Clustering is
 * off (no data-grid port is opened) unless a {@link Cluster} is given: then the node joins Payara's
 * data grid (Hazelcast) on loopback, where the web sessions are kept for every node. Configuration goes in as system properties, which
 * MicroProfile Config reads exactly as it would read environment variables in production.
 */
public final class PortalServer implements AutoCloseable {

    /** Asadmin commands giving every cookie SameSite=Lax (Payara's listener setting; Servlet's is ignored). */
    public static final String SAME_SITE = "set configs.config.server-config.network-config.protocols.protocol."
            + "http-listener.http.cookie-same-site-value=Lax\n"
            + "set configs.config.server-config.network-config.protocols.protocol."
            + "http-listener.http.cookie-same-site-enabled=true\n";

    /**
     * The asadmin command that keeps HTTP sessions in the node's memory only: a single node (clustering off)
     * has nowhere to replicate them to, and with the distributable portal Payara would otherwise still
     * version each session (a cookie JSESSIONIDVERSION that every client must send back) and copy it
     * after each request.
     */
    public static final String SESSIONS_IN_MEMORY = "set configs.config.server-config.availability-service."
            + "web-container-availability.availability-enabled=false\n";

    private final Process process;
    private final String baseUrl;

    private PortalServer(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    public static PortalServer start(Path payaraMicroJar, Path war, Path workDir, String address, int port,
            Map<String, String> config, boolean inheritOutput) {
        return start(payaraMicroJar, war, workDir, address, port, config, inheritOutput, server -> {
        });
    }

    /** As above; {@code started} learns of the process before it is ready, so it can be stopped early. */
    public static PortalServer start(Path payaraMicroJar, Path war, Path workDir, String address, int port,
            Map<String, String> config, boolean inheritOutput,
            java.util.function.Consumer<AutoCloseable> started) {
        return start(payaraMicroJar, war, workDir, address, port, config, inheritOutput, null, started);
    }

    /**
     * Payara's data grid for several nodes on one machine: members find each other by TCP on loopback
     * from {@code firstPort} on (no multicast, nothing on other interfaces). Host-aware partitioning is
     * off, else a member would keep no backup of another member on the same address, and a node's
     * death would lose the sessions it owned.
     */
    public record Cluster(String name, int firstPort, int nodes) {

        List<String> arguments() {
            var members = new java.util.StringJoiner(",");
            for (int i = 0; i < nodes; i++) {
                members.add("127.0.0.1:" + (firstPort + i));
            }
            return List.of("--clustername", name, "--clustermode", "tcpip:" + members,
                    "--interfaces", "127.0.0.1", "--startport", String.valueOf(firstPort), "--nohostaware");
        }
    }

    /** As above, as a member of {@code cluster} when it is not null. */
    public static PortalServer start(Path payaraMicroJar, Path war, Path workDir, String address, int port,
            Map<String, String> config, boolean inheritOutput, Cluster cluster,
            java.util.function.Consumer<AutoCloseable> started) {
        try {
            Files.createDirectories(workDir);
            var preboot = workDir.resolve("preboot.asadmin");
            Files.writeString(preboot, "set configs.config.server-config.network-config.network-listeners."
                    + "network-listener.http-listener.address=" + address + "\n" + SAME_SITE
                    + (cluster == null ? SESSIONS_IN_MEMORY : ""));
            var props = new Properties();
            props.putAll(config);
            var propsFile = workDir.resolve("portal.properties");
            try (var out = Files.newOutputStream(propsFile)) {
                props.store(out, "Ingrado portal configuration for this run");
            }
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g"));
            if (cluster != null) {
                // Hazelcast binds its port on every interface unless told to keep to the chosen one
                command.add("-Dhazelcast.socket.bind.any=false");
            }
            command.addAll(List.of(
                    "-jar", payaraMicroJar.toString(),
                    "--deploy", war.toString(),
                    "--contextroot", "/",
                    "--port", String.valueOf(port),
                    "--disablephonehome",
                    "--prebootcommandfile", preboot.toString(),
                    "--systemproperties", propsFile.toString()));
            command.addAll(cluster == null ? List.of("--nohazelcast") : cluster.arguments());
            var builder = new ProcessBuilder(command).directory(workDir.toFile());
            if (inheritOutput) {
                builder.inheritIO();
            } else {
                builder.redirectErrorStream(true).redirectOutput(workDir.resolve("payara.log").toFile());
            }
            var process = builder.start();
            var server = new PortalServer(process, "http://" + address + ":" + port);
            started.accept(server);
            server.awaitReady(Duration.ofSeconds(180));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Payara Micro did not start: " + e.getMessage(), e);
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The operating system's id of the Payara Micro process (for {@code kill -9}). */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until the readiness check (database reachable) answers UP. */
    private void awaitReady(Duration timeout) {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        long upWithoutPortal = 0;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with code " + process.exitValue());
            }
            try {
                var response = client.send(request, HttpResponse.BodyHandlers.ofString());
                // Payara answers UP without any check when the app failed to deploy: require ours
                if (response.statusCode() == 200 && response.body().contains("database")) {
                    return;
                }
                // Payara is up but without our health check: the portal failed to deploy
                if (response.statusCode() == 200 && upWithoutPortal == 0) {
                    upWithoutPortal = System.nanoTime();
                } else if (upWithoutPortal != 0 && System.nanoTime() - upWithoutPortal > 15_000_000_000L) {
                    close();
                    throw new IllegalStateException("Payara Micro started but the portal did not deploy; "
                            + "see its log for the cause (often a failed database migration)");
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new IllegalStateException("Payara Micro was not ready within " + timeout.toSeconds() + " s");
    }

    @Override
    public void close() {
        stop(process, 30);
    }

    /** Asks {@code process} to stop, gives it {@code graceSeconds}, then kills it (shared with the balancer). */
    static void stop(Process process, int graceSeconds) {
        process.destroy();
        try {
            if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
