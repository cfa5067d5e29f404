package nl.ingrado.portal.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.ingrado.portal.dev.EmbeddedDatabase;
import nl.ingrado.portal.dev.LocalMailServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Deploys {@code target/portal.ear} on a full Payara Server 6 (a fresh domain bound to 127.0.0.1)
 * against an embedded MariaDB and checks that Faces renders the login page. Any failure carries the
 * tail of the server's {@code server.log}.
 *
 * <p>
 * System properties (set by the {@code full-server} profile): {@code portal.it.payaraHome},
 * {@code portal.it.ear}, {@code portal.it.dir}; optional {@code portal.it.httpPort} and
 * {@code portal.it.adminPort} (default: free ports).
 */
class FullServerDeploymentIT {

    private static final int LOG_LINES = 150;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private static EmbeddedDatabase database;
    private static LocalMailServer mail;
    private static PayaraDomain server;

    @RegisterExtension
    static final ServerLogOnFailure SERVER_LOG = new ServerLogOnFailure();

    @BeforeAll
    static void deployEar() throws IOException {
        var payaraHome = Path.of(required("portal.it.payaraHome"));
        var ear = Path.of(required("portal.it.ear"));
        var workDir = Path.of(required("portal.it.dir"));
        if (!Files.isRegularFile(ear)) {
            throw new IllegalStateException("No EAR at " + ear + ": run the package phase first");
        }
        long begin = System.nanoTime();

        server = PayaraDomain.create(payaraHome, workDir, Integer.getInteger("portal.it.httpPort", 0),
                Integer.getInteger("portal.it.adminPort", 0));
        log("domain " + server.domainDir() + ": http " + server.baseUrl() + ", admin 127.0.0.1:"
                + server.adminPort(), begin);

        // MariaDB starts while Payara boots: the application needs it only once it is deployed
        var dbDir = workDir.resolve("db");
        PayaraDomain.deleteRecursively(dbDir);
        var databaseStart = CompletableFuture.supplyAsync(() -> {
            var db = EmbeddedDatabase.start(dbDir, 0);
            log("MariaDB at " + db.jdbcUrl(), begin);
            return db;
        });
        try {
            server.start(Duration.ofSeconds(240));
            log("Payara Server started", begin);
        } catch (RuntimeException e) {
            try {
                database = awaitDatabase(databaseStart); // so that it is stopped afterwards
            } catch (RuntimeException databaseFailure) {
                e.addSuppressed(databaseFailure);
            }
            throw e;
        }
        database = awaitDatabase(databaseStart);
        mail = LocalMailServer.start(freePort());
        log("SMTP at 127.0.0.1:" + mail.port(), begin);

        var config = new LinkedHashMap<String, String>();
        config.put("portal.db.url", database.jdbcUrl());
        config.put("portal.db.user", "portal");
        config.put("portal.db.password", "portal");
        config.put("portal.smtp.host", "127.0.0.1");
        config.put("portal.smtp.port", String.valueOf(mail.port()));
        config.put("portal.base-url", server.baseUrl());
        server.createSystemProperties(config);

        server.deploy(ear, "portal", Duration.ofSeconds(600));
        log("portal.ear deployed", begin);
    }

    @AfterAll
    static void stopEverything() {
        long begin = System.nanoTime();
        try {
            if (server != null) {
                server.close();
                log("Payara Server stopped", begin);
            }
        } finally {
            try {
                if (mail != null) {
                    mail.close();
                }
            } finally {
                if (database != null) {
                    database.close();
                    log("MariaDB stopped", begin);
                }
            }
        }
    }

    @Test
    void loginPageIsRenderedByFaces() throws Exception {
        var response = get("/login.xhtml");
        assertEquals(200, response.statusCode(), () -> "GET /login.xhtml: " + describe(response));
        var body = response.body();
        assertTrue(body.contains("jakarta.faces.ViewState"),
                () -> "/login.xhtml has no Faces view state, so Faces did not render it: "
                        + describe(response));
        assertTrue(body.contains("type=\"password\""),
                () -> "/login.xhtml has no password field: " + describe(response));
        System.out.println("[full-server] /login.xhtml rendered by Faces (" + body.length() + " characters)");
    }

    /** MicroProfile Health on the full server: served by Payara itself at /health, DOWN is a failure. */
    @Test
    void readinessIsUpWhereTheServerOffersIt() throws Exception {
        var response = get("/health/ready");
        if (response.statusCode() == 404) {
            System.out.println("[full-server] /health/ready is not served on this server (404); not checked");
            return;
        }
        assertEquals(200, response.statusCode(), () -> "GET /health/ready: " + describe(response));
        assertTrue(response.body().contains("UP"), () -> "GET /health/ready: " + describe(response));
        System.out.println("[full-server] /health/ready: " + response.body());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String describe(HttpResponse<String> response) {
        var body = response.body();
        return "HTTP " + response.statusCode() + " " + response.headers().map() + "\n"
                + (body.length() > 3000 ? body.substring(0, 3000) + "…" : body);
    }

    private static EmbeddedDatabase awaitDatabase(CompletableFuture<EmbeddedDatabase> start) {
        try {
            return start.get(180, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Embedded MariaDB did not start: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Embedded MariaDB did not start within 180 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String required(String name) {
        var value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(
                    "System property " + name + " is not set: run with -Pfull-server");
        }
        return value;
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static void log(String message, long since) {
        System.out.printf("[full-server] %6.1f s  %s%n", (System.nanoTime() - since) / 1e9, message);
    }

    /** Adds the tail of server.log to whatever failed in set-up or in a test. */
    static final class ServerLogOnFailure
            implements
                TestExecutionExceptionHandler,
                LifecycleMethodExecutionExceptionHandler {

        @Override
        public void handleTestExecutionException(ExtensionContext context, Throwable failure)
                throws Throwable {
            throw withServerLog(failure);
        }

        @Override
        public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable failure)
                throws Throwable {
            throw withServerLog(failure);
        }

        private static Throwable withServerLog(Throwable failure) {
            if (server == null) {
                return failure;
            }
            var tail = server.serverLogTail(LOG_LINES);
            System.err.println("[full-server] FAILED: " + failure);
            System.err.println("----- " + server.serverLog() + " (last " + LOG_LINES + " lines) -----");
            System.err.println(tail);
            System.err.println("----- end of server.log -----");
            return new AssertionError(failure.getMessage() + "\n----- server.log (last " + LOG_LINES
                    + " lines) -----\n" + tail + "\n----- end of server.log -----", failure);
        }
    }
}
