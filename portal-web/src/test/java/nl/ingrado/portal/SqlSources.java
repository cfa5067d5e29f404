package nl.ingrado.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the architecture tests read from source files, which ArchUnit's class files do not show: the
 * main sources and their packages, the tables each Flyway migration creates, the string literals of a
 * Java file, and the tables an SQL string names.
 */
final class SqlSources {

    private static final Pattern MIGRATION = Pattern.compile("V\\d+__([a-z]+)[a-z_]*\\.sql");
    private static final Pattern CREATE_TABLE = Pattern
            .compile("(?i)\\bCREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`?(\\w+)`?");
    /**
     * A table after the keywords that name one, and the further tables of a comma-separated FROM
     * list. Keywords in any case; the captured names are compared exactly with the (lower-case) table
     * names, so JPQL's entity names ({@code FROM Event e}) do not count.
     */
    private static final Pattern TABLE_REFERENCE = Pattern
            .compile("(?i)\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+`?(\\w+)`?((?:\\s+(?:AS\\s+)?\\w+)?"
                    + "(?:\\s*,\\s*`?\\w+`?(?:\\s+(?:AS\\s+)?\\w+)?)*)");
    private static final Pattern LISTED_TABLE = Pattern.compile(",\\s*`?(\\w+)");

    private SqlSources() {
    }

    /** The project's root: the folder with {@code sql/migration}, found from the working directory up. */
    static Path projectRoot() {
        for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("sql/migration"))
                    && Files.isDirectory(dir.resolve("portal-ejb"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "no project root with sql/migration above " + Path.of("").toAbsolutePath());
    }

    /** The main source folders of the modules whose packages the rules cover. */
    static List<Path> mainSourceRoots() {
        var root = projectRoot();
        return List.of(root.resolve("portal-ejb/src/main/java"), root.resolve("portal-web/src/main/java"));
    }

    /** The Java files under {@code dir}, sorted; none when it does not exist. */
    static List<Path> javaFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The package of {@code file} under the source folder {@code root}. */
    static String packageOf(Path root, Path file) {
        return root.relativize(file.getParent()).toString().replace(java.io.File.separatorChar, '.');
    }

    /**
     * Each table of the versioned migrations with the capability that owns it: the capability the
     * migration's file name starts with ({@code V10__newsletter.sql}), else the one given for the file,
     * and {@code tableOwners} for tables a migration made for another capability.
     */
    static Map<String, String> tableOwners(Set<String> capabilities, Map<String, String> migrationOwners,
            Map<String, String> tableOwners) {
        var owners = new TreeMap<String, String>();
        var files = new ArrayList<String>();
        try (Stream<Path> migrations = Files.list(projectRoot().resolve("sql/migration"))) {
            migrations.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("V"))
                    .forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (var file : files) {
            var name = MIGRATION.matcher(file);
            String owner = migrationOwners.get(file);
            if (owner == null && name.matches() && capabilities.contains(name.group(1))) {
                owner = name.group(1);
            }
            if (owner == null) {
                throw new AssertionError(
                        "Migration " + file + " names no capability: start its name with one ("
                                + "V<n>__<capability>_<change>.sql) or add it to the migration owners");
            }
            var tables = CREATE_TABLE.matcher(read(projectRoot().resolve("sql/migration").resolve(file)));
            while (tables.find()) {
                owners.put(tables.group(1), owner);
            }
        }
        for (var table : tableOwners.keySet()) {
            if (!owners.containsKey(table)) {
                throw new AssertionError(
                        "Table " + table + " in the table owners is created by no migration");
            }
        }
        owners.putAll(tableOwners);
        return owners;
    }

    /** The tables of {@code known} that SQL in {@code text} names. */
    static Set<String> tablesNamed(String text, Set<String> known) {
        var named = new LinkedHashSet<String>();
        Matcher m = TABLE_REFERENCE.matcher(text);
        while (m.find()) {
            named.add(m.group(1));
            var more = LISTED_TABLE.matcher(m.group(2));
            while (more.find()) {
                named.add(more.group(1));
            }
        }
        named.retainAll(known);
        return named;
    }

    /**
     * The string literals (text blocks included) of Java source, with literals joined by {@code +}
     * read as one, so that SQL split over several lines is one statement. Comments and character
     * literals are skipped; escapes are left as they are.
     */
    static List<String> stringLiterals(String source) {
        var literals = new ArrayList<String>();
        int i = 0;
        int endOfLast = -1;
        int n = source.length();
        while (i < n) {
            if (source.startsWith("//", i)) {
                i = lineEnd(source, i);
            } else if (source.startsWith("/*", i)) {
                i = source.indexOf("*/", i + 2) + 2;
            } else if (source.charAt(i) == '\'') {
                i = closing(source, i + 1, "'") + 1;
            } else if (source.charAt(i) == '"') {
                int start = i;
                String text;
                if (source.startsWith("\"\"\"", i)) {
                    int end = closing(source, i + 3, "\"\"\"");
                    text = source.substring(i + 3, end);
                    i = end + 3;
                } else {
                    int end = closing(source, i + 1, "\"");
                    text = source.substring(i + 1, end);
                    i = end + 1;
                }
                if (endOfLast >= 0 && source.substring(endOfLast, start).matches("\\s*\\+\\s*")) {
                    literals.set(literals.size() - 1, literals.get(literals.size() - 1) + text);
                } else {
                    literals.add(text);
                }
                endOfLast = i;
            } else {
                i++;
            }
        }
        return literals;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int lineEnd(String source, int from) {
        int end = source.indexOf('\n', from);
        return end < 0 ? source.length() : end;
    }

    /** The index of {@code quote} closing a literal that starts at {@code from}, past escapes. */
    private static int closing(String source, int from, String quote) {
        int i = from;
        while (!source.startsWith(quote, i)) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }
}
