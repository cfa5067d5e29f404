package nl.ingrado.portal.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of every in-container test class: the built WAR with all Arquillian test
 * classes of this module, the helpers of this test tree they inject (a package's own fixtures, as a
 * CDI bean) and the fixtures they use. Because every class asks for the same archive,
 * {@link SharedPayaraMicro} starts Payara Micro once for all of them instead of once per class. A test
 * class declares {@code @Deployment static WebArchive deployment() { return InContainer.deployment(); }}.
 */
public final class InContainer {

    private InContainer() {
    }

    public static WebArchive deployment() {
        var war = ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("portal.test.war")));
        war.addClasses(Db.class, Fixtures.class, StatementCounter.class);
        for (var test : testClasses()) {
            war.addClass(test); // with its nested classes (CDI observers of the test, for instance)
            for (var field : test.getDeclaredFields()) {
                if (inTestTree(field.getType())) {
                    war.addClass(field.getType());
                }
            }
        }
        return war;
    }

    private static boolean inTestTree(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        return source != null && source.getLocation().equals(testTree());
    }

    private static URL testTree() {
        return InContainer.class.getProtectionDomain().getCodeSource().getLocation();
    }

    /** The classes of this module's test tree that declare a {@code @Deployment}. */
    private static Class<?>[] testClasses() {
        Path root;
        try {
            root = Path.of(testTree().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (var files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> load(name.substring(0, name.length() - ".class".length())
                            .replace(File.separatorChar, '.')))
                    .filter(type -> Arrays.stream(type.getDeclaredMethods())
                            .anyMatch(method -> method.isAnnotationPresent(Deployment.class)))
                    .sorted(java.util.Comparator.comparing(Class::getName))
                    .toArray(Class<?>[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, InContainer.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
