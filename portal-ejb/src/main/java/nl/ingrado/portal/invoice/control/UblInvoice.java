package nl.ingrado.portal.invoice.control;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import nl.ingrado.portal.invoice.control.InvoiceDocument.Line;
import nl.ingrado.portal.invoice.control.InvoiceDocument.Party;
import nl.ingrado.portal.invoice.control.InvoiceDocument.Type;
import nl.ingrado.portal.invoice.control.InvoiceDocument.VatCategory;
import nl.ingrado.portal.invoice.control.InvoiceDocument.VatSubtotal;

/**
 * Writes an invoice or credit note as a UBL 2.1 e-invoice (EN 16931). Written with the JDK's StAX
 * writer, so the EAR carries no UBL library. The two rule sets a Dutch buyer may ask for each demand
 * their own specification identifier (SI-UBL 2.0 requires the NLCIUS one, Peppol BIS Billing 3.0
 * rule PEPPOL-EN16931-R004 its own), so no single file passes both: the {@link Profile} chooses.
 * Apart from that identifier, and two elements SI-UBL advises against, the files are the same.
 */
public final class UblInvoice {

    /** Which specification the file declares conformance to (BT-24). */
    public enum Profile {
        /** SI-UBL 2.0, the Dutch CIUS (NLCIUS) of EN 16931: the Dutch standard, read by Dutch bookkeeping. */
        SI_UBL_2_0("urn:cen.eu:en16931:2017#compliant#urn:fdc:nen.nl:nlcius:v1.0"),
        /** Peppol BIS Billing 3.0: what every Peppol access point accepts. */
        PEPPOL_BIS_3_0("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0");

        private final String customizationId;

        Profile(String customizationId) {
            this.customizationId = customizationId;
        }

        public String customizationId() {
            return customizationId;
        }
    }

    /** BT-23: billing, the only process of both specifications. */
    static final String PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
    static final String SCHEME_OIN = "0190";
    static final String SCHEME_KVK = "0106";
    /** UNCL 4461: SEPA credit transfer. */
    static final String SEPA_CREDIT_TRANSFER = "58";
    /** UN/ECE Rec 20: one (a unit). */
    static final String UNIT_ONE = "C62";
    private static final String CURRENCY = "EUR";
    private static final String NS_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    private static final String NS_CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    private static final String NS_CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    private static final String NS_CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    private UblInvoice() {
    }

    /** The document as SI-UBL 2.0, the Dutch standard that the portal serves by default. */
    public static byte[] write(InvoiceDocument d) {
        return write(d, Profile.SI_UBL_2_0);
    }

    /** The document as UTF-8 UBL 2.1 XML: an Invoice (380) or a CreditNote (381). */
    public static byte[] write(InvoiceDocument d, Profile profile) {
        var out = new ByteArrayOutputStream();
        try {
            // the JDK's own writer, not whatever StAX implementation the server puts first
            var xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            new UblInvoice.Writer(xml, d, profile).document();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("UBL of " + d.number() + " not written", e);
        }
        return out.toByteArray();
    }

    /** One pass over the document, indenting as it goes so the file is readable. */
    private static final class Writer {

        private final XMLStreamWriter xml;
        private final InvoiceDocument d;
        private final Profile profile;
        private final boolean credit;
        private int depth;

        Writer(XMLStreamWriter xml, InvoiceDocument d, Profile profile) {
            this.xml = xml;
            this.d = d;
            this.profile = profile;
            this.credit = d.type() == Type.CREDIT_NOTE;
        }

