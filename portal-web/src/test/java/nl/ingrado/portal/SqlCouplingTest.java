package nl.ingrado.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * SQL of one capability that names another capability's table, allowed only through
 * {@link #SQL_ALLOWED}. Imports do not show this coupling, so the string literals of the main
 * sources are read: a table after FROM, JOIN, INTO, UPDATE or TABLE. Each table belongs to the
 * capability whose migration creates it.
 */
class SqlCouplingTest {

    /** Migrations whose file name does not start with the capability that owns their tables. */
    static final Map<String, String> MIGRATION_OWNERS = Map.of(
            "V3__staff_administration.sql", "member",
            "V4__privacy_membership.sql", "member",
            "V5__events.sql", "event",
            "V6__guest_registration.sql", "event",
            "V7__attendance.sql", "event",
            "V8__assembly_documents.sql", "event",
            "V9__krsd_register.sql", "register",
            "V16__knowledge_base.sql", "question");

    /** Tables a migration created for another capability than its own. */
    static final Map<String, String> TABLE_OWNERS = Map.of(
            "mail_log", "mail",
            "rayon", "rayon",
            "region", "rayon",
            "audit_entry", "shared");

    /**
     * The only places where a capability's SQL may name another capability's tables. An entry no code
     * needs any more fails the test too, so the list shrinks as the borders close.
     */
    static final List<ForeignTables> SQL_ALLOWED = List.of(
            allow("event", "event lists show each event's rayon", "rayon"),
            allow("member",
                    "who calls: the account's status, roles, name, address and language are read with its "
                            + "rayon contacts and premium fact in one statement on every request, found by its "
                            + "API token's hash for an API call",
                    "account", "account_role", "api_token"),
            allow("member", "the staff lists of people and organisations show and filter by region and rayon",
                    "region", "rayon"),
            allow("register", "mails take the account's address, name and language; an application locks its "
                    + "account row so that one account applies once", "account"),
            allow("register",
                    "points for attendance and accredited events take the event's title, dates and points",
                    "event"),
            allow("register", "applications and the auditors' overview show employer, region and rayon",
                    "person", "employment", "organisation", "region", "rayon"),
            allow("register", "the overview's cache key includes the latest audit entry", "audit_entry"),
            allow("newsletter", "segments choose subscribers by workplace, rayon and KRSD registration",
                    "person", "employment", "organisation", "region", "rayon", "registrant"),
            allow("newsletter", "a subscriber with an account takes address, name and language from it",
                    "account"),
            allow("question", "advisers are the accounts with role ADVISER: their names in the queue and the "
                    + "mails about new questions take address, name and language from the account",
                    "account", "account_role"),
            allow("question", "a phone question names the caller's organisation; the queue shows its name",
                    "organisation"));

    @Test
    void sql_names_other_capabilities_tables_only_where_allowed() {
        var known = new TreeSet<>(ArchitectureTest.ORDER);
        known.add(ArchitectureTest.SECURITY);
        var owners = SqlSources.tableOwners(known, MIGRATION_OWNERS, TABLE_OWNERS);
        var usages = new TreeMap<String, TreeSet<String>>();
        for (var root : SqlSources.mainSourceRoots()) {
            for (var file : SqlSources.javaFiles(root.resolve(ArchitectureTest.BASE.replace('.', '/')))) {
                var place = ArchitectureTest.Place.of(SqlSources.packageOf(root, file));
                if (place == null || !known.contains(place.capability())) {
                    continue;
                }
                for (var literal : SqlSources.stringLiterals(SqlSources.read(file))) {
                    for (var table : SqlSources.tablesNamed(literal, owners.keySet())) {
                        if (!owners.get(table).equals(place.capability())) {
                            usages.computeIfAbsent(
                                    place.capability() + " → " + owners.get(table) + "." + table,
                                    k -> new TreeSet<>()).add(
                                            place + "." + file.getFileName().toString()
                                                    .replace(".java", ""));
                        }
                    }
                }
            }
        }
        var allowed = new TreeMap<String, ForeignTables>();
        for (var entry : SQL_ALLOWED) {
            for (var table : entry.tables()) {
                if (!owners.containsKey(table)) {
                    throw new AssertionError("SQL_ALLOWED names " + table + ", a table no migration creates");
                }
                allowed.put(entry.capability() + " → " + owners.get(table) + "." + table, entry);
            }
        }
        var problems = new ArrayList<String>();
        usages.forEach((usage, users) -> {
            if (!allowed.containsKey(usage)) {
                problems.add(
                        usage + " in " + users + ": go through the owner's boundary, or add the table to "
                                + "SQL_ALLOWED with a reason");
            }
        });
        allowed.keySet().stream().filter(usage -> !usages.containsKey(usage))
                .forEach(usage -> problems
                        .add(usage + " is in SQL_ALLOWED, but no SQL names it any more: remove "
                                + "it from the list"));
        if (!problems.isEmpty()) {
            throw new AssertionError("SQL naming another capability's table, because a table belongs to one "
                    + "capability and its SQL is a dependency the imports do not show (" + problems.size()
                    + "):\n"
                    + String.join("\n", problems));
        }
    }

    /** A capability whose SQL may name the {@code tables} of others, and why. */
    record ForeignTables(String capability, List<String> tables, String reason) {
    }

    private static ForeignTables allow(String capability, String reason, String... tables) {
        return new ForeignTables(capability, List.of(tables), reason);
    }
}
