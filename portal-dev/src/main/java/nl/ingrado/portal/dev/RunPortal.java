package nl.ingrado.portal.dev;

import java.nio.file.Path;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The run command: starts an embedded MariaDB (data kept in {@code data/}), a local SMTP server and
 * Payara Micro with the portal in demo mode. Ctrl-C stops all three. Setting {@code PORTAL_DB_URL}
 * uses that database instead, and {@code PORTAL_SMTP_HOST} that mail server. The local mail server also
 * serves the newsletter's bounce mailbox over IMAP ({@code PORTAL_IMAP_PORT}, default 2143).
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
        PortalServer portal;
        try {
            if (System.getenv("PORTAL_DB_URL") == null) {
                startDatabase(dataDir, config, running);
            }
            if (System.getenv("PORTAL_SMTP_HOST") == null) {
                startMailServer(config, running);
            }
            portal = PortalServer.start(
                    Path.of(setting("PORTAL_MICRO_JAR",
                            root.resolve("portal-dev/target/lib/payara-micro.jar").toString())),
                    Path.of(setting("PORTAL_WAR",
                            root.resolve("portal-web/target/portal-web.war").toString())),
                    dataDir.resolve("payara"), address, httpPort, config, true, running::push);
        } catch (RuntimeException e) {
            System.err.println("The portal did not start: " + e.getMessage());
            System.exit(1);
            return;
        }

        System.out.printf(
                "%nIngrado portal ready at %s/ in %.1f s. Demo accounts: see README.md. Ctrl-C stops it.%n%n",
                baseUrl, (System.nanoTime() - started) / 1e9);
        while (portal.isAlive()) {
            Thread.sleep(500);
        }
        System.err.println("Payara Micro stopped on its own.");
        System.exit(2);
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
