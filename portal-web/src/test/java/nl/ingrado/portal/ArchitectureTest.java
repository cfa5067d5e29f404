package nl.ingrado.portal;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The walls between the capabilities, checked on the main code of portal-ejb and portal-web. A
 * package is {@code nl.ingrado.portal.<capability>.<kind>}: kinds {@code boundary}, {@code control}
 * and {@code entity} in portal-ejb, {@code web} and {@code rest} in portal-web. A rule that breaks
 * names each offending dependency with its file and line.
 */
@AnalyzeClasses(packages = ArchitectureTest.BASE, importOptions = {ImportOption.DoNotIncludeTests.class,
        ArchitectureTest.MainCodeOnly.class})
class ArchitectureTest {

    static final String BASE = "nl.ingrado.portal";

    /** From the lowest to the highest: a capability may use those before it, never those after it. */
    static final List<String> ORDER = List.of(
            "shared", "mail", "account", "rayon", "member", "event", "register", "newsletter");

    /** The login, session and identity-store glue: above all capabilities, used by none. */
    static final String SECURITY = "security";
    static final Set<String> SECURITY_MAY_USE = Set.of("shared", "account", "member");

    static final Set<String> KINDS = Set.of("boundary", "control", "entity", "web", "rest");

    /** Web classes that may use JDBC, by simple name. */
    static final Set<String> JDBC_IN_WEB = Set.of(
            // a readiness check asks the database itself, not a service that might hide its absence
            "DatabaseHealth");

