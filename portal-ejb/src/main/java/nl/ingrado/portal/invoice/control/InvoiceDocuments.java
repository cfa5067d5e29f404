package nl.ingrado.portal.invoice.control;

import java.util.ArrayList;
import nl.ingrado.portal.invoice.entity.Invoice;
import nl.ingrado.portal.invoice.entity.InvoiceKind;

/** An issued invoice as the document record both renderings are written from. */
public final class InvoiceDocuments {

    private InvoiceDocuments() {
    }

    /** {@code corrected} is the invoice a credit note names, null for an invoice. */
    public static InvoiceDocument of(Invoice invoice, Invoice corrected, InvoiceSettings settings) {
        var lines = invoice.getLines().stream().map(l -> new InvoiceDocument.Line(
                String.valueOf(l.getLineNo()), l.getDescription(), l.getQuantity(), l.getUnitPrice(),
                l.getAmount(),
                InvoiceDocument.VatCategory.valueOf(l.getVatCategory()), l.getVatRate())).toList();
        var vat = new ArrayList<InvoiceDocument.VatSubtotal>();
        invoice.vatBreakdown().forEach((v, sums) -> vat.add(new InvoiceDocument.VatSubtotal(
                InvoiceDocument.VatCategory.valueOf(v.category()), v.rate(), sums[0], sums[1],
                v.exemptionReason())));
        return new InvoiceDocument(
                invoice.getKind() == InvoiceKind.CREDIT_NOTE
                        ? InvoiceDocument.Type.CREDIT_NOTE
                        : InvoiceDocument.Type.INVOICE,
                invoice.getNumber(), invoice.getIssueDate(), invoice.getDueDate(),
                invoice.getBuyerReference() != null
                        ? invoice.getBuyerReference()
                        : invoice.getOrderReference() != null
                                ? invoice.getOrderReference()
                                : invoice.getNumber(),
                invoice.getOrderReference(),
                corrected == null ? null : corrected.getNumber(),
                corrected == null ? null : corrected.getIssueDate(),
                invoice.getPaymentReference(), null,
                settings.seller(), buyer(invoice), settings.iban(), settings.bic(),
                lines, vat, invoice.getNetTotal(), invoice.getNetTotal(), invoice.getVatTotal(),
                // a total is never negative, and nothing is prepaid: what is payable is the total, for both kinds
                invoice.getGrossTotal(), invoice.getGrossTotal());
    }

    private static InvoiceDocument.Party buyer(Invoice i) {
        String scheme = null;
        String endpoint = null;
        if (i.getBuyerPeppolId() != null) {
            var parts = i.getBuyerPeppolId().split(":", 2);
            scheme = parts[0];
            endpoint = parts[1];
        } else if (i.getBuyerOin() != null) {
            scheme = "0190";
            endpoint = i.getBuyerOin();
        } else if (i.getBuyerKvk() != null) {
            scheme = "0106";
            endpoint = i.getBuyerKvk();
        }
        return new InvoiceDocument.Party(i.getBuyerName(), i.getBuyerStreet(), i.getBuyerPostalCode(),
                i.getBuyerCity(), i.getBuyerCountry(), i.getBuyerEmail(), i.getBuyerOin(), i.getBuyerKvk(),
                null,
                scheme, endpoint);
    }
}
