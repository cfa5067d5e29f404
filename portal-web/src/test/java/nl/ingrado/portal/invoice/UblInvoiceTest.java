package nl.ingrado.portal.invoice;

import static nl.ingrado.portal.testing.InvoiceDocuments.creditNote;
import static nl.ingrado.portal.testing.InvoiceDocuments.invoice;
import static nl.ingrado.portal.testing.InvoiceDocuments.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;

import nl.ingrado.portal.invoice.control.InvoiceDocument;
import nl.ingrado.portal.invoice.control.InvoiceDocument.VatCategory;
import nl.ingrado.portal.invoice.control.UblInvoice;
import nl.ingrado.portal.invoice.control.UblInvoice.Profile;
import nl.ingrado.portal.testing.InvoiceDocuments;
import nl.ingrado.portal.testing.UblValidator;
import nl.ingrado.portal.testing.UblValidator.RuleSet;

/**
 * The UBL e-invoices pass the SI-UBL 2.0 and Peppol BIS Billing 3.0 rules (schema, EN 16931 and each
 * specification's own rules), checked with phive; and the validator does reject what is wrong.
 */
class UblInvoiceTest {

    private static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    @BeforeAll
    static void printRuleSets() {
        System.out.println("UBL rule sets: " + String.join(", ", UblValidator.ruleSets()));
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void a_municipality_with_oin_and_purchase_order(Profile profile) {
        var xml = assertValid(InvoiceDocuments.sample(), profile);
        System.out.println("Warnings of the sample as " + profile + ": " + UblValidator.warnings(xml));
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void an_organisation_with_only_a_kvk_number_and_no_purchase_order(Profile profile) {
        var d = invoice("2026-00043", InvoiceDocuments.schoolBoard(), "Kostenplaats 4711, t.a.v. P. Jansen",
                null,
                List.of(line("1", "Lidmaatschap Ingrado 2026", "1", "625.00", VatCategory.S, "21")));
        assertValid(d, profile);
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void standard_rate_and_exempt_lines(Profile profile) {
        var d = invoice("2026-00044", InvoiceDocuments.municipality(), "PO-7781", "PO-7781", List.of(
                line("1", "Lidmaatschap Ingrado 2026", "1", "1250.00", VatCategory.S, "21"),
                line("2", "Cursus leerplicht en verzuim", "2", "395.00", VatCategory.E, "0"),
                line("3", "Congres 2026, dagkaart", "3", "149.95", VatCategory.S, "21")));
        assertEquals(2, d.vat().size());
        assertValid(d, profile);
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void reduced_rate_and_amounts_that_need_rounding(Profile profile) {
        var d = invoice("2026-00045", InvoiceDocuments.schoolBoard(), "Bestelling handboeken", null, List.of(
                line("1", "Handboek leerplicht", "3", "33.335", VatCategory.S, "21"),
                line("2", "Handboek leerplicht (boek, 9%)", "7", "12.345", VatCategory.S, "9"),
                line("3", "Verzendkosten", "1", "6.95", VatCategory.S, "21")));
        assertEquals(new BigDecimal("100.01"), d.lines().get(0).amount());
        assertEquals(new BigDecimal("86.42"), d.lines().get(1).amount());
        assertValid(d, profile);
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void a_credit_note_for_part_of_an_invoice(Profile profile) {
        var invoice = invoice("2026-00046", InvoiceDocuments.municipality(), "PO-2026-0900", "PO-2026-0900",
                List.of(
                        line("1", "Cursus leerplicht en verzuim", "4", "395.00", VatCategory.E, "0"),
                        line("2", "Lunch cursusdag", "4", "17.50", VatCategory.S, "9")));
        var credit = creditNote("2026-00050", invoice, List.of(
                line("1", "Cursus leerplicht en verzuim, één deelnemer afgemeld", "1", "395.00",
                        VatCategory.E, "0"),
                line("2", "Lunch cursusdag", "1", "17.50", VatCategory.S, "9")));
        assertValid(invoice, profile);
        var xml = assertValid(credit, profile);
        var text = new String(xml, StandardCharsets.UTF_8);
        assertTrue(text.contains("<CreditNote") && text.contains("<cbc:CreditNoteTypeCode>381<"), text);
        assertTrue(text.contains("<cac:BillingReference>"), text);
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void names_with_ampersand_angle_brackets_accents_and_quotes(Profile profile) {
        var d = invoice("2026-00047", InvoiceDocuments.schoolBoard(), "Ref \"Zomer\" & <winter>", null,
                List.of(
                        line("1",
                                "Cursus \"Verzuim & thuiszitters\" <basis> — café-sessie, één dag, 's middags",
                                "1", "250.00",
                                VatCategory.E, "0")));
        var xml = assertValid(d, profile);
        var parsed = parse(xml);
        assertEquals("Stichting Onderwijs & Zorg <Oost>",
                parsed.getElementsByTagNameNS(CBC, "RegistrationName").item(1)
                        .getTextContent());
        assertEquals(d.lines().get(0).description(),
                parsed.getElementsByTagNameNS(CBC, "Name").item(0).getTextContent());
        assertEquals("Ref \"Zomer\" & <winter>", parsed.getElementsByTagNameNS(CBC, "BuyerReference").item(0)
                .getTextContent());
    }

    @Test
    void the_default_is_si_ubl() {
        var text = new String(UblInvoice.write(InvoiceDocuments.sample()), StandardCharsets.UTF_8);
        assertTrue(text.contains(Profile.SI_UBL_2_0.customizationId()), text);
    }

    @Test
    void totals_that_do_not_add_up_fail() {
        var d = InvoiceDocuments.sample();
        var wrong = new InvoiceDocument(d.type(), d.number(), d.issueDate(), d.dueDate(), d.buyerReference(),
                d.orderReference(), d.precedingNumber(), d.precedingIssueDate(), d.paymentReference(),
                d.note(),
                d.seller(), d.buyer(), d.iban(), d.bic(), d.lines(), d.vat(), d.lineTotal(), d.taxExclusive(),
                d.vatTotal(), d.taxInclusive().add(BigDecimal.ONE), d.payable().add(BigDecimal.ONE));
        for (var profile : Profile.values()) {
            var errors = UblValidator.errors(UblInvoice.write(wrong, profile));
            System.out.println("Totals off by one euro, " + profile + ": " + errors);
            assertTrue(errors.stream().anyMatch(e -> e.contains("BR-CO-15")), errors.toString());
        }
    }

    @Test
    void a_dutch_buyer_without_oin_or_kvk_fails() {
        var d = invoice("2026-00048", InvoiceDocuments.person(), "Inschrijving congres", null,
                List.of(line("1", "Congres 2026, dagkaart", "1", "149.95", VatCategory.S, "21")));
        var si = UblValidator.errors(UblInvoice.write(d, Profile.SI_UBL_2_0));
        var peppol = UblValidator.errors(UblInvoice.write(d, Profile.PEPPOL_BIS_3_0));
        System.out.println("Buyer without OIN or KvK: " + si + " " + peppol);
        assertTrue(si.stream().anyMatch(e -> e.contains("BR-NL-10")), si.toString());
        // Peppol wants an electronic address first (R010), which a person does not have either
        assertTrue(peppol.stream().anyMatch(e -> e.contains("PEPPOL-EN16931-R010")), peppol.toString());
    }

    @Test
    void a_file_against_the_ubl_schema_fails() {
        var text = new String(UblInvoice.write(InvoiceDocuments.sample()), StandardCharsets.UTF_8);
        // the schema fixes the order of elements: the currency after the issue date, not before the ID
        var wrongOrder = text.replace("<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>", "")
                .replace("<cbc:ID>2026-00042</cbc:ID>",
                        "<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode><cbc:ID>2026-00042</cbc:ID>");
        var errors = UblValidator.errors(wrongOrder.getBytes(StandardCharsets.UTF_8));
        System.out.println("Elements out of schema order: " + errors);
        assertTrue(errors.stream().anyMatch(e -> e.contains("cvc-complex-type")), errors.toString());
    }

    /** Why there are two profiles: each rule set fails the other's file on the customization ID alone. */
    @Test
    void each_rule_set_rejects_only_the_others_customization_id() {
        var d = InvoiceDocuments.sample();
        var siUnderPeppol = UblValidator.errors(UblInvoice.write(d, Profile.SI_UBL_2_0),
                RuleSet.PEPPOL_BIS_3_0);
        var peppolUnderSi = UblValidator.errors(UblInvoice.write(d, Profile.PEPPOL_BIS_3_0),
                RuleSet.SI_UBL_2_0);
        System.out.println("SI-UBL file under Peppol rules: " + siUnderPeppol);
        System.out.println("Peppol file under SI-UBL rules: " + peppolUnderSi);
        assertEquals(1, siUnderPeppol.size(), siUnderPeppol.toString());
        assertTrue(siUnderPeppol.get(0).contains("PEPPOL-EN16931-R004"), siUnderPeppol.toString());
        assertTrue(
                !peppolUnderSi.isEmpty()
                        && peppolUnderSi.stream().allMatch(e -> e.contains("SI-V20-INV-R000")),
                peppolUnderSi.toString());
    }

    private static byte[] assertValid(InvoiceDocument d, Profile profile) {
        var xml = UblInvoice.write(d, profile);
        var errors = UblValidator.errors(xml);
        assertTrue(errors.isEmpty(), d.number() + " as " + profile + ":\n" + String.join("\n", errors) + "\n"
                + new String(xml, StandardCharsets.UTF_8));
        return xml;
    }

    private static Document parse(byte[] xml) {
        try {
            var factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
