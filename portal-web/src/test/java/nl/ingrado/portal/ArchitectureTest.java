package nl.ingrado.portal;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;

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
 * names each offending dependency with its file and line. What the class files do not show is checked
 * from the sources next to it: {@link PackageInfoTest} and {@link SqlCouplingTest}.
 */
@AnalyzeClasses(packages = ArchitectureTest.BASE, importOptions = {ImportOption.DoNotIncludeTests.class,
        ArchitectureTest.MainCodeOnly.class})
class ArchitectureTest {

    static final String BASE = "nl.ingrado.portal";

    /** From the lowest to the highest: a capability may use those before it, never those after it. */
    static final List<String> ORDER = List.of(
            "shared", "mail", "account", "rayon", "member", "event", "register", "newsletter", "question",
            "invoice");

    /** The login, session and identity-store glue: above all capabilities, used by none. */
    static final String SECURITY = "security";
    static final Set<String> SECURITY_MAY_USE = Set.of("shared", "account", "member");

    static final Set<String> KINDS = Set.of("boundary", "control", "entity", "web", "rest");

    /** Web classes that may use JDBC, by simple name. */
    static final Set<String> JDBC_IN_WEB = Set.of(
            // a readiness check asks the database itself, not a service that might hide its absence
            "DatabaseHealth");

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
}
