package nl.ingrado.portal.invoice;

import java.math.BigDecimal;
import java.util.List;
import nl.ingrado.portal.invoice.entity.Invoice;
import nl.ingrado.portal.invoice.entity.InvoiceLine;
import nl.ingrado.portal.invoice.entity.InvoicePurpose;
import nl.ingrado.portal.invoice.entity.Vat;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.Fixtures;

/** Billing data and invoice drafts for the invoice tests, each made fresh. */
final class InvoiceFixtures {

    static final Vat STANDARD = new Vat("S", new BigDecimal("21"), null);
    static final Vat EXEMPT = new Vat("E", BigDecimal.ZERO,
            "Vrijgesteld van btw (art. 11 lid 1 sub o Wet OB)");

    private InvoiceFixtures() {
    }

    /** A municipality with billing data (OIN) and its billing email. */
    static Fixtures.Organisation billedMunicipality(String email) {
        var org = Fixtures.municipality(20_000);
        Db.update(
                "INSERT INTO billing_account (organisation_id, legal_name, street, postal_code, city, email, oin, "
                        + "updated_at) VALUES (?, ?, 'Stadhuisplein 1', '1234 AB', 'Testdorp', ?, ?, UTC_TIMESTAMP(6))",
                org.id(), "Gemeente " + org.name(), email, oin(org.id()));
        return org;
    }

    static String oin(long organisationId) {
        return String.format("%020d", 190_000_000_000_000L + organisationId);
    }

    /** A draft for an organisation of its own (no mail: no address), with the given lines. */
    static Invoice.Draft draft(String sourceKey, InvoiceLine... lines) {
        var buyer = new Invoice.Buyer(null, null, "Gemeente Proefstad & Co", "Markt 1", "1234 AB",
                "Proefstad", "NL",
                null, "00000001001234567000", null, null);
        return new Invoice.Draft(InvoicePurpose.OTHER, sourceKey, buyer, "PO-TEST", "PO-TEST", "nl",
                List.of(lines));
    }

    static InvoiceLine line(String description, String quantity, String price, Vat vat) {
        return new InvoiceLine(description, new BigDecimal(quantity), new BigDecimal(price), vat);
    }
}
