package nl.ingrado.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * View and session beans travel to another node with the session when a node dies (the WAR is
 * distributable and the JSF view state is kept in the session). Weld does not inject again after
 * deserializing, so an injected field must not be transient (Weld's and the EJB proxies are
 * serializable); and every other field that is written must be serializable, or the session cannot be
 * put on the grid while the view is open.
 */
class ViewStateSerializableTest {

    /** Library fields that our classes leave null. */
    private static final Set<String> ALWAYS_NULL = Set.of(
            // LazyList gives the row keys itself (getRowKey); its loaded page, the field data, is written
            "org.primefaces.model.LazyDataModel.rowKeyConverter");

    private static List<Class<?>> beans;

    @BeforeAll
    static void findBeans() {
        beans = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("nl.ingrado.portal").stream()
                .filter(c -> c.isAnnotatedWith(ViewScoped.class) || c.isAnnotatedWith(SessionScoped.class))
                .<Class<?>>map(JavaClass::reflect)
                .sorted(Comparator.comparing(Class::getName))
                .toList();
        assertTrue(beans.size() > 20, "too few view beans found: " + beans);
    }

    @Test
    void injectedFieldsAreNotTransient() {
        Set<String> problems = new TreeSet<>();
        for (Class<?> bean : beans) {
            for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (field.isAnnotationPresent(Inject.class)
                            && Modifier.isTransient(field.getModifiers())) {
                        problems.add(bean.getSimpleName() + "." + field.getName()
                                + " is injected and transient: null after the session moves to another node");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void stateFieldsAreSerializable() {
        Set<String> problems = new TreeSet<>();
        for (Class<?> bean : beans) {
            checkFields(bean, Map.of(), bean.getSimpleName(), new HashSet<>(), problems, true);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void freshBeansSerializeAndDeserialize() {
        Set<String> problems = new TreeSet<>();
        for (Class<?> bean : beans) {
            Constructor<?> constructor;
            try {
                constructor = bean.getDeclaredConstructor();
            } catch (NoSuchMethodException e) {
                continue;
            }
            if (Modifier.isAbstract(bean.getModifiers())) {
                continue;
            }
            try {
                constructor.setAccessible(true);
                Object instance = constructor.newInstance();
                var bytes = new ByteArrayOutputStream();
                try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                    out.writeObject(instance);
                }
                try (ObjectInputStream in = new ObjectInputStream(
                        new ByteArrayInputStream(bytes.toByteArray()))) {
                    in.readObject(); // as the other node does
                }
            } catch (IOException e) {
                problems.add(bean.getSimpleName() + " does not serialize: " + e);
            } catch (ReflectiveOperationException e) {
                problems.add(bean.getSimpleName() + " cannot be made: " + e);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * Checks the written fields of {@code type} and its superclasses; {@code bindings} gives the type
     * arguments of the class's type variables as far as they are known.
     */
    private static void checkFields(Class<?> type, Map<TypeVariable<?>, Type> bindings, String path,
            Set<Class<?>> visited, Set<String> problems, boolean bean) {
        Map<TypeVariable<?>, Type> known = new HashMap<>(bindings);
        // the fields of a superclass that is not serializable are not written
        for (Class<?> c = type; c != null && Serializable.class.isAssignableFrom(c); c = c.getSuperclass()) {
            if (c.getName().startsWith("java.")) {
                break;
            }
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)
                        || (bean && field.isAnnotationPresent(Inject.class))
                        || ALWAYS_NULL.contains(c.getName() + "." + field.getName())) {
                    continue;
                }
                check(field.getGenericType(), known, path + "." + field.getName(), visited, problems);
            }
            if (c.getGenericSuperclass() instanceof ParameterizedType superType) {
                bind((Class<?>) superType.getRawType(), superType, known);
            }
        }
    }

    private static void bind(Class<?> raw, ParameterizedType type, Map<TypeVariable<?>, Type> known) {
        TypeVariable<?>[] variables = raw.getTypeParameters();
        Type[] arguments = type.getActualTypeArguments();
        for (int i = 0; i < variables.length; i++) {
            known.put(variables[i], resolve(arguments[i], known));
        }
    }

    private static Type resolve(Type type, Map<TypeVariable<?>, Type> known) {
        return type instanceof TypeVariable<?> variable && known.containsKey(variable)
                ? known.get(variable)
                : type;
    }

    private static void check(Type type, Map<TypeVariable<?>, Type> known, String path, Set<Class<?>> visited,
            Set<String> problems) {
        Type resolved = resolve(type, known);
        if (resolved instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                check(bound, known, path + " <" + variable.getName() + ">", visited, problems);
            }
        } else if (resolved instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, known, path, visited, problems);
            }
        } else if (resolved instanceof GenericArrayType array) {
            check(array.getGenericComponentType(), known, path + "[]", visited, problems);
        } else if (resolved instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw.isInterface()
                    && (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw))
                    && raw.getName().startsWith("java.util.")) {
                // List, Set, Map …: the implementations used (ArrayList, List.of, HashMap …) are serializable
                for (int i = 0; i < arguments.length; i++) {
                    check(arguments[i], known, path + "<" + i + ">", visited, problems);
                }
                return;
            }
            // another generic class: its type arguments count where its fields use them
            Map<TypeVariable<?>, Type> inner = new HashMap<>(known);
            bind(raw, parameterized, inner);
            checkClass(raw, inner, path, visited, problems);
        } else if (resolved instanceof Class<?> c) {
            checkClass(c, Map.of(), path, visited, problems);
        }
    }

    private static void checkClass(Class<?> c, Map<TypeVariable<?>, Type> known, String path,
            Set<Class<?>> visited, Set<String> problems) {
        if (c.isPrimitive() || c.isEnum()) {
            return;
        }
        if (c.isArray()) {
            check(c.getComponentType(), known, path + "[]", visited, problems);
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(path + ": " + c.getName() + " is not Serializable");
            return;
        }
        if (c.getName().startsWith("java.") || c.isInterface() || !visited.add(c)) {
            return; // the JDK's serializable types (String, boxes, java.time) write themselves
        }
        checkFields(c, known, path + " (" + c.getSimpleName() + ")", visited, problems, false);
    }
}
