package nl.ingrado.portal.invoice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import nl.ingrado.portal.invoice.entity.PaymentReference;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.Fixtures;
import nl.ingrado.portal.testing.HttpSession;
import nl.ingrado.portal.testing.TestEnvironment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The invoices API on the shared test portal: staff list and filter invoices and read one in full, a
 * member sees only their own invoices and files, and a bank statement that is not one is refused with
 * the reason in the caller's language. The invoices are written as issued straight into the database,
 * number taken from the year's counter as the triggers demand, with stand-in files: nothing here
 * depends on what the PDF and UBL writers make.
 */
class InvoiceApiIT {

    private static final long NOTHING = 999_999_999L;

    /** A tag in the buyers' names, so a search finds this class's invoices and no others. */
    private static final String TAG = "Factuurtest" + UUID.randomUUID().toString().substring(0, 8);

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .build();
    private static final String BASE_URL = TestEnvironment.portal().baseUrl();

    private static User staff;
    private static String staffToken;
    private static User member;
    private static String memberToken;
    private static User other;
    private static Issued organisationInvoice;
    private static Issued memberInvoice;
    private static Issued otherInvoice;
    private static int year;

    /** An invoice as the test wrote it: id, number, payment reference, total and its stored PDF. */
    record Issued(long id, String number, String reference, BigDecimal total, byte[] pdf) {
    }

    @BeforeAll
    static void invoices() throws Exception {
        year = Fixtures.today().getYear();
        staff = BrowserFixtures.staff("Femke Factuur");
        staffToken = token(staff);
        member = BrowserFixtures.member("Mila Lid");
        memberToken = token(member);
        other = BrowserFixtures.member("Otto Ander");
        var organisation = Fixtures.organisation("PARTNER", "Factuurpartner");
        // to an organisation (it has a KvK number): PDF and UBL, due yesterday, so overdue
        organisationInvoice = issue(TAG + " Partner", organisation.id(), null, "12345678", "MEMBERSHIP",
                new BigDecimal("250.00"), Fixtures.today().minusDays(1));
        // to a private person (a member's KRSD fee): PDF only, due in a month; 100 + 21% = 121.00
        memberInvoice = issue(TAG + " Mila Lid", null, member.personId(), null, "KRSD_FEE",
                new BigDecimal("100.00"), Fixtures.today().plusDays(30));
        otherInvoice = issue(TAG + " Otto Ander", null, other.personId(), null, "KRSD_FEE",
                new BigDecimal("100.00"), Fixtures.today().plusDays(30));
    }

