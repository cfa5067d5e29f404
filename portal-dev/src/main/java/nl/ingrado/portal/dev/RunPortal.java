package nl.ingrado.portal.dev;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The run command: starts an embedded MariaDB (data kept in {@code data/}), a local SMTP server and
 * Payara Micro with the portal in demo mode. Ctrl-C stops all three. Setting {@code PORTAL_DB_URL}
 * uses that database instead, and {@code PORTAL_SMTP_HOST} that mail server. The local mail server also
 * serves the newsletter's bounce mailbox over IMAP ({@code PORTAL_IMAP_PORT}, default 2143).
 *
 * <p>{@code PORTAL_NODES=2} (or more) starts that many nodes on the ports after {@code PORTAL_HTTP_PORT},
 * joined in Payara's data grid on loopback (from {@code PORTAL_GRID_PORT}, default 5900), with HAProxy
 * on {@code PORTAL_HTTP_PORT} in front of them. It runs on as long as one node does.
 */
public final class RunPortal {

    private RunPortal() {
    }

    public static void main(String[] args) throws InterruptedException {
        long started = System.nanoTime();
        Path root = Path.of(setting("PORTAL_HOME", ".")).toAbsolutePath().normalize();
        Path dataDir = Path.of(setting("PORTAL_DATA_DIR", root.resolve("data").toString())).toAbsolutePath();
        String address = setting("PORTAL_HTTP_ADDRESS", "127.0.0.1");
        int httpPort = Integer.parseInt(setting("PORTAL_HTTP_PORT", "8080"));
        String baseUrl = setting("PORTAL_BASE_URL", "http://" + address + ":" + httpPort);

        Map<String, String> config = new LinkedHashMap<>();
        config.put("portal.base-url", baseUrl);
        config.put("portal.demo", setting("PORTAL_DEMO", "true"));

        // Ctrl-C may come at any moment, also while starting: the hook stops whatever runs by then
        var running = new java.util.concurrent.ConcurrentLinkedDeque<AutoCloseable>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the portal...");
            stopAll(running);
        }));
        int nodes = Integer.parseInt(setting("PORTAL_NODES", "1"));
        List<PortalServer> portals;
        try {
            if (System.getenv("PORTAL_DB_URL") == null) {
                startDatabase(dataDir, config, running);
            }
            if (System.getenv("PORTAL_SMTP_HOST") == null) {
                startMailServer(config, running);
            }
            var microJar = Path.of(setting("PORTAL_MICRO_JAR",
                    root.resolve("portal-dev/target/lib/payara-micro.jar").toString()));
            var war = Path
                    .of(setting("PORTAL_WAR", root.resolve("portal-web/target/portal-web.war").toString()));
            if (nodes <= 1) {
                portals = List
                        .of(PortalServer.start(microJar, war, dataDir.resolve("payara"), address, httpPort,
                                config, true, running::push));
            } else {
                portals = startNodes(nodes, microJar, war, dataDir, address, httpPort, config, running);
            }
        } catch (RuntimeException e) {
            System.err.println("The portal did not start: " + e.getMessage());
            System.exit(1);
            return;
        }

        System.out.printf(
                "%nIngrado portal ready at %s/ in %.1f s. Demo accounts: see README.md. Ctrl-C stops it.%n%n",
                baseUrl, (System.nanoTime() - started) / 1e9);
        while (portals.stream().anyMatch(PortalServer::isAlive)) {
            Thread.sleep(500);
        }
        System.err.println("Payara Micro stopped on its own.");
        System.exit(2);
    }

    /**
     * {@code count} clustered nodes started side by side (their logs in {@code data/payara-nodeN/payara.log}),
     * then HAProxy in front of them on the portal's own port.
     */
    private static List<PortalServer> startNodes(int count, Path microJar, Path war, Path dataDir,
            String address,
            int httpPort, Map<String, String> config, Deque<AutoCloseable> running) {
        if (System.getenv("PORTAL_TRUSTED_PROXIES") == null) {
            // the visitor's address comes from HAProxy's X-Forwarded-For
            config.put("portal.trusted-proxies", address);
        }
        var cluster = new PortalServer.Cluster("ingrado",
                Integer.parseInt(setting("PORTAL_GRID_PORT", "5900")), count);
        var starting = new ArrayList<java.util.concurrent.CompletableFuture<PortalServer>>();
        for (int i = 1; i <= count; i++) {
            int port = httpPort + i;
            var workDir = dataDir.resolve("payara-node" + i);
            System.out.println("Node " + i + " on " + address + ":" + port + ", log in "
                    + workDir.resolve("payara.log"));
            starting.add(
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> PortalServer.start(microJar, war,
                            workDir, address, port, config, false, cluster, running::push)));
        }
        var portals = starting.stream().map(java.util.concurrent.CompletableFuture::join).toList();
        var backends = new ArrayList<String>();
        for (int i = 1; i <= count; i++) {
            backends.add(address + ":" + (httpPort + i));
        }
        running.push(LoadBalancer.start(dataDir.resolve("haproxy"), address, httpPort, backends));
        for (int i = 0; i < count; i++) {
            System.out.println("Node " + (i + 1) + " is process " + portals.get(i).pid());
        }
        System.out.println("HAProxy on " + address + ":" + httpPort + " in front of " + backends);
        return portals;
    }

    /** The embedded MariaDB, with its data in {@code dataDir}; the portal is configured to use it. */
    private static void startDatabase(Path dataDir, Map<String, String> config,
            Deque<AutoCloseable> running) {
        var database = EmbeddedDatabase.start(dataDir.resolve("mariadb"),
                Integer.parseInt(setting("PORTAL_EMBEDDED_DB_PORT", "3307")));
        running.push(database);
        config.put("portal.db.url", database.jdbcUrl());
        config.put("portal.db.user", "portal");
        config.put("portal.db.password", "portal");
        System.out
                .println("Embedded MariaDB on 127.0.0.1:" + database.port() + ", data in " + dataDir);
    }

    /** The local SMTP and IMAP server; the portal's mail, bounces and unsubscribe requests go there. */
    private static void startMailServer(Map<String, String> config, Deque<AutoCloseable> running) {
        var mail = LocalMailServer.start(Integer.parseInt(setting("PORTAL_SMTP_PORT", "2525")),
                Integer.parseInt(setting("PORTAL_IMAP_PORT", "2143")));
        running.push(mail);
        config.put("portal.smtp.host", "127.0.0.1");
        config.put("portal.smtp.port", String.valueOf(mail.port()));
        // the newsletter's bounces and mailed unsubscribe requests come back to this mailbox
        config.put("portal.newsletter.return-path", LocalMailServer.BOUNCE_MAILBOX);
        config.put("portal.newsletter.unsubscribe-mailto", LocalMailServer.BOUNCE_MAILBOX);
        config.put("portal.newsletter.bounce.host", "127.0.0.1");
        config.put("portal.newsletter.bounce.port", String.valueOf(mail.imapPort()));
        config.put("portal.newsletter.bounce.ssl", "false");
        config.put("portal.newsletter.bounce.user", LocalMailServer.BOUNCE_MAILBOX);
        config.put("portal.newsletter.bounce.password", LocalMailServer.BOUNCE_PASSWORD);
        config.put("portal.newsletter.bounce.poll-seconds",
                setting("PORTAL_BOUNCE_POLL_SECONDS", "30"));
        System.out.println("Local SMTP server on 127.0.0.1:" + mail.port()
                + " (mail stays on this machine; see Verzonden e-mail)");
        System.out.println(
                "Local IMAP server on 127.0.0.1:" + mail.imapPort() + " with the newsletter's "
                        + "bounce mailbox " + LocalMailServer.BOUNCE_MAILBOX + " (password "
                        + LocalMailServer.BOUNCE_PASSWORD + ")");
    }

    private static void stopAll(Deque<AutoCloseable> running) {
        AutoCloseable next;
        while ((next = running.poll()) != null) {
            try {
                next.close();
            } catch (Exception e) {
                System.err.println("Could not stop " + next + ": " + e.getMessage());
            }
        }
    }

    /** An environment variable, else a system property of the same name, else the default. */
    static String setting(String name, String fallback) {
        var value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
