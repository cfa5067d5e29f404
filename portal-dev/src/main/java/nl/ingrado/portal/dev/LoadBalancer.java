package nl.ingrado.portal.dev;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * HAProxy (Debian's package) in front of several portal nodes, in a child process: round-robin for new
 * visitors, then sticky by its own cookie while their node is up; a node is taken out when
 * {@code /health/ready} fails twice (checked every second; a dead node refuses at once, a busy one gets
 * five seconds to answer) and a request whose node refuses the connection is sent to another node at
 * once ({@code option redispatch}). The session itself lives
 * on Payara's data grid, so the other node knows the visitor. It adds {@code X-Forwarded-For}: the
 * nodes trust it from the balancer's address ({@code portal.trusted-proxies}), so login throttling and
 * mail limits still count per visitor.
 */
public final class LoadBalancer implements AutoCloseable {

    /** The cookie that keeps a visitor on one node; its value names the node (n1, n2, …). */
    public static final String COOKIE = "PORTALNODE";
    /** The response header that names the node that answered (n1, n2, …): for tests and for curl. */
    public static final String SERVED_BY = "X-Portal-Node";

    private final Process process;
    private final String baseUrl;

    private LoadBalancer(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** Starts HAProxy on {@code address:port} with the nodes as {@code host:port}. */
    public static LoadBalancer start(Path workDir, String address, int port, List<String> nodes) {
        var haproxy = executable();
        try {
            Files.createDirectories(workDir);
            var config = workDir.resolve("haproxy.cfg");
            Files.writeString(config, configuration(address, port, nodes));
            var process = new ProcessBuilder(haproxy, "-db", "-f", config.toString())
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(workDir.resolve("haproxy.log").toFile())
                    .start();
            var balancer = new LoadBalancer(process, "http://" + address + ":" + port);
            balancer.awaitListening(address, port, Duration.ofSeconds(10));
            return balancer;
        } catch (IOException e) {
            throw new IllegalStateException("HAProxy did not start: " + e.getMessage(), e);
        }
    }

    /** The configuration: one frontend on loopback, the nodes health-checked on {@code /health/ready}. */
    static String configuration(String address, int port, List<String> nodes) {
        var servers = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            servers.append("  server n").append(i + 1).append(' ').append(nodes.get(i))
                    .append(" check cookie n").append(i + 1).append('\n');
        }
        return """
                global
                  maxconn 4096
                defaults
                  mode http
                  timeout connect 2s
                  timeout client 120s
                  timeout server 120s
                  timeout http-keep-alive 10s
                  timeout check 5s
                  option http-keep-alive
                  option forwardfor
                  retries 2
                  option redispatch 1
                  default-server inter 1s fastinter 500ms fall 2 rise 2
                frontend portal
                  bind %s:%d
                  default_backend nodes
                backend nodes
                  balance roundrobin
                  option httpchk GET /health/ready
                  http-check expect status 200
                  cookie %s insert indirect nocache httponly attr "SameSite=Lax"
                  http-response set-header %s %%[srv_name]
                %s""".formatted(address, port, COOKIE, SERVED_BY, servers);
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** HAProxy from the PATH or Debian's /usr/sbin; a clear message when it is not installed. */
    static String executable() {
        for (var candidate : List.of("/usr/sbin/haproxy", "/usr/local/sbin/haproxy", "/usr/bin/haproxy")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        var path = System.getenv("PATH");
        if (path != null) {
            for (var dir : path.split(":")) {
                if (Files.isExecutable(Path.of(dir, "haproxy"))) {
                    return Path.of(dir, "haproxy").toString();
                }
            }
        }
        throw new IllegalStateException(
                "Several nodes need HAProxy in front of them; install it with: sudo apt-get install haproxy");
    }

    private void awaitListening(String address, int port, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy exited with code " + process.exitValue()
                        + "; see haproxy.log");
            }
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress(address, port), 200);
                return;
            } catch (IOException e) {
                // not listening yet
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new IllegalStateException("HAProxy did not listen on " + address + ":" + port);
    }

    @Override
    public void close() {
        PortalServer.stop(process, 10);
    }
}