    @Test
    void staffListInvoicesFilteredAndPaged() throws Exception {
        var all = object(ok(get("/api/invoices?q=" + enc(TAG), staffToken)));
        assertEquals(3, all.getInt("total"), all.toString());
        assertEquals(List.of(otherInvoice.id(), memberInvoice.id(), organisationInvoice.id()), ids(all),
                "newest number first");

        var row = rowOf(all, organisationInvoice.id());
        assertEquals(organisationInvoice.number(), row.getString("number"));
        assertEquals("INVOICE", row.getString("kind"));
        assertEquals("MEMBERSHIP", row.getString("purpose"));
        assertEquals(TAG + " Partner", row.getString("buyer"));
        assertEquals(Fixtures.today().toString(), row.getString("issueDate"));
        assertEquals(Fixtures.today().minusDays(1).toString(), row.getString("dueDate"));
        assertEquals(0, new BigDecimal("302.50").compareTo(row.getJsonNumber("total").bigDecimalValue()));
        assertEquals(0, BigDecimal.ZERO.compareTo(row.getJsonNumber("paid").bigDecimalValue()));
        assertEquals(0,
                new BigDecimal("302.50").compareTo(row.getJsonNumber("outstanding").bigDecimalValue()));
        assertEquals("OPEN", row.getString("status"));
        assertEquals(PaymentReference.grouped(organisationInvoice.reference()),
                row.getString("paymentReference"));
        assertTrue(row.getBoolean("overdue"), "due yesterday and open");
        assertFalse(rowOf(all, memberInvoice.id()).getBoolean("overdue"));

        assertEquals(List.of(organisationInvoice.id()),
                ids(object(
                        ok(get("/api/invoices?q=" + enc(TAG) + "&purpose=membership&status=OPEN&year=" + year,
                                staffToken)))));
        assertEquals(List.of(otherInvoice.id(), memberInvoice.id()),
                ids(object(ok(get("/api/invoices?q=" + enc(TAG) + "&purpose=KRSD_FEE", staffToken)))));
        assertEquals(List.of(),
                ids(object(ok(get("/api/invoices?q=" + enc(TAG) + "&status=CREDITED", staffToken)))));
        assertEquals(List.of(),
                ids(object(ok(get("/api/invoices?q=" + enc(TAG) + "&year=" + (year - 1), staffToken)))));
        // by number and by payment reference, as a bank transfer or a phone call names it
        assertEquals(List.of(memberInvoice.id()),
                ids(object(ok(get("/api/invoices?q=" + memberInvoice.number(), staffToken)))));
        assertEquals(List.of(memberInvoice.id()), ids(object(ok(get("/api/invoices?q="
                + enc(PaymentReference.grouped(memberInvoice.reference())), staffToken)))));

        var second = object(ok(get("/api/invoices?q=" + enc(TAG) + "&size=2&page=2", staffToken)));
        assertEquals(3, second.getInt("total"));
        assertEquals(2, second.getInt("first"));
        assertEquals(List.of(organisationInvoice.id()), ids(second));
        assertEquals(List.of(memberInvoice.id()),
                ids(object(ok(get("/api/invoices?q=" + enc(TAG) + "&size=1&first=1", staffToken)))));
    }

    @Test
    void aFilterOrPagingValueOfTheWrongShapeIsA400NamingTheParameter() throws Exception {
        for (var bad : new String[][]{{"status", "BETAALD"}, {"status", "1"}, {"year", "abc"},
                {"year", "1999"},
                {"year", "20266"}, {"year", "2026.0"}, {"purpose", "x"}, {"organisation", "abc"},
                {"organisation", "-1"}, {"size", "0"}, {"size", "501"}, {"size", "many"}, {"first", "-1"},
                {"page", "0"}, {"page", "abc"}, {"page", "99999999999999999999"}, {"q", "x".repeat(201)}}) {
            var response = get("/api/invoices?" + bad[0] + "=" + enc(bad[1]), staffToken);
            refused(response, 400, bad[0]);
        }
        var english = get("/api/invoices?year=abc", staffToken, "Accept-Language", "en");
        refused(english, 400, "year");
        assertEquals("Give a year between 2000 and 2100.", object(english.body()).getString("detail"));
        refused(get("/api/invoices?first=1&page=2", staffToken), 400, "page");
    }

