package nl.ingrado.portal.invoice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;
import lombok.Getter;
import nl.ingrado.portal.shared.entity.BusinessException;

/** The purchase order number (inkoopordernummer) an organisation gives for a year's invoices. */
@Entity
@Table(name = "purchase_order")
@IdClass(PurchaseOrder.Key.class)
@Getter
public class PurchaseOrder {

    public record Key(Long organisationId, Integer year) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Id
    @Column(name = "order_year")
    private Integer year;

    @Column(nullable = false, length = Invoice.MAX_REFERENCE)
    private String number;

    protected PurchaseOrder() {
    }

    public PurchaseOrder(Long organisationId, int year, String number) {
        this.organisationId = organisationId;
        this.year = year;
        change(number);
    }

    public void change(String text) {
        if (text == null || text.isBlank() || text.strip().length() > Invoice.MAX_REFERENCE
                || text.chars().anyMatch(Character::isISOControl)) {
            throw BusinessException.onField("orderNumber", "invoice.reference.invalid",
                    Invoice.MAX_REFERENCE);
        }
        number = text.strip();
    }
}
