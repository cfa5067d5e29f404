package nl.ingrado.portal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every package of the main code says in a sentence what lives there. Read from the sources: javac
 * writes no class for a package-info.java that has no annotations, so ArchUnit cannot see it; the
 * packages themselves come from the same classes {@link ArchitectureTest} checks.
 */
@AnalyzeClasses(packages = ArchitectureTest.BASE, importOptions = {ImportOption.DoNotIncludeTests.class,
        ArchitectureTest.MainCodeOnly.class})
class PackageInfoTest {

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

    /** The package-info.java files of the main sources, by package name. */
    private static Map<String, Path> packageInfos() {
        var infos = new TreeMap<String, Path>();
        for (var root : SqlSources.mainSourceRoots()) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.getFileName().toString().equals("package-info.java"))
                        .forEach(f -> infos.put(SqlSources.packageOf(root, f), f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        infos.keySet().removeIf(name -> !name.startsWith(ArchitectureTest.BASE + "."));
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
}