    @Test
    void staffReadOneInvoiceInFull() throws Exception {
        var invoice = object(ok(get("/api/invoices/" + organisationInvoice.id(), staffToken)));
        assertEquals(organisationInvoice.number(), invoice.getString("number"));
        assertEquals("OPEN", invoice.getString("status"));
        assertTrue(invoice.getBoolean("overdue"));
        var buyer = invoice.getJsonObject("buyer");
        assertEquals(TAG + " Partner", buyer.getString("name"));
        assertEquals("12345678", buyer.getString("kvk"));
        assertEquals("Stationsplein 1, 3511 ED Utrecht", buyer.getString("address"));
        var lines = invoice.getJsonArray("lines");
        assertEquals(1, lines.size());
        var line = lines.getJsonObject(0);
        assertEquals(1, line.getInt("lineNo"));
        assertEquals("Contributie " + year, line.getString("description"));
        assertEquals(0, new BigDecimal("250.00").compareTo(line.getJsonNumber("amount").bigDecimalValue()));
        assertEquals("S", line.getString("vatCategory"));
        assertEquals(0, new BigDecimal("21").compareTo(line.getJsonNumber("vatRate").bigDecimalValue()));
        assertEquals(0, new BigDecimal("250.00").compareTo(invoice.getJsonNumber("net").bigDecimalValue()));
        assertEquals(0, new BigDecimal("52.50").compareTo(invoice.getJsonNumber("vat").bigDecimalValue()));
        assertEquals(0, new BigDecimal("302.50").compareTo(invoice.getJsonNumber("total").bigDecimalValue()));
        assertEquals(0, invoice.getJsonArray("payments").size());
        assertEquals(0, invoice.getJsonArray("creditNotes").size());
        assertEquals(List.of("PDF", "UBL"), invoice.getJsonArray("files").stream()
                .map(f -> f.asJsonObject().getString("format")).toList());
        assertEquals("/api/invoices/" + organisationInvoice.id() + "/ubl",
                invoice.getJsonArray("files").getJsonObject(1).getString("href"));

        var personal = object(ok(get("/api/invoices/" + memberInvoice.id(), staffToken)));
        assertEquals(List.of("PDF"), personal.getJsonArray("files").stream()
                .map(f -> f.asJsonObject().getString("format")).toList());
        assertEquals(member.personId().longValue(),
                personal.getJsonObject("buyer").getJsonNumber("personId").longValue());
    }

    @Test
    void anIdThatNamesNoInvoiceIsA404NeverA500() throws Exception {
        for (var id : new String[]{String.valueOf(NOTHING), "0", "-1", "abc", "1.5",
                "99999999999999999999999",
                "%F0%9F%98%80"}) {
            refused(get("/api/invoices/" + id, staffToken), 404, null);
            refused(get("/api/invoices/" + id + "/pdf", staffToken), 404, null);
            refused(get("/api/invoices/" + id + "/ubl", staffToken), 404, null);
        }
        var unknown = get("/api/invoices/" + NOTHING, staffToken);
        assertEquals("Deze factuur bestaat niet.", object(unknown.body()).getString("detail"));
    }

    @Test
    void staffDownloadTheFilesAsIssuedAndAPrivatePersonsInvoiceHasNoUbl() throws Exception {
        var pdf = download("/api/invoices/" + organisationInvoice.id() + "/pdf", staffToken);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertArrayEquals(organisationInvoice.pdf(), pdf.body());
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("")
                .contains("factuur-" + organisationInvoice.number() + ".pdf"), pdf.headers().toString());
        assertEquals("no-store", pdf.headers().firstValue("Cache-Control").orElse(""));

        var ubl = download("/api/invoices/" + organisationInvoice.id() + "/ubl", staffToken);
        assertEquals(200, ubl.statusCode());
        assertEquals("application/xml", ubl.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(new String(ubl.body(), StandardCharsets.UTF_8).contains(organisationInvoice.number()));

        var none = get("/api/invoices/" + memberInvoice.id() + "/ubl", staffToken);
        refused(none, 404, null);
        assertTrue(object(none.body()).getString("detail").contains("UBL"), none.body());
        var english = get("/api/invoices/" + memberInvoice.id() + "/ubl", staffToken, "Accept-Language",
                "en");
        assertEquals("This invoice has no e-invoice (UBL): an invoice to a private person is a PDF only.",
                object(english.body()).getString("detail"));
    }

