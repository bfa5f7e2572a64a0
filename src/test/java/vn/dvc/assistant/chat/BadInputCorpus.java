package vn.dvc.assistant.chat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Bad requests generated over every endpoint: bodies, field values, path ids, query values, content types and
 * methods, each crossed with the endpoints it applies to, not listed one by one.
 */
final class BadInputCorpus {

    /** One request of the corpus; {@code head} is the request line and headers, without Host when {@code rawHead}. */
    record Case(String name, String method, String target, String contentType, byte[] body, List<String> headers) {
    }

    static final String ADMIN = "Authorization: Bearer " + BadInputCorpusProfile.ADMIN_TOKEN;
    private static final String UNKNOWN_ID = "00000000-0000-7000-8000-000000000000";

    /** Bodies no endpoint can read, or only partly. */
    static final List<byte[]> BODIES = List.of(
            bytes(""), bytes(" "), bytes("{"), bytes("}"), bytes("["), bytes("[]"), bytes("null"), bytes("true"),
            bytes("0"), bytes("-1"), bytes("1e999"), bytes("\"x\""), bytes("{\"a\":"), bytes("{'message':'x'}"),
            bytes("{\"message\":\"x\",}"), bytes("{\"message\":\"x\"} trailing"), bytes("/* c */ {\"message\":\"x\"}"),
            bytes("{\"message\":NaN}"), bytes("{\"message\":\"x\",\"message\":\"y\"}"), bytes("\u0000"),
            new byte[] {(byte) 0xC3, (byte) 0x28}, new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '{', 0, '}'},
            bytes("[".repeat(5000)), bytes("{\"a\":".repeat(3000)), bytes("{\"" + "k".repeat(60_000) + "\":1}"),
            bytes("{\"message\":" + "9".repeat(2000) + "}"), bytes("{\"message\":\"\\u0000\"}"),
            bytes("{\"message\":\"\\ud800\"}"), bytes("{\"message\":\"\\x41\"}"), bytes("{\"message\":\"a\\\"}"));

    /** Values put in each field of a JSON body in turn. */
    static final List<String> VALUES = List.of("null", "1", "1.5", "-1", "0", "true", "[]", "{}", "\"\"", "\" \"",
            "\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"\\u0007bell\"", "\"" + "a".repeat(1001) + "\"",
            "\"" + "đ".repeat(5000) + "\"", "\"1\"", "\"1.5\"", "2147483648", "9".repeat(30), "\"" + UNKNOWN_ID + "\"",
            "\"%00\"", "\"../../etc/passwd\"", "\"<script>alert(1)</script>\"", "\"' or 1=1 --\"", "\"\\u202e\"",
            "\"-999999999-01-01\"");

    /** Ids put in a path. */
    static final List<String> PATH_IDS = List.of("%00", "%", "%zz", "%c0%af", "..%2f..%2fetc%2fpasswd", "a".repeat(3000),
            "%e2%80%ae", "x;y=1", "%20", "~", "null", UNKNOWN_ID, "ZZZ", "%ff%fe", "%F0%9F%98%80");

    /** Values put in a query parameter. */
    static final List<String> QUERY_VALUES = List.of("-999999999-01-01", "%2B999999999-12-31", "2026-02-30", "%00", "%",
            "-1", "99999999999", "1e3", "abc", "", "%zz", "a".repeat(3000), "2026-13-01", "0", "%C3%28");

    static final Map<String, List<String>> ADMIN_QUERIES = Map.ofEntries(
            Map.entry("/api/v1/admin/conversations", List.of("from", "to", "channel", "type", "question", "procedure", "page", "size")),
            Map.entry("/api/v1/admin/questions", List.of("from", "to", "sort", "page", "size")),
            Map.entry("/api/v1/admin/stats", List.of("from", "to")),
            Map.entry("/api/v1/admin/top/procedures", List.of("from", "to", "limit")),
            Map.entry("/api/v1/admin/top/aspects", List.of("from", "to", "limit")),
            Map.entry("/api/v1/admin/export/conversations.csv", List.of("from", "to")),
            Map.entry("/api/v1/admin/export/questions.csv", List.of("from", "to", "sort")),
            Map.entry("/api/v1/admin/trends", List.of("from", "to", "channel")),
            Map.entry("/api/v1/admin/answers", List.of("filter", "maxScore", "from", "to", "page", "size")),
            Map.entry("/api/v1/admin/procedures", List.of("q")),
            Map.entry("/api/v1/admin/channels/failed-sends", List.of("channel", "page", "size")),
            Map.entry("/api/v1/admin/knowledge-base/changes", List.of("path", "page", "size")),
            Map.entry("/api/v1/admin/audit", List.of("page", "size")));

    static final List<String> CONTENT_TYPES = List.of("text/plain", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/json; charset=latin1", "application/json; charset=utf-16",
            "application/xml", "*/*", "application/json; x", "");

    private BadInputCorpus() {
    }

    /** The JSON POST endpoints with a body that is valid but for the field changed, and their fields. */
    private static final Map<String, Map<String, String>> JSON_FIELDS = Map.of(
            "/api/v1/chat", Map.of("conversationId", "\"" + UNKNOWN_ID + "\"", "message", "\"lệ phí bao nhiêu\""),
            "/api/v1/feedback", Map.of("conversationId", "\"" + UNKNOWN_ID + "\"", "turn", "1", "useful", "true",
                    "comment", "\"tốt\""));

    /**
     * The admin API's JSON bodies, with the token, each field crossed with {@link #VALUES}: "METHOD path" and a body valid
     * but for the field changed. The valid values stop short of a change (an unknown procedure, a stale revision, a
     * username refused, an unknown account), so that hundreds of cases neither rebuild the index nor fill the database.
     */
    private static final Map<String, Map<String, String>> ADMIN_JSON_FIELDS = Map.of(
            "POST /api/v1/admin/questions/assign", Map.of("question", "\"câu hỏi\"", "procedureId", "\"khong-co-thu-tuc\"",
                    "aspect", "\"fees\""),
            "POST /api/v1/admin/questions/status", Map.of("question", "\"câu hỏi\"", "status", "\"assigned\""),
            "PUT /api/v1/admin/knowledge-base/files/procedures/dvc-tra-cuu-ho-so.md", Map.of("content", "\"x\"",
                    "revision", "999999", "reason", "\"sửa\""),
            "POST /api/v1/admin/knowledge-base/preview", Map.of("path", "\"procedures/dvc-tra-cuu-ho-so.md\"", "content", "\"x\""),
            "POST /api/v1/admin/session", Map.of("username", "\"nobody\"", "password", "\"mật khẩu sai 2026\""),
            "POST /api/v1/admin/staff", Map.of("username", "\"Tên Có Dấu\"", "displayName", "\"Cán bộ\"", "role", "\"viewer\"",
                    "password", "\"mật khẩu đủ dài 2026\""),
            "PATCH /api/v1/admin/staff/nobody-corpus", Map.of("displayName", "\"Cán bộ\"", "role", "\"viewer\"",
                    "password", "\"mật khẩu đủ dài 2026\"", "active", "true"));

    /** Admin paths ending in an id, with the method that reads or changes it. */
    private static final List<String> ADMIN_PATH_IDS = List.of("GET /api/v1/admin/conversations/",
            "GET /api/v1/admin/knowledge-base/files/", "GET /api/v1/admin/knowledge-base/changes/",
            "PATCH /api/v1/admin/staff/", "POST /api/v1/admin/channels/failed-sends/");

    static final List<String> POSTS = List.of("/api/v1/chat", "/api/v1/feedback", "/webhooks/messenger", "/webhooks/zalo");

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        for (String endpoint : POSTS) {
            List<String> signed = signatureHeaders(endpoint);
            for (int i = 0; i < BODIES.size(); i++) {
                cases.add(new Case("body " + i, "POST", endpoint, "application/json", BODIES.get(i), signed));
            }
            for (String type : CONTENT_TYPES) {
                cases.add(new Case("content type " + type, "POST", endpoint, type, bytes("{\"message\":\"xin chào\"}"), signed));
            }
            for (String method : List.of("GET", "PUT", "DELETE", "PATCH", "FOO")) {
                cases.add(new Case("method " + method, method, endpoint, "application/json", bytes("{}"), signed));
            }
            for (String spelling : List.of(endpoint + "/", endpoint + "%", endpoint + "%zz", endpoint + "?x=%", endpoint + "?%zz=1")) {
                cases.add(new Case("spelling", "POST", spelling, "application/json", bytes("{\"message\":\"x\"}"), signed));
            }
        }
        JSON_FIELDS.forEach((endpoint, fields) -> fieldCases(cases, "POST", endpoint, fields, List.of()));
        ADMIN_JSON_FIELDS.forEach((request, fields) -> {
            String[] methodAndPath = request.split(" ");
            fieldCases(cases, methodAndPath[0], methodAndPath[1], fields, List.of(ADMIN));
            for (int i = 0; i < BODIES.size(); i++) {
                cases.add(new Case("body " + i, methodAndPath[0], methodAndPath[1], "application/json", BODIES.get(i), List.of(ADMIN)));
            }
        });
        for (String prefix : List.of("GET /api/v1/conversations/", "GET /api/v1/procedures/")) {
            pathIdCases(cases, prefix);
        }
        ADMIN_PATH_IDS.forEach(prefix -> pathIdCases(cases, prefix));
        ADMIN_QUERIES.forEach((endpoint, parameters) -> {
            for (String parameter : parameters) {
                for (String value : QUERY_VALUES) {
                    cases.add(new Case(parameter + "=" + abbreviated(value), "GET", endpoint + "?" + parameter + "=" + value,
                            null, new byte[0], List.of(ADMIN)));
                }
            }
            for (String token : List.of("", "Bearer", "Bearer ", "Bearer wrong", "Basic eDp5", "Bearer " + "x".repeat(5000))) {
                cases.add(new Case("token " + abbreviated(token), "GET", endpoint, null, new byte[0],
                        List.of("Authorization: " + token)));
            }
        });
        for (String parameter : List.of("hub.mode", "hub.verify_token", "hub.challenge")) {
            for (String value : QUERY_VALUES) {
                cases.add(new Case(parameter + "=" + abbreviated(value), "GET", "/webhooks/messenger?" + parameter + "=" + value,
                        null, new byte[0], List.of()));
            }
        }
        for (String target : List.of("/%", "/%zz", "/api/v1/procedures?x=%", "/api/v1/privacy?%zz", "/api/v1/%00",
                "/api/v1/procedures/%", "/widget.js?%", "/q/health/live?%")) {
            cases.add(new Case("escape", "GET", target, null, new byte[0], List.of()));
        }
        return cases;
    }

    /** Each field of a valid body in turn given each of {@link #VALUES}. */
    private static void fieldCases(List<Case> cases, String method, String endpoint, Map<String, String> fields, List<String> headers) {
        for (String field : fields.keySet()) {
            for (String value : VALUES) {
                StringBuilder json = new StringBuilder("{");
                fields.forEach((name, valid) -> json.append(json.length() > 1 ? "," : "")
                        .append('"').append(name).append("\":").append(name.equals(field) ? value : valid));
                cases.add(new Case(field + "=" + abbreviated(value), method, endpoint, "application/json",
                        bytes(json.append('}').toString()), headers));
            }
        }
    }

    /**
     * Each of {@link #PATH_IDS} after "METHOD prefix", with the admin token; the failed sends' id is followed by its action.
     */
    private static void pathIdCases(List<Case> cases, String methodAndPrefix) {
        String[] parts = methodAndPrefix.split(" ");
        String suffix = parts[1].endsWith("/failed-sends/") ? "/resend" : "";
        byte[] body = parts[0].equals("PATCH") ? bytes("{\"active\":true}") : new byte[0];
        String type = parts[0].equals("PATCH") ? "application/json" : null;
        for (String id : PATH_IDS) {
            cases.add(new Case("id " + abbreviated(id), parts[0], parts[1] + id + suffix, type, body, List.of(ADMIN)));
        }
    }

    /** Both webhooks get a signature header that does not match, so each body is refused before it is read. */
    private static List<String> signatureHeaders(String endpoint) {
        return switch (endpoint) {
            case "/webhooks/messenger" -> List.of("X-Hub-Signature-256: sha256=" + "0".repeat(64));
            case "/webhooks/zalo" -> List.of("X-ZEvent-Signature: mac=" + "0".repeat(64));
            default -> List.of();
        };
    }

    private static String abbreviated(String value) {
        return value.length() <= 40 ? value : value.substring(0, 20) + "…(" + value.length() + ")";
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
