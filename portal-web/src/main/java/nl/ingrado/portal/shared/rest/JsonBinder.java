package nl.ingrado.portal.shared.rest;

import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * Binds JSON straight from a streaming parser into a record, strictly: an object where the record
 * wants one, exactly the record's fields (an unknown or repeated field is refused), whole numbers
 * within range for integer fields, text for text, ISO dates for dates. No tree is built first, so a
 * wrong shape is refused at its first token however large or deep the rest is. Every refusal is a
 * {@link BusinessException} naming the field by its path, such as {@code workshops.9} or
 * {@code registrationNumbers.3}; the body itself has no field name. Entries of lists and maps are
 * never null.
 */
final class JsonBinder {

    private final JsonParser parser;
    private final int maxDepth;

    JsonBinder(JsonParser parser, int maxDepth) {
        this.parser = parser;
        this.maxDepth = maxDepth;
    }

    /** The body as {@code type}; the parser must hold exactly one value. */
    <T> T read(Class<T> type) {
        if (!parser.hasNext()) {
            throw new BusinessException("problem.json.empty");
        }
        var first = parser.next();
        if (first != Event.START_OBJECT) {
            throw new BusinessException(
                    first == Event.VALUE_NULL ? "problem.json.empty" : "problem.json.object");
        }
        var value = record(type, null, 1);
        if (parser.hasNext()) {
            // hasNext() itself refuses trailing text; a second value is refused here
            throw new BusinessException("problem.json.invalid");
        }
        return type.cast(value);
    }

    private Object value(Type type, String path, int depth, Event event) {
        if (event == Event.START_OBJECT || event == Event.START_ARRAY) {
            if (depth + 1 > maxDepth) {
                throw field(path, "problem.json.tooDeep", maxDepth);
            }
        }
        var raw = raw(type);
        if (event == Event.VALUE_NULL) {
            if (raw.isPrimitive()) {
                throw field(path, "problem.field.required");
            }
            return null;
        }
        if (raw.isRecord()) {
            expect(event == Event.START_OBJECT, path, "object");
            return record(raw, path, depth + 1);
        }
        if (List.class.isAssignableFrom(raw)) {
            expect(event == Event.START_ARRAY, path, "array");
            return list(argument(type, 0), path, depth + 1);
        }
        if (Map.class.isAssignableFrom(raw)) {
            expect(event == Event.START_OBJECT, path, "object");
            return map(raw(argument(type, 0)), argument(type, 1), path, depth + 1);
        }
        if (raw == String.class) {
            expect(event == Event.VALUE_STRING, path, "string");
            return parser.getString();
        }
        if (raw == Boolean.class || raw == boolean.class) {
            expect(event == Event.VALUE_TRUE || event == Event.VALUE_FALSE, path, "boolean");
            return event == Event.VALUE_TRUE;
        }
        if (raw == Long.class || raw == long.class || raw == Integer.class || raw == int.class) {
            expect(event == Event.VALUE_NUMBER && parser.isIntegralNumber(), path, "integer");
            try {
                long n = parser.getBigDecimal().longValueExact();
                if (raw == Long.class || raw == long.class) {
                    return n;
                }
                return Integer.valueOf(Math.toIntExact(n));
            } catch (ArithmeticException e) {
                throw field(path, "problem.json.range");
            }
        }
        if (raw == BigDecimal.class) {
            expect(event == Event.VALUE_NUMBER, path, "number");
            return parser.getBigDecimal();
        }
        if (raw == LocalDate.class) {
            expect(event == Event.VALUE_STRING, path, "date");
            try {
                return LocalDate.parse(parser.getString().strip());
            } catch (DateTimeParseException e) {
                throw field(path, "problem.json.expected.date");
            }
        }
        if (raw.isEnum()) {
            expect(event == Event.VALUE_STRING, path, "enum");
            var name = parser.getString().strip().toUpperCase(Locale.ROOT);
            for (var constant : raw.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
            throw field(path, "problem.json.expected.enum");
        }
        throw new IllegalStateException("JSON bodies cannot hold a " + type);
    }

    private Object record(Class<?> type, String path, int depth) {
        var components = type.getRecordComponents();
        var byName = new HashMap<String, Integer>();
        for (int i = 0; i < components.length; i++) {
            byName.put(components[i].getName(), i);
        }
        var values = new Object[components.length];
        var seen = new boolean[components.length];
        for (var event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
            var name = parser.getString();
            var index = byName.get(name);
            var fieldPath = join(path, name);
            if (index == null) {
                throw field(fieldPath, "problem.json.unknownField");
            }
            if (seen[index]) {
                throw field(fieldPath, "problem.json.duplicate");
            }
            seen[index] = true;
            values[index] = value(components[index].getGenericType(), fieldPath, depth, parser.next());
        }
        for (int i = 0; i < components.length; i++) {
            if (values[i] == null && components[i].getType().isPrimitive()) {
                throw field(join(path, components[i].getName()), "problem.field.required");
            }
        }
        try {
            var constructor = type.getDeclaredConstructor(
                    java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new IllegalStateException(e);
        }
    }

    private List<Object> list(Type element, String path, int depth) {
        var list = new ArrayList<Object>();
        for (var event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
            list.add(element(element, join(path, String.valueOf(list.size())), depth, event));
        }
        return list;
    }

    private Map<Object, Object> map(Class<?> keyType, Type valueType, String path, int depth) {
        var map = new LinkedHashMap<Object, Object>();
        for (var event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
            var name = parser.getString();
            var fieldPath = join(path, name.length() > 40 ? name.substring(0, 40) + "…" : name);
            Object key = name;
            if (keyType == Long.class) {
                // an id as the key: digits only, so " 9", "9.0" or "x" never pass for 9
                if (!name.matches("[0-9]{1,18}")) {
                    throw field(fieldPath, "problem.json.key");
                }
                key = Long.valueOf(name);
            }
            if (map.containsKey(key)) {
                throw field(fieldPath, "problem.json.duplicate");
            }
            map.put(key, element(valueType, fieldPath, depth, parser.next()));
        }
        return map;
    }

    /** An entry of a list or map: never null, so code using the body needs no check of its own. */
    private Object element(Type type, String path, int depth, Event event) {
        if (event == Event.VALUE_NULL) {
            throw field(path, "problem.field.required");
        }
        return value(type, path, depth, event);
    }

    private static void expect(boolean ok, String path, String kind) {
        if (!ok) {
            throw field(path, "problem.json.expected." + kind);
        }
    }

    private static BusinessException field(String path, String key, Object... arguments) {
        var args = new Object[arguments.length + 1];
        args[0] = path;
        System.arraycopy(arguments, 0, args, 1, arguments.length);
        return BusinessException.onField(path, key, args);
    }

    private static String join(String path, String name) {
        return path == null ? name : path + "." + name;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("JSON bodies cannot hold a " + type);
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new IllegalStateException("a raw " + type + " in a JSON body");
    }

}