    @Test
    void aMemberSeesOnlyTheirOwnInvoicesAndFiles() throws Exception {
        var mine = array(ok(get("/api/invoices/mine", memberToken)));
        assertEquals(List.of(memberInvoice.id()), mine.stream().map(InvoiceApiIT::id).toList());
        assertEquals(memberInvoice.number(), mine.getJsonObject(0).getString("number"));

        var own = download("/api/invoices/" + memberInvoice.id() + "/pdf", memberToken);
        assertEquals(200, own.statusCode());
        assertArrayEquals(memberInvoice.pdf(), own.body());
        // the session works as the token does
        var session = HttpSession.loggedIn(member).download("/api/invoices/" + memberInvoice.id() + "/pdf");
        assertEquals(200, session.statusCode());

        // another's invoice is not found, as one that does not exist: ids cannot be probed
        var others = get("/api/invoices/" + otherInvoice.id() + "/pdf", memberToken);
        refused(others, 404, null);
        assertEquals(object(get("/api/invoices/" + NOTHING + "/pdf", memberToken).body()).getString("detail"),
                object(others.body()).getString("detail"));
        refused(get("/api/invoices/" + organisationInvoice.id() + "/pdf", memberToken), 404, null);
        refused(get("/api/invoices/" + organisationInvoice.id() + "/ubl", memberToken), 404, null);

        // staff's list and detail are not for members
        refused(get("/api/invoices", memberToken), 403, null);
        refused(get("/api/invoices/" + memberInvoice.id(), memberToken), 403, null);
        refused(post("/api/bank-statements", memberToken, "application/xml", "<x/>".getBytes()), 403, null);

        // an account without a person behind it has no invoices of its own
        assertEquals(0, array(ok(get("/api/invoices/mine", staffToken))).size());
    }

    @Test
    void withoutLoggingInEveryCallIsA401() throws Exception {
        for (var path : List.of("/api/invoices", "/api/invoices/mine", "/api/invoices/" + memberInvoice.id(),
                "/api/invoices/" + memberInvoice.id() + "/pdf",
                "/api/invoices/" + organisationInvoice.id() + "/ubl")) {
            refused(get(path, null), 401, null);
        }
        refused(post("/api/bank-statements", null, "application/xml", "<x/>".getBytes()), 401, null);
        var anonymous = HttpSession.anonymous().get("/api/invoices/mine");
        assertEquals(401, anonymous.statusCode());
    }

