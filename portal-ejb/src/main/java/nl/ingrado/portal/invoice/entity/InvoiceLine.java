package nl.ingrado.portal.invoice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import lombok.Getter;
import nl.ingrado.portal.shared.entity.BusinessException;

/** One line of an invoice: quantity × unit price, rounded to cents (EN 16931 BT-131), with its VAT. */
@Embeddable
@Getter
public class InvoiceLine implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int MAX_DESCRIPTION = 300;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(nullable = false, length = MAX_DESCRIPTION)
    private String description;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal quantity;

    @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "vat_category", nullable = false, length = 1)
    private String vatCategory;

    @Column(name = "vat_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal vatRate;

    @Column(name = "exemption_reason", length = 200)
    private String exemptionReason;

    protected InvoiceLine() {
    }

    public InvoiceLine(String description, BigDecimal quantity, BigDecimal unitPrice, Vat vat) {
        if (description == null || description.isBlank() || description.length() > MAX_DESCRIPTION) {
            throw BusinessException.onField("description", "invoice.line.description");
        }
        if (quantity == null || quantity.signum() <= 0 || quantity.scale() > 2
                || quantity.compareTo(new BigDecimal("99999")) > 0) {
            throw BusinessException.onField("quantity", "invoice.line.quantity");
        }
        if (unitPrice == null || unitPrice.signum() < 0 || unitPrice.scale() > 2
                || unitPrice.compareTo(new BigDecimal("999999.99")) > 0) {
            throw BusinessException.onField("unitPrice", "invoice.line.price");
        }
        this.description = description.strip();
        this.quantity = quantity.setScale(2);
        this.unitPrice = unitPrice.setScale(2);
        this.amount = quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
        this.vatCategory = vat.category();
        this.vatRate = vat.rate();
        this.exemptionReason = vat.exemptionReason();
    }

    /** The same line for a credit note (its amounts stay positive: the document type says it credits). */
    public InvoiceLine copy(BigDecimal newQuantity) {
        var line = new InvoiceLine(description, newQuantity, unitPrice, vat());
        return line;
    }

    public Vat vat() {
        return new Vat(vatCategory, vatRate, exemptionReason);
    }

    void number(int no) {
        this.lineNo = no;
    }
}
