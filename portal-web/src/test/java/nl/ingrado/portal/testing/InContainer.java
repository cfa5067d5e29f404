package nl.ingrado.portal.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The one deployment of every in-container test class: the built WAR with all Arquillian test
 * classes of this module, the helpers of this test tree they inject (a package's own fixtures, as a
 * CDI bean) and the fixtures they use. Because every class asks for the same archive,
 * {@link SharedPayaraMicro} starts Payara Micro once for all of them instead of once per class. A test
 * class gets it by extending {@link ContainerTest}.
 */
public final class InContainer {

    private InContainer() {
    }

    public static WebArchive deployment() {
        var war = ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("portal.test.war")));
        war.addClasses(Db.class, Fixtures.class, EventBuilder.class, StatementCounter.class);
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

    /**
     * The classes of this module's test tree that declare or inherit a {@code @Deployment}, and the helpers
     * in their packages: the classes there without tests of their own, which those test classes may call.
     */
    private static List<Class<?>> testClasses() {
        var classes = testTreeClasses();
        var packages = classes.stream().filter(InContainer::deploys).map(Class::getPackageName)
                .collect(Collectors.toSet());
        return classes.stream()
                .filter(type -> deploys(type) || packages.contains(type.getPackageName()) && !hasTests(type))
                .toList();
    }

    /** Whether it declares a {@code @Deployment} or inherits one, as Arquillian finds it. */
    private static boolean deploys(Class<?> type) {
        for (var c = type; c != null; c = c.getSuperclass()) {
            if (Arrays.stream(c.getDeclaredMethods())
                    .anyMatch(method -> method.isAnnotationPresent(Deployment.class))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTests(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .anyMatch(method -> method.isAnnotationPresent(Test.class));
    }

    private static boolean inTestTree(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        return source != null && source.getLocation().equals(testTree());
    }

    private static URL testTree() {
        return InContainer.class.getProtectionDomain().getCodeSource().getLocation();
    }

    /** The top-level classes of this module's test tree, by name. */
    private static List<Class<?>> testTreeClasses() {
        Path root;
        try {
            root = Path.of(testTree().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (var files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$")
                            && !name.endsWith("package-info.class"))
                    .<Class<?>>map(name -> load(name.substring(0, name.length() - ".class".length())
                            .replace(File.separatorChar, '.')))
                    .sorted(Comparator.comparing(Class::getName))
                    .toList();
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