    @Test
    void aFileThatIsNoBankStatementIsRefusedWithTheReasonAndBooksNothing() throws Exception {
        long uploads = Db.number("SELECT COUNT(*) FROM bank_statement");
        var refusedFile = post("/api/bank-statements?name=afschrift.xml", staffToken, "application/xml",
                "dit is geen xml".getBytes(StandardCharsets.UTF_8), "Accept-Language", "en");
        refused(refusedFile, 400, "file");
        var detail = object(refusedFile.body()).getString("detail");
        assertTrue(detail.startsWith("This is not a readable XML file"), detail);
        var dutch = post("/api/bank-statements", staffToken, "text/xml",
                "<geen/>".getBytes(StandardCharsets.UTF_8));
        refused(dutch, 400, "file");
        assertFalse(object(dutch.body()).getString("detail").startsWith("camt."), "translated, not the key");
        // a bank's export may come as a plain file: read all the same, and refused for what it holds
        refused(post("/api/bank-statements", staffToken, "application/octet-stream",
                "%PDF-1.4".getBytes(StandardCharsets.UTF_8)), 400, "file");
        refused(post("/api/bank-statements", staffToken, "application/xml", new byte[0]), 400, "file");
        refused(post("/api/bank-statements", staffToken, "application/json", "{}".getBytes()), 415, null);
        assertEquals(uploads, Db.number("SELECT COUNT(*) FROM bank_statement"), "nothing stored");

        // as curl sends a large file: the refusal comes before the megabytes
        var huge = HTTP.send(HttpRequest.newBuilder(URI.create(BASE_URL + "/api/bank-statements"))
                .header("Authorization", "Bearer " + staffToken).header("Content-Type", "application/xml")
                .expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[20 * 1024 * 1024 + 1])).build(),
                HttpResponse.BodyHandlers.ofString());
        refused(huge, 413, null);
        assertTrue(object(huge.body()).getString("detail").matches("(?s).*20[.,]?480.*"), huge.body());
    }

    @Test
    void theOpenApiDocumentDescribesTheInvoiceCalls() throws Exception {
        var openapi = send(HttpRequest.newBuilder(URI.create(BASE_URL + "/openapi")).GET(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, openapi.statusCode(), openapi.body());
        // the paths with or without the API's root, as the document lists them
        for (var expected : List.of("/invoices/mine", "/invoices/{id}", "/invoices/{id}/pdf",
                "/invoices/{id}/ubl", "/bank-statements", "InvoiceRow",
                "InvoiceDetail", "alreadyKnown", "application/pdf", "text/xml")) {
            assertTrue(openapi.body().contains(expected), "documents " + expected);
        }
    }

    /**
     * The sample statement (camt-api/good.xml, its reference set to this invoice's) pays the member's
     * invoice, and the same file again books nothing.
     */
    @Test
    void aBankStatementPaysTheInvoiceItsReferenceNamesOnce() throws Exception {
        byte[] statement;
        try (var in = InvoiceApiIT.class.getResourceAsStream("/camt-api/good.xml")) {
            statement = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("4202600000000001", memberInvoice.reference())
                    .replace("CAMT053-API-20260115-0001", "CAMT053-API-" + TAG)
                    .getBytes(StandardCharsets.UTF_8);
        }
        var first = post("/api/bank-statements?name=afschrift.xml", staffToken, "application/xml", statement);
        assertEquals(201, first.statusCode(), first.body());
        var result = object(first.body());
        assertEquals(2, result.getInt("transactions"), result.toString());
        assertEquals(0, result.getInt("alreadyKnown"));
        assertEquals(1, result.getInt("matched"), "the transfer with the payment reference");
        assertEquals(1, result.getInt("ignored"), "the bank's costs going out");
        var paid = object(ok(get("/api/invoices/" + memberInvoice.id(), staffToken)));
        assertEquals("PAID", paid.getString("status"));
        assertEquals(1, paid.getJsonArray("payments").size());

        var again = post("/api/bank-statements", staffToken, "application/octet-stream", statement);
        assertEquals(201, again.statusCode(), again.body());
        var repeated = object(again.body());
        assertEquals(2, repeated.getInt("alreadyKnown"), "0 new: " + repeated);
        assertEquals(0, repeated.getInt("matched"));
        assertEquals(1, object(ok(get("/api/invoices/" + memberInvoice.id(), staffToken)))
                .getJsonArray("payments").size(), "booked once");
    }

    // ---- fixtures

    /**
     * An invoice of one line with 21% VAT as issued today: the next number of the year's counter in one
     * transaction (the insert trigger checks it), its line and stand-in files (UBL when {@code kvk} is given).
     */
    private static Issued issue(String buyer, Long organisation, Long person, String kvk, String purpose,
            BigDecimal net, LocalDate due) {
        var vat = net.multiply(new BigDecimal("0.21")).setScale(2, RoundingMode.HALF_UP);
        var total = net.add(vat);
        try (var c = Db.connect()) {
            c.setAutoCommit(false);
            try {
                try (var st = c.prepareStatement(
                        "INSERT IGNORE INTO invoice_counter (invoice_year, last_number) VALUES (?, 0)")) {
                    st.setInt(1, year);
                    st.executeUpdate();
                }
                try (var st = c.prepareStatement(
                        "UPDATE invoice_counter SET last_number = last_number + 1 WHERE invoice_year = ?")) {
                    st.setInt(1, year);
                    st.executeUpdate();
                }
                int seq;
                try (var st = c
                        .prepareStatement("SELECT last_number FROM invoice_counter WHERE invoice_year = ?")) {
                    st.setInt(1, year);
                    try (var rs = st.executeQuery()) {
                        rs.next();
                        seq = rs.getInt(1);
                    }
                }
                var number = String.format("%d-%05d", year, seq);
                var reference = PaymentReference.of(year, seq);
                long id;
                try (var st = c.prepareStatement(
                        "INSERT INTO invoice (invoice_year, seq, number, kind, purpose, "
                                + "organisation_id, person_id, buyer_name, buyer_street, buyer_postal_code, buyer_city, "
                                + "buyer_email, buyer_kvk, issue_date, due_date, payment_reference, net_total, vat_total, "
                                + "gross_total, issued_by, issued_at) VALUES (?, ?, ?, 'INVOICE', ?, ?, ?, ?, "
                                + "'Stationsplein 1', '3511 ED', 'Utrecht', ?, ?, ?, ?, ?, ?, ?, ?, 'fixture', UTC_TIMESTAMP(6))",
                        java.sql.Statement.RETURN_GENERATED_KEYS)) {
                    int i = 1;
                    st.setInt(i++, year);
                    st.setInt(i++, seq);
                    st.setString(i++, number);
                    st.setString(i++, purpose);
                    st.setObject(i++, organisation);
                    st.setObject(i++, person);
                    st.setString(i++, buyer);
                    st.setString(i++, Fixtures.email("factuur"));
                    st.setString(i++, kvk);
                    st.setObject(i++, Fixtures.today());
                    st.setObject(i++, due);
                    st.setString(i++, reference);
                    st.setBigDecimal(i++, net);
                    st.setBigDecimal(i++, vat);
                    st.setBigDecimal(i++, total);
                    st.executeUpdate();
                    try (var keys = st.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                try (var st = c
                        .prepareStatement("INSERT INTO invoice_line (invoice_id, line_no, description, "
                                + "quantity, unit_price, amount, vat_category, vat_rate) VALUES (?, 1, ?, 1, ?, ?, 'S', 21)")) {
                    st.setLong(1, id);
                    st.setString(2,
                            ("MEMBERSHIP".equals(purpose) ? "Contributie " : "KRSD-jaarbijdrage ") + year);
                    st.setBigDecimal(3, net);
                    st.setBigDecimal(4, net);
                    st.executeUpdate();
                }
                var pdf = Fixtures.pdf("Factuur " + number);
                document(c, id, "PDF", pdf);
                if (kvk != null) {
                    document(c, id, "UBL", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Invoice><ID>" + number
                            + "</ID></Invoice>").getBytes(StandardCharsets.UTF_8));
                }
                c.commit();
                return new Issued(id, number, reference, total, pdf);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void document(java.sql.Connection c, long invoice, String format, byte[] content)
            throws SQLException {
        try (var st = c.prepareStatement(
                "INSERT INTO invoice_document (invoice_id, format, content) VALUES (?, ?, ?)")) {
            st.setLong(1, invoice);
            st.setString(2, format);
            st.setBytes(3, content);
            st.executeUpdate();
        }
    }

    /** A personal API token of the user, as the profile page makes one. */
    private static String token(User user) throws Exception {
        var secret = "ing_" + UUID.randomUUID().toString().replace("-", "");
        var hash = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        Db.update("INSERT INTO api_token (account_id, name, token_hash, created_at) "
                + "VALUES (?, 'facturen', ?, UTC_TIMESTAMP(6))", user.accountId(), hash);
        return secret;
    }

    // ---- calls

    private static HttpResponse<String> get(String path, String token, String... headers) throws IOException {
        return send(request(path, token, headers).GET(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> download(String path, String token) throws IOException {
        return send(request(path, token).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<String> post(String path, String token, String contentType, byte[] body,
            String... headers) throws IOException {
        return send(request(path, token, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String path, String token, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(BASE_URL + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private static <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler)
            throws IOException {
        try {
            return HTTP.send(request.build(), handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json",
                response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        return response.body();
    }

    /** Asserts a problem response with this status, naming {@code field} (or none), marked no-store. */
    private static void refused(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.request().uri() + ": " + response.body());
        assertEquals("application/problem+json",
                response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip(),
                response.body());
        var problem = object(response.body());
        assertEquals(status, problem.getInt("status"));
        if (field != null) {
            assertEquals(field, problem.getString("field", null),
                    response.request().uri() + ": " + response.body());
        }
        assertNotEquals("", problem.getString("detail"));
        assertFalse(response.body().contains("Exception"), response.body());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
    }

    private static JsonObject rowOf(JsonObject page, long id) {
        return page.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("rows").stream().map(InvoiceApiIT::id).toList();
    }

    private static long id(JsonValue row) {
        return row.asJsonObject().getJsonNumber("id").longValue();
    }

    private static JsonObject object(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static JsonArray array(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
