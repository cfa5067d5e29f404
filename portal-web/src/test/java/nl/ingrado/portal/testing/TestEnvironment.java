package nl.ingrado.portal.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import nl.ingrado.portal.dev.EmbeddedDatabase;
import nl.ingrado.portal.dev.PortalServer;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the real parts once per test run, before any test: an embedded MariaDB and a GreenMail
 * SMTP server. Arquillian's Payara Micro and the portal for the browser tests both point at them.
 * Runs only under failsafe (where {@code portal.test.war} is set), never inside the container.
 */
public class TestEnvironment implements LauncherSessionListener {

    /** The newsletter's bounce mailbox in GreenMail (IMAP). */
    public static final String BOUNCE_MAILBOX = "bounces@ingrado.test";
    public static final String BOUNCE_PASSWORD = "bounces-secret";

    private static EmbeddedDatabase database;
    private static GreenMail greenMail;
    private static PortalServer portal;
    private static RuntimeException portalFailure;
    private static Map<String, String> config;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("portal.test.war") == null || database != null) {
            return;
        }
        var dir = testDir();
        try {
            deleteRecursively(dir.resolve("db"));
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        database = EmbeddedDatabase.start(dir.resolve("db"), 0);
        System.setProperty(Db.URL_PROPERTY, database.jdbcUrl());
        greenMail = new GreenMail(new ServerSetup[]{
                new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        // the newsletter's bounce mailbox: its envelope sender and the mailto of List-Unsubscribe
        greenMail.setUser(BOUNCE_MAILBOX, BOUNCE_MAILBOX, BOUNCE_PASSWORD);

        config = new LinkedHashMap<>();
        config.put("portal.db.url", database.jdbcUrl());
        config.put("portal.db.user", "portal");
        config.put("portal.db.password", "portal");
        config.put("portal.smtp.host", "127.0.0.1");
        config.put("portal.smtp.port", String.valueOf(greenMail.getSmtp().getPort()));
        config.put("portal.demo", "true");
        // jobs started by the time of day would make a test see what the hour it ran at did
        config.put("portal.clock-jobs", "false");
        // likewise the event-fee invoicing every minute: tests run it themselves
        config.put("portal.invoice.event-fee-interval-seconds", "0");
        // and the demo's invoices, issued by a timer just after deployment, while the first tests run
        config.put("portal.invoice.demo", "false");
        config.put("portal.newsletter.return-path", BOUNCE_MAILBOX);
        config.put("portal.newsletter.unsubscribe-mailto", BOUNCE_MAILBOX);
        config.put("portal.newsletter.poll-seconds", "1");
        config.put("portal.newsletter.retry-seconds", "1");
        config.put("portal.newsletter.bounce.host", "127.0.0.1");
        config.put("portal.newsletter.bounce.port", String.valueOf(greenMail.getImap().getPort()));
        config.put("portal.newsletter.bounce.ssl", "false");
        config.put("portal.newsletter.bounce.user", BOUNCE_MAILBOX);
        config.put("portal.newsletter.bounce.password", BOUNCE_PASSWORD);
        // every test's requests come from 127.0.0.1: one client, far past a visitor's hourly mail limit
        config.put("portal.mail-limit.per-client", "100000");

        // Arquillian's Payara Micro reads the same settings from a file
        try {
            var preboot = dir.resolve("preboot.asadmin");
            Files.writeString(preboot, "set configs.config.server-config.network-config.network-listeners."
                    + "network-listener.http-listener.address=127.0.0.1\n" + PortalServer.SAME_SITE
                    + PortalServer.SESSIONS_IN_MEMORY);
            var props = new Properties();
            props.putAll(config);
            props.put("portal.base-url", "http://127.0.0.1:8080");
            var file = dir.resolve("arquillian.properties");
            try (var out = Files.newOutputStream(file)) {
                props.store(out, "test configuration");
            }
            System.setProperty("payara.extraMicroOptions",
                    "--nohazelcast --disablephonehome --prebootcommandfile "
                            + preboot + " --systemproperties " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (portal != null) {
            portal.close();
            portal = null;
        }
        if (greenMail != null) {
            greenMail.stop();
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }

    /**
     * The settings of a portal a test starts on a database and SMTP server of its own (no demo data),
     * with a quick newsletter sender: {@code threads} threads, a lease of 4 s, looking every second,
     * retrying after a second. The test adds its own (and the base URL).
     */
    public static Map<String, String> ownPortalConfig(String jdbcUrl, int smtpPort, int threads) {
        var own = new LinkedHashMap<String, String>();
        own.put("portal.db.url", jdbcUrl);
        own.put("portal.db.user", "portal");
        own.put("portal.db.password", "portal");
        own.put("portal.smtp.host", "127.0.0.1");
        own.put("portal.smtp.port", String.valueOf(smtpPort));
        own.put("portal.demo", "false");
        own.put("portal.newsletter.threads", String.valueOf(threads));
        // short, so another node (or the same one restarted, a new node to the database) takes over soon
        own.put("portal.newsletter.lease-seconds", "4");
        own.put("portal.newsletter.poll-seconds", "1");
        own.put("portal.newsletter.retry-seconds", "1");
        own.put("portal.newsletter.return-path", "bounces@ingrado.test");
        return own;
    }

    public static EmbeddedDatabase database() {
        return database;
    }

    public static GreenMail greenMail() {
        return greenMail;
    }

    /** The portal as a user meets it (demo data on), started on first use and shared by all browser tests. */
    public static synchronized PortalServer portal() {
        if (portalFailure != null) {
            // once is enough: a second try would only overwrite the log that tells why
            throw portalFailure;
        }
        if (portal == null) {
            int port = freePort();
            var portalConfig = new LinkedHashMap<>(config);
            portalConfig.put("portal.base-url", "http://127.0.0.1:" + port);
            // lets EventConcurrencyIT's control run switch the capacity lock off (never in production)
            portalConfig.put("portal.test-switches", "true");
            portal = PortalServer.start(Path.of(System.getProperty("payara.microJar")),
                    Path.of(System.getProperty("portal.test.war")), testDir().resolve("portal"), "127.0.0.1",
                    port,
                    portalConfig, false);
        }
        return portal;
    }

    static Path testDir() {
        return Path.of(System.getProperty("portal.test.dir", "target/it"));
    }

    /** A port free on this machine now, for a server a test starts. */
    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (var p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