    /** Migrations whose file name does not start with the capability that owns their tables. */
    static final Map<String, String> MIGRATION_OWNERS = Map.of(
            "V3__staff_administration.sql", "member",
            "V4__privacy_membership.sql", "member",
            "V5__events.sql", "event",
            "V6__guest_registration.sql", "event",
            "V7__attendance.sql", "event",
            "V8__assembly_documents.sql", "event",
            "V9__krsd_register.sql", "register");

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
                    "account"));

    @ArchTest
    static final ArchRule every_class_lives_in_a_capability_and_kind = classes()
            .should(liveInAKnownPlace())
            .because("the rules below only hold for capabilities and kinds they know");

    @ArchTest
    static final ArchRule capabilities_are_free_of_cycles = slices()
            .matching(BASE + ".(*)..")
            .namingSlices("$1")
            .should().beFreeOfCycles()
            .because("capabilities in a loop can be neither understood nor changed one at a time");

    @ArchTest
    static final ArchRule a_capability_uses_only_lower_ones = classes()
            .should(notUse("a capability above its own in " + String.join(" < ", ORDER),
                    (from, to) -> ORDER.contains(from.capability()) && !from.capability().equals("shared")
                            && ORDER.indexOf(to.capability()) > ORDER.indexOf(from.capability())))
            .because("each capability builds on those below it and can be understood without those above");

    @ArchTest
    static final ArchRule shared_uses_no_capability = classes()
            .should(notUse("another capability from shared",
                    (from, to) -> from.capability().equals("shared") && !to.capability().equals("shared")))
            .because("shared is the toolbox that every capability builds on");

    @ArchTest
    static final ArchRule nobody_uses_security = classes()
            .should(notUse("security from outside it",
                    (from, to) -> !from.capability().equals(SECURITY) && to.capability().equals(SECURITY)))
            .because("how a user logs in is glue on top; no capability depends on it");

    @ArchTest
    static final ArchRule security_uses_only_what_identifies_a_user = classes()
            .should(notUse("from security other capabilities than " + new TreeSet<>(SECURITY_MAY_USE),
                    (from, to) -> from.capability().equals(SECURITY) && !to.capability().equals(SECURITY)
                            && !SECURITY_MAY_USE.contains(to.capability())))
            .because("knowing who is logged in takes accounts and memberships, nothing else");

    @ArchTest
    static final ArchRule no_capability_uses_another_ones_control = classes()
            .should(notUse("another capability's control (shared's excepted)",
                    (from, to) -> !from.sameCapability(to) && to.kind().equals("control")
                            && !to.capability().equals("shared")))
            .because("control holds a capability's internals; others go through its boundary or entity");

    @ArchTest
    static final ArchRule control_does_not_use_its_boundary = classes()
            .should(notUse("the boundary from its control",
                    (from, to) -> from.sameCapability(to) && from.kind().equals("control")
                            && to.kind().equals("boundary")))
            .because("control serves the boundary; calling back up makes a loop inside the capability");

    @ArchTest
    static final ArchRule entity_uses_neither_control_nor_boundary = classes()
            .should(notUse("control or boundary from an entity",
                    (from, to) -> from.sameCapability(to) && from.kind().equals("entity")
                            && (to.kind().equals("control") || to.kind().equals("boundary"))))
            .because("entities are the data and its rules, beneath the services that use them");

    @ArchTest
    static final ArchRule web_and_rest_use_no_other_capabilitys_web_or_rest = classes()
            .should(notUse("another capability's web or rest from web or rest (shared's excepted)",
                    (from, to) -> from.isWebCode() && to.isWebOrRest() && !from.sameCapability(to)
                            && !to.capability().equals("shared")))
            .because("a page or resource must not break when another capability's page changes; what they "
                    + "share lives in shared");

    @ArchTest
    static final ArchRule rest_does_not_use_web = classes()
            .should(notUse("web from rest (shared's web excepted)",
                    (from, to) -> from.kind().equals("rest") && to.kind().equals("web")
                            && !to.capability().equals("shared")))
            .because("the API must not depend on JSF beans and their view state");

    @ArchTest
    static final ArchRule web_code_does_not_use_jdbc = noClasses()
            .that(areWebCode()).and(areNotNamedIn(JDBC_IN_WEB))
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .because("web code goes through the boundaries, which own the SQL and the transactions");

    /** Keeps the JDBC exceptions honest: each names a web class that uses JDBC today. */
    @ArchTest
    static void jdbc_exceptions_name_web_classes_that_use_jdbc(JavaClasses classes) {
        var needed = new TreeSet<String>();
        for (var c : classes) {
            if (areWebCode().test(c) && c.getDirectDependenciesFromSelf().stream()
                    .anyMatch(d -> d.getTargetClass().getPackageName().matches("javax?\\.sql(\\..*)?"))) {
                needed.add(topLevel(c).getSimpleName());
            }
        }
        var stale = new TreeSet<>(JDBC_IN_WEB);
        stale.removeAll(needed);
        if (!stale.isEmpty()) {
            throw new AssertionError("JDBC_IN_WEB names web classes that do not use JDBC (any more): " + stale
                    + "; remove them from the list");
        }
    }

    /**
     * Every package says in a sentence what lives there. Read from the sources: javac writes no class
     * for a package-info.java that has no annotations, so ArchUnit cannot see it.
     */
    @ArchTest
    static void every_package_has_a_package_info_that_says_what_lives_there(JavaClasses classes) {
        var packages = new TreeSet<String>();
        classes.forEach(c -> packages.add(c.getPackageName()));
        var infos = packageInfos();
        var problems = new ArrayList<String>();
        for (var name : packages) {
            var info = infos.get(name);
            if (info == null) {
                problems.add(name
                        + ": no package-info.java; add one saying in a sentence or three what lives there");
            } else if (javadocWords(SqlSources.read(info)) < 5) {
                problems.add(name + ": its package-info.java says nothing (" + info
                        + "); say in a sentence what lives there");
            }
        }
        infos.keySet().stream().filter(name -> !packages.contains(name))
                .forEach(name -> problems.add(name + ": package-info.java of a package without classes ("
                        + infos.get(name) + "); remove it"));
        if (!problems.isEmpty()) {
            throw new AssertionError(
                    "Packages without a package-info that says what lives there, because a reader "
                            + "should learn a package's role in one look (" + problems.size() + "):\n"
                            + String.join("\n", problems));
        }
    }

    /**
     * SQL of one capability that names another capability's table, allowed only through
     * {@link #SQL_ALLOWED}. Imports do not show this coupling, so the string literals of the main
     * sources are read: a table after FROM, JOIN, INTO, UPDATE or TABLE.
     */
    @ArchTest
    static void sql_names_other_capabilities_tables_only_where_allowed(JavaClasses classes) {
        var known = new TreeSet<>(ORDER);
        known.add(SECURITY);
        var owners = SqlSources.tableOwners(known, MIGRATION_OWNERS, TABLE_OWNERS);
        var usages = new TreeMap<String, TreeSet<String>>();
        for (var root : SqlSources.mainSourceRoots()) {
            for (var file : javaFiles(root.resolve(BASE.replace('.', '/')))) {
                var place = Place.of(packageOf(root, file));
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

    /** Where a class lives: {@code nl.ingrado.portal.<capability>.<kind>}, kind empty when none. */
    record Place(String capability, String kind) {

        static Place of(JavaClass c) {
            return of(c.getBaseComponentType().getPackageName());
        }

        static Place of(String packageName) {
            if (!packageName.startsWith(BASE + ".")) {
                return null;
            }
            var parts = packageName.substring(BASE.length() + 1).split("\\.");
            return new Place(parts[0], parts.length > 1 ? parts[1] : "");
        }

        boolean sameCapability(Place other) {
            return capability.equals(other.capability);
        }

        boolean isWebOrRest() {
            return kind.equals("web") || kind.equals("rest");
        }

        /** security is web code whatever its sub-package: it lives in portal-web. */
        boolean isWebCode() {
            return isWebOrRest() || capability.equals(SECURITY);
        }

        @Override
        public String toString() {
            return kind.isEmpty() ? capability : capability + "." + kind;
        }
    }

    /** A capability whose SQL may name the {@code tables} of others, and why. */
    record ForeignTables(String capability, List<String> tables, String reason) {
    }

    private static ForeignTables allow(String capability, String reason, String... tables) {
        return new ForeignTables(capability, List.of(tables), reason);
    }

    /** Leaves out the development tooling and the test harness that share the base package. */
    public static final class MainCodeOnly implements ImportOption {

        @Override
        public boolean includes(Location location) {
            return !location.contains("/nl/ingrado/portal/dev/")
                    && !location.contains("/nl/ingrado/portal/testing/");
        }
    }

    /** Fails each dependency from one place of the portal to another for which {@code forbidden} holds. */
    private static ArchCondition<JavaClass> notUse(String what, BiPredicate<Place, Place> forbidden) {
        return new ArchCondition<>("not use " + what) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                var from = Place.of(origin);
                if (from == null) {
                    return;
                }
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    var to = Place.of(d.getTargetClass());
                    if (to != null && forbidden.test(from, to)) {
                        events.add(SimpleConditionEvent.violated(d,
                                from + " → " + to + ": " + d.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> liveInAKnownPlace() {
        return new ArchCondition<>("live in " + BASE + ".<capability>.<kind> with a capability of " + ORDER
                + " and a kind of " + new TreeSet<>(KINDS) + ", or in " + BASE + "." + SECURITY) {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                var place = Place.of(c);
                boolean known = place != null && (place.capability().equals(SECURITY)
                        || ORDER.contains(place.capability()) && KINDS.contains(place.kind()));
                if (!known) {
                    events.add(SimpleConditionEvent.violated(c, c.getName() + " lives in "
                            + c.getPackageName()
                            + ": move it, or add its capability to ORDER (in its place) or its kind to KINDS"));
                }
            }
        };
    }

    private static DescribedPredicate<JavaClass> areWebCode() {
        return DescribedPredicate.describe("are web code (web, rest, security)", c -> {
            var place = Place.of(c);
            return place != null && place.isWebCode();
        });
    }

    private static DescribedPredicate<JavaClass> areNotNamedIn(Set<String> names) {
        return DescribedPredicate.describe("are not named in " + new TreeSet<>(names),
                c -> !names.contains(topLevel(c).getSimpleName()));
    }

    private static JavaClass topLevel(JavaClass c) {
        var outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    /** The package-info.java files of the main sources, by package name. */
    private static Map<String, Path> packageInfos() {
        var infos = new TreeMap<String, Path>();
        for (var root : SqlSources.mainSourceRoots()) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.getFileName().toString().equals("package-info.java"))
                        .forEach(f -> infos.put(packageOf(root, f), f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        infos.keySet().removeIf(name -> !name.startsWith(BASE + "."));
        return infos;
    }

    private static final Pattern JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);

    private static int javadocWords(String source) {
        var javadoc = JAVADOC.matcher(source);
        if (!javadoc.find()) {
            return 0;
        }
        var text = javadoc.group(1).replaceAll("(?m)^\\s*\\*", " ").strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }

    private static List<Path> javaFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String packageOf(Path root, Path file) {
        return root.relativize(file.getParent()).toString().replace(java.io.File.separatorChar, '.');
    }
}