        void document() throws XMLStreamException {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            var root = credit ? "CreditNote" : "Invoice";
            xml.setDefaultNamespace(credit ? NS_CREDIT_NOTE : NS_INVOICE);
            xml.setPrefix("cac", NS_CAC);
            xml.setPrefix("cbc", NS_CBC);
            xml.writeStartElement(credit ? NS_CREDIT_NOTE : NS_INVOICE, root);
            xml.writeDefaultNamespace(credit ? NS_CREDIT_NOTE : NS_INVOICE);
            xml.writeNamespace("cac", NS_CAC);
            xml.writeNamespace("cbc", NS_CBC);
            depth++;

            leaf("CustomizationID", profile.customizationId());
            leaf("ProfileID", PROFILE_ID);
            leaf("ID", d.number());
            leaf("IssueDate", date(d.issueDate()));
            if (!credit) {
                // a UBL 2.1 credit note has no DueDate here; its BT-9 goes in PaymentMeans
                leaf("DueDate", date(d.dueDate()));
            }
            leaf(credit ? "CreditNoteTypeCode" : "InvoiceTypeCode", credit ? "381" : "380");
            leaf("Note", d.note());
            leaf("DocumentCurrencyCode", CURRENCY);
            leaf("BuyerReference", d.buyerReference());
            if (present(d.orderReference())) {
                open("OrderReference");
                leaf("ID", d.orderReference());
                close();
            }
            if (present(d.precedingNumber())) {
                open("BillingReference");
                open("InvoiceDocumentReference");
                leaf("ID", d.precedingNumber());
                if (profile != Profile.SI_UBL_2_0) {
                    // SI-UBL advises against the preceding invoice's date (BR-NL-24)
                    leaf("IssueDate", date(d.precedingIssueDate()));
                }
                close();
                close();
            }
            party("AccountingSupplierParty", d.seller());
            party("AccountingCustomerParty", d.buyer());
            paymentMeans();
            paymentTerms();
            taxTotal();
            monetaryTotal();
            for (var line : d.lines()) {
                line(line);
            }

            depth--;
            newline();
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
        }

        private void party(String role, Party p) throws XMLStreamException {
            open(role);
            open("Party");
            var endpointScheme = present(p.endpointScheme()) ? p.endpointScheme() : legalScheme(p);
            var endpointId = present(p.endpointId()) ? p.endpointId() : legalId(p);
            if (present(endpointId)) {
                leaf("EndpointID", endpointId, "schemeID", endpointScheme);
            }
            if (p.isOrganisation()) {
                open("PartyIdentification");
                leaf("ID", legalId(p), "schemeID", legalScheme(p));
                close();
            }
            open("PostalAddress");
            leaf("StreetName", p.street());
            leaf("CityName", p.city());
            leaf("PostalZone", p.postalCode());
            open("Country");
            leaf("IdentificationCode", p.countryCode());
            close();
            close();
            if (present(p.vatNumber())) {
                open("PartyTaxScheme");
                leaf("CompanyID", p.vatNumber());
                taxScheme();
                close();
            }
            open("PartyLegalEntity");
            leaf("RegistrationName", p.name());
            if (p.isOrganisation()) {
                leaf("CompanyID", legalId(p), "schemeID", legalScheme(p));
            }
            close();
            if (present(p.email())) {
                open("Contact");
                leaf("ElectronicMail", p.email());
                close();
            }
            close();
            close();
        }

        /** The OIN when the party has one (a government body), else the KvK number. */
        private static String legalId(Party p) {
            return p.oin() != null ? p.oin() : p.kvk();
        }

        private static String legalScheme(Party p) {
            return p.oin() != null ? SCHEME_OIN : p.kvk() != null ? SCHEME_KVK : null;
        }

        private void paymentMeans() throws XMLStreamException {
            if (!present(d.iban())) {
                return;
            }
            open("PaymentMeans");
            leaf("PaymentMeansCode", SEPA_CREDIT_TRANSFER);
            if (credit) {
                leaf("PaymentDueDate", date(d.dueDate()));
            }
            leaf("PaymentID", d.paymentReference());
            open("PayeeFinancialAccount");
            leaf("ID", d.iban().replace(" ", ""));
            if (present(d.bic()) && profile != Profile.SI_UBL_2_0) {
                // SI-UBL advises against a BIC for SEPA payments (BR-NL-31): the IBAN suffices
                open("FinancialInstitutionBranch");
                leaf("ID", d.bic());
                close();
            }
            close();
            close();
        }

        private void paymentTerms() throws XMLStreamException {
            String terms;
            if (credit) {
                terms = "Creditnota op factuur " + d.precedingNumber()
                        + "; het bedrag wordt verrekend of terugbetaald.";
            } else if (present(d.paymentReference())) {
                terms = "Te betalen uiterlijk " + DUTCH_DATE.format(d.dueDate())
                        + " onder vermelding van betalingskenmerk " + d.paymentReference() + ".";
            } else {
                terms = "Te betalen uiterlijk " + DUTCH_DATE.format(d.dueDate()) + ".";
            }
            open("PaymentTerms");
            leaf("Note", terms);
            close();
        }

