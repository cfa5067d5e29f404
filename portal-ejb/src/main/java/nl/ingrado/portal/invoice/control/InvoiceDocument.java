package nl.ingrado.portal.invoice.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a printed or electronic invoice shows, in the terms of EN 16931, computed once from an
 * issued invoice. The UBL file and the PDF are both written from this record, so their figures are
 * the same by construction. Amounts are in euros with two decimals; a credit note carries positive
 * amounts (its type says it credits).
 */
public record InvoiceDocument(
        Type type,
        String number, // BT-1, e.g. "2026-00042"
        LocalDate issueDate, // BT-2
        LocalDate dueDate, // BT-9
        String buyerReference, // BT-10: the purchase order number when given, else the buyer's own reference
        String orderReference, // BT-13: purchase order number (inkoopordernummer), may be null
        String precedingNumber, // BT-25: the invoice a credit note corrects, null for an invoice
        LocalDate precedingIssueDate, // BT-26
        String paymentReference, // BT-83: the betalingskenmerk, 16 digits
        String note, // BT-22, may be null
        Party seller,
        Party buyer,
        String iban, // BT-84
        String bic, // BT-86, may be null
        List<Line> lines,
        List<VatSubtotal> vat, // BG-23, one per category and rate
        BigDecimal lineTotal, // BT-106
        BigDecimal taxExclusive, // BT-109
        BigDecimal vatTotal, // BT-110
        BigDecimal taxInclusive, // BT-112
        BigDecimal payable) { // BT-115

    public enum Type {
        INVOICE, CREDIT_NOTE
    }

    /**
     * A seller or buyer. {@code oin} (20 digits, scheme 0190) or {@code kvk} (8 digits, scheme 0106)
     * identifies a Dutch organisation; a private person has neither. {@code endpointScheme} and
     * {@code endpointId} are the Peppol address (e.g. 0190 and the OIN).
     */
    public record Party(String name, String street, String postalCode, String city, String countryCode,
            String email, String oin, String kvk, String vatNumber, String endpointScheme,
            String endpointId) {

        public boolean isOrganisation() {
            return oin != null || kvk != null;
        }
    }

    /** One line; {@code amount} = quantity × unitPrice rounded to cents (BT-131). */
    public record Line(String id, String description, BigDecimal quantity, BigDecimal unitPrice,
            BigDecimal amount, VatCategory category, BigDecimal rate) {
    }

    /** BG-23: the taxable amount and VAT of one category and rate. */
    public record VatSubtotal(VatCategory category, BigDecimal rate, BigDecimal taxable, BigDecimal tax,
            String exemptionReason) {
    }

    /** UNCL 5305 codes the portal uses: standard rate, zero rate, exempt. */
    public enum VatCategory {
        S, Z, E
    }
}
