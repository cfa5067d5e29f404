package nl.ingrado.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.ingrado.portal.shared.entity.EmailAddress;
import nl.ingrado.portal.shared.entity.Lengths;
import org.junit.jupiter.api.Test;

/**
 * Finds every text field of every form in the views and follows its binding ({@code #{bean.x}} or
 * {@code #{bean.form.x}}) to the Java field: each has a length limit, and that limit is one of
 * {@link Lengths} (which {@code ColumnLimitsIT} checks against the columns), never a number of its own.
 */
class FormConstraintsTest {

    private static final Path VIEWS = Path.of("src/main/webapp");
    private static final Path CLASSES = Path.of("target/classes");
    private static final Pattern INPUT = Pattern.compile(
            "<(?:p|h):(?:inputText|inputTextarea|password|inputSecret)\\b[^>]*?\\bvalue=\"#\\{([\\w.]+)}\"[^>]*");

    @Test
    void everyTypedTextHasALimitFromTheColumns() throws Exception {
        var beans = namedBeans();
        var limits = new HashSet<Integer>();
        for (var field : Lengths.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
                limits.add(field.getInt(null));
            }
        }
        var problems = new ArrayList<String>();
        int pages = 0;
        int fields = 0;
        try (var views = Files.walk(VIEWS)) {
            for (var view : views.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList()) {
                var page = Files.readString(view);
                var matcher = INPUT.matcher(page);
                boolean any = false;
                while (matcher.find()) {
                    var path = matcher.group(1).split("\\.");
                    var bean = beans.get(path[0]);
                    if (matcher.group().contains("readonly=\"true\"")) {
                        continue; // shown, not typed
                    }
                    if (bean == null) {
                        continue; // a parameter of an include (#{form.x}): checked where it is bound
                    }
                    any = true;
                    fields++;
                    var field = property(bean, List.of(path).subList(1, path.length));
                    var where = VIEWS.relativize(view) + " " + matcher.group(1);
                    if (field == null) {
                        problems.add(where + ": no such field");
                    } else if (field.getType() == String.class) {
                        var size = size(field);
                        if (size == null) {
                            problems.add(where + ": no @Size");
                        } else if (!limits.contains(size.max())) {
                            problems.add(where + ": @Size(max = " + size.max() + ") is not one of Lengths");
                        }
                    }
                }
                pages += any ? 1 : 0;
            }
        }
        System.out.printf("Form constraints: %d pages, %d typed fields checked%n", pages, fields);
        assertTrue(pages > 30 && fields > 100, pages + " pages, " + fields + " fields");
        assertEquals(List.of(), problems);
    }

    private static Size size(Field field) {
        if (field.isAnnotationPresent(EmailAddress.class)) {
            return EmailAddress.class.getAnnotation(Size.class);
        }
        return field.getAnnotation(Size.class);
    }

    private static Field property(Class<?> type, List<String> names) {
        Field field = null;
        for (var name : names) {
            field = declared(type, name);
            if (field == null) {
                return null;
            }
            type = field.getType();
        }
        return field;
    }

    private static Field declared(Class<?> type, String name) {
        for (var t = type; t != null; t = t.getSuperclass()) {
            try {
                return t.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }

    /** The {@code @Named} beans of the web module by their EL name. */
    private static Map<String, Class<?>> namedBeans() throws IOException, ClassNotFoundException {
        var beans = new HashMap<String, Class<?>>();
        Set<Path> files;
        try (var walk = Files.walk(CLASSES)) {
            files = new HashSet<>(
                    walk.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$"))
                            .toList());
        }
        for (var file : files) {
            var name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            var type = Class.forName(name, false, FormConstraintsTest.class.getClassLoader());
            var named = type.getAnnotation(Named.class);
            if (named != null) {
                var simple = type.getSimpleName();
                beans.put(named.value().isEmpty()
                        ? Character.toLowerCase(simple.charAt(0)) + simple.substring(1)
                        : named.value(), type);
            }
        }
        return beans;
    }
}
