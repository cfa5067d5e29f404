package nl.ingrado.portal.shared;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.ingrado.portal.testing.HttpSession;

/**
 * Every write of the JSON API (POST, PUT, PATCH, DELETE) as the OpenAPI document describes it, called
 * by a role allowed to make it with hostile path parameters, hostile bodies (malformed, an array for
 * the object, 100,000 levels deep, 5 MB, an unknown field) and hostile values in each body property,
 * the other properties plausible.
 */
final class ApiFuzzer {

    private static final List<String> WRITES = List.of("post", "put", "patch", "delete");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final List<String[]> BAD_IDS = List.of(new String[]{"wrong type (string)", "abc"},
            new String[]{"fraction", "1.5"}, new String[]{"negative number", "-1"},
            new String[]{"huge number", "99999999999999999999999"},
            new String[]{"an id that names nothing", "0"},
            new String[]{"unicode and emoji", "%F0%9F%98%80"});

    private final Findings findings;
    private final DbFingerprint fingerprint;
    private final Verdict verdict;
    private final Map<String, String> ids = new HashMap<>();

    ApiFuzzer(Findings findings, DbFingerprint fingerprint, Verdict verdict) {
        this.findings = findings;
        this.fingerprint = fingerprint;
        this.verdict = verdict;
    }

    /** Fuzzes each write of the document; {@code roles} are tried in order, the first allowed makes the calls. */
    void fuzz(JsonObject openApi, Map<String, HttpSession> roles) throws IOException {
        var schemas = openApi.getJsonObject("components") == null
                ? Json.createObjectBuilder().build()
                : openApi.getJsonObject("components").getJsonObject("schemas");
        for (var path : openApi.getJsonObject("paths").entrySet()) {
            for (var operation : path.getValue().asJsonObject().entrySet()) {
                if (WRITES.contains(operation.getKey())) {
                    fuzz(operation.getKey().toUpperCase(), api(path.getKey()),
                            operation.getValue().asJsonObject(),
                            schemas, roles);
                }
            }
        }
    }

    private void fuzz(String method, String template, JsonObject operation, JsonObject schemas,
            Map<String, HttpSession> roles) throws IOException {
        var name = method + " " + template;
        boolean hasBody = operation.containsKey("requestBody");
        Map.Entry<String, HttpSession> caller = null;
        for (var role : roles.entrySet()) {
            // a body that is no JSON and an id that names nothing: refused whatever the role may do
            var probe = send(role.getValue(), method, fill(template, role.getValue(), "0"),
                    hasBody ? "{" : null);
            if (probe.statusCode() != 401 && probe.statusCode() != 403) {
                caller = role;
                break;
            }
        }
        if (caller == null) {
            findings.skipped("API write no role may make: " + name);
            return;
        }
        var target = caller.getKey() + " " + name;
        findings.operation(target);
        var session = caller.getValue();
        var properties = properties(operation, schemas);
        // a bare object says nothing of what to send: a client reading the document cannot get it right
        bare(operation, schemas).forEach(property -> findings.fail(
                "the document gives the property as an object without members", target, property,
                "(document)"));
        var valid = new LinkedHashMap<String, String>();
        properties.forEach((property, type) -> valid.put(property, plausible(property, type)));
        var path = fill(template, session, null);

        var matcher = PARAMETER.matcher(template);
        while (matcher.find()) {
            findings.property(target, "{" + matcher.group(1) + "}");
            for (var bad : BAD_IDS) {
                var hostilePath = template.replace(matcher.group(), bad[1]).replaceAll("\\{[^}]+}",
                        id(template, session));
                call(session, method, hostilePath, hasBody ? json(valid, null, null) : null, target,
                        "{" + matcher.group(1) + "}",
                        bad[0], true);
            }
        }
        if (!hasBody) {
            return;
        }
        if (!takesJson(operation)) {
            // a file upload (a bank statement as XML) has a limit and refusals of its own, tested with it
            findings.skipped("API write whose body is not JSON: " + name);
            return;
        }
        call(session, method, path, "{", target, "(body)", "malformed JSON", true);
        call(session, method, path, "[" + json(valid, null, null) + "]", target, "(body)",
                "array for the body", true);
        call(session, method, path, Hostile.deepNesting(), target, "(body)", "deep nesting", true);
        call(session, method, path, json(valid, "fuzzUnknownField", "1"), target, "fuzzUnknownField",
                "unknown field",
                true);
        var first = properties.entrySet().stream().filter(p -> "string".equals(p.getValue()))
                .map(Map.Entry::getKey)
                .findFirst().orElse("fuzzUnknownField");
        call(session, method, path, json(valid, first, Hostile.quote(Hostile.FIVE_MB.value("text"))), target,
                first,
                "5 MB", true);
        for (var property : properties.entrySet()) {
            findings.property(target, property.getKey());
            for (var hostile : Hostile.json(property.getValue(), valid.get(property.getKey()))) {
                call(session, method, path, json(valid, property.getKey(), hostile[1]), target,
                        property.getKey(),
                        hostile[0], Hostile.jsonMustRefuse(hostile[0]));
            }
        }
    }

