package nl.ingrado.portal.invoice.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.ingrado.portal.invoice.control.DemoStatement;
import nl.ingrado.portal.invoice.control.InvoiceSettings;
import nl.ingrado.portal.invoice.entity.BillingAccount;
import nl.ingrado.portal.invoice.entity.Invoice;
import nl.ingrado.portal.invoice.entity.InvoiceKind;
import nl.ingrado.portal.invoice.entity.InvoicePurpose;
import nl.ingrado.portal.member.boundary.MemberService;
import nl.ingrado.portal.member.boundary.MembershipService;
import nl.ingrado.portal.register.boundary.Registrants;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.entity.BusinessException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo invoices, made once at startup in demo mode while no invoice exists: billing data for seven
 * members (six municipalities with an OIN, a region with a KvK number), last year's membership invoices
 * dated January and paid from a bank statement, this year's membership run (the other members show
 * "geen factuurgegevens" in its preview), Lotte's KRSD fee paid by her employer, and a credit note for
 * half of Vlieland's fee. PDFs and UBL files can only be written in Java, hence here and not in
 * {@code sql/demo} (whose {@code V9__demo_invoices.sql} adds last year's fee bands and memberships).
 *
 * <p>Made a moment after startup (a timer), in a few seconds. On a fresh database the numbers are fixed: this year 1–7 the memberships by name, 8 the KRSD
 * fee, 9 the credit note ({@code bench/camt-demo.sh} writes a statement paying them). Two nodes
 * starting together: the one that creates last year's invoice counter makes the demo, the other skips.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class InvoiceDemo {

    private static final Logger LOG = Logger.getLogger(InvoiceDemo.class.getName());

    static final String STAFF = "bureau@demo.ingrado.nl";
    static final String REGISTRANT = "lid@demo.ingrado.nl";

    /** An organisation the demo invoices: its name in the portal, its billing data and its bank account. */
    record Member(String name, BillingAccount.Details billing, String iban) {
    }

    static final List<Member> MEMBERS = List.of(
            municipality("Amsterdam", "Amstel 1", "1011 PN", "0363", "NL38BNGH0285012345"),
            municipality("Groningen", "Kreupelstraat 1", "9712 HW", "0014", "NL60BNGH0285014471"),
            municipality("Rotterdam", "Coolsingel 40", "3011 AD", "0599", "NL09BNGH0285063210"),
            municipality("Utrecht", "Stadsplateau 1", "3521 AZ", "0344", "NL70BNGH0285088302"),
            municipality("Vlieland", "Dorpsstraat 127", "8899 AD", "0096", "NL47BNGH0285170196"),
            municipality("Zwolle", "Grote Kerkplein 15", "8011 PK", "0193", "NL23BNGH0285009317"),
            new Member("Doorstroompunt IJssel-vecht", new BillingAccount.Details(
                    "Regio IJssel-Vecht, Doorstroompunt", "Lübeckplein 2", "8017 JZ", "Zwolle",
                    "facturen@ijssel-vecht.demo.ingrado.nl", null, "65432178", null), "NL30RABO0301234567"));

    /** Rotterdam's purchase order numbers, last year and this year. */
    static final String ORDER_MEMBER = "Rotterdam";

    @Inject
    @ConfigProperty(name = "portal.demo", defaultValue = "false")
    boolean demo;

    /** Off leaves the demo without invoices, e.g. for a test suite that runs on the demo data. */
    @Inject
    @ConfigProperty(name = "portal.invoice.demo", defaultValue = "true")
    boolean invoices;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    Clock clock;

    @Inject
    InvoiceSettings settings;

    @Inject
    BillingData billing;

    @Inject
    Invoicing invoicing;

    @Inject
    InvoiceIssuer issuer;

    @Inject
    Payments payments;

    @Inject
    MembershipService memberships;

    @Inject
    MemberService members;

    @Inject
    Registrants registrants;

    @Resource
    TimerService timers;

    /**
     * Only schedules the demo: made by a timer just after startup rather than during it, so the portal
     * is ready sooner.
     */
    @PostConstruct
    void schedule() {
        if (demo && invoices) {
            timers.createSingleActionTimer(200, new TimerConfig("demo invoices", false));
        }
    }

    @Timeout
    void load() {
        long started = System.nanoTime();
        try {
            int year = LocalDate.now(clock.withZone(Clocks.AMSTERDAM)).getYear();
            if (!claim(year - 1)) {
                return;
            }
            int issued = make(year);
            LOG.info(() -> "Demo invoices: " + issued + " issued in "
                    + (System.nanoTime() - started) / 1_000_000
                    + " ms");
        } catch (Exception e) {
            // the portal runs on without them
            LOG.log(Level.WARNING, "Demo invoices not (all) made: " + e.getMessage(), e);
        }
    }

    /**
     * True for the one node that makes the demo: no invoice exists, and it created last year's counter
     * (a row two nodes cannot both insert). The demo's first invoice of last year then takes number 1.
     */
    private boolean claim(int lastYear) throws Exception {
        transaction.begin();
        try {
            boolean none = em.createQuery("select count(i) from Invoice i", Long.class)
                    .getSingleResult() == 0;
            boolean mine = none && em.createNativeQuery(
                    "INSERT IGNORE INTO invoice_counter (invoice_year, last_number) VALUES (?1, 0)")
                    .setParameter(1, lastYear).executeUpdate() == 1;
            transaction.commit();
            return mine;
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }

    private int make(int year) throws Exception {
        int lastYear = year - 1;
        var ids = new HashMap<String, Long>();
        // this year's members, or last year's on a demo database made last year
        for (var m : memberships.billable(lastYear)) {
            ids.put(m.organisation(), m.organisationId());
        }
        for (var m : memberships.billable(year)) {
            ids.put(m.organisation(), m.organisationId());
        }
        for (var member : MEMBERS) {
            var id = ids.get(member.name());
            if (id != null) {
                billing.save(id, member.billing(), STAFF);
            }
        }
        var rotterdam = ids.get(ORDER_MEMBER);
        if (rotterdam != null) {
            billing.order(rotterdam, lastYear, "4500087311", STAFF);
            billing.order(rotterdam, year, "4500091544", STAFF);
        }

        // last year: issued in January, paid in February and March
        var last = new ArrayList<Invoice>();
        for (var planned : invoicing.preview(InvoicePurpose.MEMBERSHIP, lastYear).planned()) {
            if (planned.issuable()) {
                issuer.issueOn(planned.draft(), STAFF, LocalDate.of(lastYear, 1, 15))
                        .ifPresent(id -> last.add(em.find(Invoice.class, id)));
            }
        }
        pay(lastYear, last);

        // this year: the run, as staff would start it
        int issued = last.size() + invoicing.run(InvoicePurpose.MEMBERSHIP, year, STAFF).issued();
        issued += krsdFee(year, ids.get("Amsterdam"));
        var vlieland = ids.get("Vlieland");
        if (vlieland != null) {
            var invoice = em
                    .createQuery("select i from Invoice i where i.organisationId = :o and i.year = :y "
                            + "and i.kind = :k and i.purpose = :p", Invoice.class)
                    .setParameter("o", vlieland)
                    .setParameter("y", year).setParameter("k", InvoiceKind.INVOICE)
                    .setParameter("p", InvoicePurpose.MEMBERSHIP).getResultStream().findFirst();
            if (invoice.isPresent()) {
                // half the fee back: the board's discount for the island, decided after the invoice went out
                issuer.credit(invoice.get().getId(), Map.of(1, new BigDecimal("0.50")), STAFF);
                issued++;
            }
        }
        return issued;
    }

    /** Lotte's KRSD annual fee, paid by her employer Amsterdam: one invoice, not the whole register's run. */
    private int krsdFee(int year, Long employer) {
        var lotte = registrants.active().stream().filter(r -> REGISTRANT.equals(r.email())).findFirst();
        if (lotte.isEmpty()) {
            return 0;
        }
        var person = members.personOf(lotte.get().accountId());
        if (person.isEmpty()) {
            return 0;
        }
        if (employer != null) {
            try {
                billing.chooseFeePayer(person.get().getId(), employer);
            } catch (BusinessException e) {
                // no longer employed there: she pays herself
                LOG.fine(() -> "Demo KRSD fee paid by Lotte herself: " + e.messageKey());
            }
        }
        var key = "KRSD:" + year + ":" + lotte.get().id();
        for (var planned : invoicing.preview(InvoicePurpose.KRSD_FEE, year).planned()) {
            if (key.equals(planned.sourceKey()) && planned.issuable()) {
                return issuer.issue(planned.draft(), STAFF).isPresent() ? 1 : 0;
            }
        }
        return 0;
    }

    /** Books last year's invoices as paid: from a bank statement, one transfer each, in full. */
    private void pay(int lastYear, List<Invoice> invoices) throws Exception {
        if (invoices.isEmpty()) {
            return;
        }
        var entries = new ArrayList<DemoStatement.Entry>();
        var day = LocalDate.of(lastYear, 2, 3);
        int n = 0;
        for (var invoice : invoices) {
            n++;
            var iban = MEMBERS.stream().filter(m -> m.billing().legalName().equals(invoice.getBuyerName()))
                    .map(Member::iban).findFirst().orElse("NL36INGB0007654321");
            // most pay by the betalingskenmerk; one types the invoice number instead, as some do
            var byNumber = n == 2;
            entries.add(DemoStatement.Entry.credit(day, "ABN" + day.toString().replace("-", "") + "0000" + n,
                    new DemoStatement.Transfer(invoice.getGrossTotal(), invoice.getBuyerName(), iban,
                            "E2E-" + invoice.getNumber(), byNumber ? null : invoice.getPaymentReference(),
                            byNumber
                                    ? "Factuur " + invoice.getNumber() + " contributie " + lastYear
                                    : "Contributie Ingrado " + lastYear)));
            day = day.plusDays(4 + n % 3 * 3);
        }
        entries.add(DemoStatement.Entry.costs(LocalDate.of(lastYear, 3, 31), "ABN" + lastYear + "03310001",
                new BigDecimal("12.85"), "Kosten zakelijk betalingsverkeer 1e kwartaal " + lastYear));
        var iban = settings.iban();
        var name = "camt053-demo-" + lastYear + "-q1.xml";
        var xml = DemoStatement.xml(iban, "ABNAMRO-CAMT053-" + lastYear + "-Q1", lastYear + "-Q1-" + iban,
                LocalDate.of(lastYear, 1, 1), LocalDate.of(lastYear, 3, 31), entries);
        payments.upload(xml.getBytes(StandardCharsets.UTF_8), name, STAFF);
    }

    private static Member municipality(String name, String street, String postalCode, String cbs,
            String iban) {
        var mailName = name.toLowerCase(java.util.Locale.ROOT);
        // OIN-shaped: 00000001, a made-up 9-digit RSIN from the CBS code, 000
        return new Member(name, new BillingAccount.Details("Gemeente " + name, street, postalCode, name,
                "facturen@" + mailName + ".demo.ingrado.nl", "0000000180000" + cbs + "000", null, null),
                iban);
    }
}
