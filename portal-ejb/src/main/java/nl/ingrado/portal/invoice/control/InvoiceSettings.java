package nl.ingrado.portal.invoice.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import nl.ingrado.portal.invoice.entity.InvoicePurpose;
import nl.ingrado.portal.invoice.entity.Vat;
import nl.ingrado.portal.shared.control.Settings;

/**
 * {@code portal.invoice.*}: who sends the invoices (Ingrado's name, address, KvK and VAT number, IBAN),
 * the VAT of each kind of line, the payment term, the reminders and the fees the portal charges. The
 * defaults are the demo's; a real installation sets its own.
 */
@ApplicationScoped
public class InvoiceSettings {

    private final Settings settings;

    public InvoiceSettings() {
        this(Settings.fromConfig("portal.invoice."));
    }

    InvoiceSettings(Settings settings) {
        this.settings = settings;
    }

    public static InvoiceSettings of(Settings settings) {
        return new InvoiceSettings(settings);
    }

    public InvoiceDocument.Party seller() {
        var kvk = settings.text("seller.kvk", "40409999");
        return new InvoiceDocument.Party(
                settings.text("seller.name", "Vereniging Ingrado"),
                settings.text("seller.street", "Voorbeeldstraat 1"),
                settings.text("seller.postal-code", "3511 AA"),
                settings.text("seller.city", "Utrecht"),
                "NL",
                settings.text("seller.email", "facturen@ingrado.nl"),
                null, kvk,
                settings.text("seller.vat", "NL001234567B01"),
                "0106", kvk);
    }

    public String iban() {
        return settings.text("seller.iban", "NL91ABNA0417164300");
    }

    public String bic() {
        return settings.nonBlank("seller.bic").orElse("ABNANL2A");
    }

    public int paymentDays() {
        return settings.number("payment-days", 30);
    }

    /** Days after the due date on which the first and the second reminder go out. */
    public List<Integer> reminderDays() {
        return Arrays.stream(settings.text("reminder-days", "14,28").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf).sorted().toList();
    }

    public Vat vat(InvoicePurpose purpose) {
        return Vat.parse(switch (purpose) {
            case MEMBERSHIP -> settings.text("vat.membership",
                    "E:Vrijgesteld van btw, contributie van een vereniging (art. 11 lid 1 sub l Wet OB)");
            case KRSD_FEE -> settings.text("vat.krsd-fee", "S:21");
            case EVENT_FEE -> settings.text("vat.event-fee",
                    "E:Vrijgesteld van btw, beroepsopleiding (art. 11 lid 1 sub o Wet OB)");
            case OTHER -> settings.text("vat.other", "S:21");
        });
    }

    /** The KRSD annual fee excluding VAT. */
    public BigDecimal krsdFee() {
        return new BigDecimal(settings.text("krsd-fee", "95.00"));
    }

    /** Seconds between looks for confirmed registrations of non-members that still need their invoice. */
    public int eventFeeIntervalSeconds() {
        return settings.number("event-fee-interval-seconds", 60);
    }
}