    private void call(HttpSession session, String method, String path, String body, String target,
            String property,
            String hostileClass, boolean mustRefuse) throws IOException {
        var before = fingerprint.last();
        HttpResponse<String> response;
        long sent = System.nanoTime();
        try {
            response = send(session, method, path, body);
        } catch (IOException e) {
            findings.fail("no answer: " + e, target, property, hostileClass);
            return;
        } finally {
            findings.apiCase();
            findings.timed(target, (System.nanoTime() - sent) / 1_000_000);
        }
        var changed = DbFingerprint.changed(before, fingerprint.take());
        if (!changed.isEmpty()) {
            fingerprint.settle();
        }
        verdict.judgeApi(response, changed, target, property,
                hostileClass,
                mustRefuse);
    }

    /** {@code body} null: a request without a body, as for a write the document gives none. */
    private static HttpResponse<String> send(HttpSession session, String method, String path, String body)
            throws IOException {
        return body == null
                ? session.send(method, path, Map.of(), null)
                : session.send(method, path, Map.of("Content-Type", "application/json"),
                        body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The body's properties and their JSON types, from the request body's JSON schema (followed through
     * $ref): "enum:" and its first value for an enum, "date" for a string of format date.
     */
    private static Map<String, String> properties(JsonObject operation, JsonObject schemas) {
        var result = new LinkedHashMap<String, String>();
        bodyProperties(operation, schemas).forEach((property, resolved) -> {
            // an enum's first value, so the other properties' cases are not refused for it
            var values = resolved == null ? null : resolved.getJsonArray("enum");
            result.put(property, resolved == null
                    ? "string"
                    : values != null && !values.isEmpty()
                            ? "enum:" + values.getString(0)
                            : "date".equals(resolved.getString("format", ""))
                                    ? "date"
                                    : resolved.getString("type", "object"));
        });
        return result;
    }

    /**
     * The body's properties the schema gives as an object and nothing more (no members, values or format),
     * as a scanner does for a type it does not know: the document does not say what to send.
     */
    private static List<String> bare(JsonObject operation, JsonObject schemas) {
        return bodyProperties(operation, schemas).entrySet().stream()
                .filter(p -> p.getValue() != null && bare(p.getValue())).map(Map.Entry::getKey).toList();
    }

    /** Whether the request body may be JSON; without it, every JSON body the fuzzer sends is a 415. */
    private static boolean takesJson(JsonObject operation) {
        var content = operation.getJsonObject("requestBody").getJsonObject("content");
        return content == null || content.isEmpty() || content.containsKey("application/json");
    }

    /** The properties of the body's schema for JSON (the one the fuzzer sends), each resolved. */
    private static Map<String, JsonObject> bodyProperties(JsonObject operation, JsonObject schemas) {
        var result = new LinkedHashMap<String, JsonObject>();
        var body = operation.getJsonObject("requestBody");
        var content = body == null ? null : body.getJsonObject("content");
        if (content == null || content.isEmpty()) {
            return result;
        }
        var json = content.containsKey("application/json")
                ? content.getJsonObject("application/json")
                : content.values().iterator().next().asJsonObject();
        var schema = resolve(json.getJsonObject("schema"), schemas);
        if (schema != null && schema.getJsonObject("properties") != null) {
            schema.getJsonObject("properties")
                    .forEach((property, value) -> result.put(property,
                            resolve(value.asJsonObject(), schemas)));
        }
        return result;
    }

    private static boolean bare(JsonObject schema) {
        return "object".equals(schema.getString("type", "object")) && schema.get("properties") == null
                && schema.get("enum") == null && schema.get("format") == null
                && schema.get("additionalProperties") == null && schema.get("allOf") == null
                && schema.get("oneOf") == null && schema.get("anyOf") == null;
    }

    private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
        if (schema != null && !schema.containsKey("$ref") && schema.getJsonArray("allOf") != null
                && schema.getJsonArray("allOf").size() == 1) {
            // a reference with a description of its own: {"allOf":[{"$ref":…}],"description":…}
            return resolve(schema.getJsonArray("allOf").getJsonObject(0), schemas);
        }
        if (schema == null || !schema.containsKey("$ref")) {
            return schema;
        }
        var ref = schema.getString("$ref");
        return resolve(schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1)), schemas);
    }

    private static String plausible(String property, String type) {
        if (type.startsWith("enum:")) {
            return Hostile.quote(type.substring(5));
        }
        if ("date".equals(type) || "string".equals(type) && property.toLowerCase().contains("date")) {
            // a date as the document gives it (format date), or a text field named for one
            return "\"" + java.time.LocalDate.now() + "\"";
        }
        return switch (type) {
            case "integer", "number" -> "1";
            case "boolean" -> "false";
            case "object" -> "{}";
            case "array" -> "[]";
            default -> property.toLowerCase().contains("email")
                    ? "\"fuzz-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.nl\""
                    : "\"Fuzztest\"";
        };
    }

    /** The body with {@code property} set to {@code value} (added when it is not in the schema). */
    private static String json(Map<String, String> valid, String property, String value) {
        var body = new LinkedHashMap<>(valid);
        if (property != null) {
            body.put(property, value);
        }
        var text = new StringBuilder("{");
        body.forEach((k, v) -> text.append(text.length() == 1 ? "" : ",").append(Hostile.quote(k)).append(':')
                .append(v));
        return text.append('}').toString();
    }

    /** The path with every parameter set to {@code value}, or (null) to an id the collection lists. */
    private String fill(String template, HttpSession session, String value) throws IOException {
        if (!template.contains("{")) {
            return template;
        }
        return template.replaceAll("\\{[^}]+}", value != null ? value : id(template, session));
    }

    /** The first id the collection before the first parameter lists ("1" when it lists none). */
    private String id(String template, HttpSession session) throws IOException {
        var collection = template.substring(0, Math.max(0, template.indexOf("/{")));
        if (!ids.containsKey(collection)) {
            var response = session.get(collection);
            var found = "1";
            if (response.statusCode() == 200
                    && response.headers().firstValue("Content-Type").orElse("").contains("json")) {
                var json = Json.createReader(new StringReader(response.body())).readValue();
                var id = firstId(json);
                found = id != null ? id : found;
            }
            ids.put(collection, found);
        }
        return ids.get(collection);
    }

    private static String firstId(JsonValue json) {
        var candidates = new ArrayList<JsonValue>(List.of(json));
        while (!candidates.isEmpty()) {
            var value = candidates.remove(0);
            if (value instanceof JsonObject object) {
                if (object.get("id") != null
                        && object.get("id").getValueType() == JsonValue.ValueType.NUMBER) {
                    return object.get("id").toString();
                }
                candidates.addAll(object.values());
            } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
                candidates.addAll(value.asJsonArray());
            }
        }
        return null;
    }

    /** The path as the client calls it: the document may list it with or without the API's root. */
    private static String api(String path) {
        return path.startsWith("/api/") ? path : "/api" + path;
    }
}