        private void taxTotal() throws XMLStreamException {
            open("TaxTotal");
            amount("TaxAmount", d.vatTotal());
            for (VatSubtotal s : d.vat()) {
                open("TaxSubtotal");
                amount("TaxableAmount", s.taxable());
                amount("TaxAmount", s.tax());
                open("TaxCategory");
                leaf("ID", s.category().name());
                leaf("Percent", percent(s.rate()));
                if (s.category() == VatCategory.E) {
                    if (!present(s.exemptionReason())) {
                        throw new IllegalArgumentException(
                                "VAT exempt subtotal without exemption reason (BR-E-10) in " + d.number());
                    }
                    leaf("TaxExemptionReason", s.exemptionReason());
                }
                taxScheme();
                close();
                close();
            }
            close();
        }

        private void monetaryTotal() throws XMLStreamException {
            open("LegalMonetaryTotal");
            amount("LineExtensionAmount", d.lineTotal());
            amount("TaxExclusiveAmount", d.taxExclusive());
            amount("TaxInclusiveAmount", d.taxInclusive());
            amount("PayableAmount", d.payable());
            close();
        }

        private void line(Line l) throws XMLStreamException {
            open(credit ? "CreditNoteLine" : "InvoiceLine");
            leaf("ID", l.id());
            leaf(credit ? "CreditedQuantity" : "InvoicedQuantity", l.quantity().toPlainString(), "unitCode",
                    UNIT_ONE);
            amount("LineExtensionAmount", l.amount());
            open("Item");
            leaf("Name", l.description());
            open("ClassifiedTaxCategory");
            leaf("ID", l.category().name());
            leaf("Percent", percent(l.rate()));
            taxScheme();
            close();
            close();
            open("Price");
            // a unit price may have more decimals than a cent; the line amount is rounded, not the price
            var price = l.unitPrice().scale() < 2 ? l.unitPrice().setScale(2) : l.unitPrice();
            leaf("PriceAmount", price.toPlainString(), "currencyID", CURRENCY);
            close();
            close();
        }

        private void taxScheme() throws XMLStreamException {
            open("TaxScheme");
            leaf("ID", "VAT");
            close();
        }

        private void amount(String name, BigDecimal value) throws XMLStreamException {
            leaf(name, money(value), "currencyID", CURRENCY);
        }

        private String money(BigDecimal value) {
            try {
                return value.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
            } catch (ArithmeticException e) {
                // rounding here would make the totals disagree with the lines: the record is wrong
                throw new IllegalArgumentException(
                        "amount " + value + " in " + d.number() + " is not in cents", e);
            }
        }

        private static String percent(BigDecimal rate) {
            return rate == null ? "0" : rate.toPlainString();
        }

        private static String date(LocalDate date) {
            return date == null ? null : date.toString();
        }

        private void open(String name) throws XMLStreamException {
            newline();
            xml.writeStartElement(NS_CAC, name);
            depth++;
        }

        private void close() throws XMLStreamException {
            depth--;
            newline();
            xml.writeEndElement();
        }

        /** A basic element; left out when it has no value, as EN 16931 wants no empty elements. */
        private void leaf(String name, String value) throws XMLStreamException {
            leaf(name, value, null, null);
        }

        private void leaf(String name, String value, String attribute, String attributeValue)
                throws XMLStreamException {
            if (!present(value)) {
                return;
            }
            newline();
            xml.writeStartElement(NS_CBC, name);
            if (attribute != null && attributeValue != null) {
                xml.writeAttribute(attribute, clean(attributeValue));
            }
            xml.writeCharacters(clean(value));
            xml.writeEndElement();
        }

        private void newline() throws XMLStreamException {
            xml.writeCharacters("\n" + "  ".repeat(depth));
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /**
     * The text without the characters XML 1.0 cannot carry at all (control characters, lone
     * surrogates); the writer escapes the rest ({@code &}, {@code <}, quotes).
     */
    static String clean(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (allowed) {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out.toString().strip();
    }
}
