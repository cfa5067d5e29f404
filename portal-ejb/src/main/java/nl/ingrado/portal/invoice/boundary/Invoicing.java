package nl.ingrado.portal.invoice.boundary;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import nl.ingrado.portal.event.boundary.EventFees;
import nl.ingrado.portal.invoice.control.InvoiceSettings;
import nl.ingrado.portal.invoice.entity.BillingAccount;
import nl.ingrado.portal.invoice.entity.FeePayer;
import nl.ingrado.portal.invoice.entity.Invoice;
import nl.ingrado.portal.invoice.entity.InvoiceLine;
import nl.ingrado.portal.invoice.entity.InvoicePurpose;
import nl.ingrado.portal.invoice.entity.PurchaseOrder;
import nl.ingrado.portal.member.boundary.MemberService;
import nl.ingrado.portal.member.boundary.MembershipService;
import nl.ingrado.portal.register.boundary.Registrants;
import nl.ingrado.portal.shared.control.Clocks;

/**
 * Invoicing runs: the year's membership invoices, the KRSD annual fees and the event fees of
 * non-members. A preview shows what a run would issue, and why some cannot be issued yet, before
 * anything is numbered; a run issues each invoice in its own transaction and skips every source that
 * has its invoice already, so a second run (or a second node) invoices nobody twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Invoicing {

    private static final Logger LOG = Logger.getLogger(Invoicing.class.getName());

    /** How far back the event-fee run looks for confirmed registrations. */
    static final int EVENT_FEE_DAYS = 400;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    InvoiceSettings settings;

    @Inject
    InvoiceIssuer issuer;

    @Inject
    MembershipService memberships;

    @Inject
    MemberService members;

    @Inject
    Registrants registrants;

    @Inject
    EventFees eventFees;

    /** One invoice a run would issue; {@code problem} (a message key) says why it cannot be issued yet. */
    public record Planned(String sourceKey, String buyer, String description, BigDecimal net, BigDecimal vat,
            BigDecimal gross, boolean invoiced, String problem, Invoice.Draft draft) implements Serializable {

        public boolean issuable() {
            return !invoiced && problem == null;
        }
    }

    public record Preview(InvoicePurpose purpose, int year, List<Planned> planned) implements Serializable {

        public long issuable() {
            return planned.stream().filter(Planned::issuable).count();
        }

        public long invoiced() {
            return planned.stream().filter(Planned::invoiced).count();
        }

        public long blocked() {
            return planned.stream().filter(p -> p.problem() != null && !p.invoiced()).count();
        }

        public BigDecimal total() {
            return planned.stream().filter(Planned::issuable).map(Planned::gross)
                    .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }
    }

    public record RunResult(int issued, int skipped, long blocked) implements Serializable {
    }

    /** What a run for {@code purpose} in {@code year} would issue; nothing is numbered or stored. */
    public Preview preview(InvoicePurpose purpose, int year) {
        var drafts = switch (purpose) {
            case MEMBERSHIP -> membershipDrafts(year);
            case KRSD_FEE -> krsdDrafts(year);
            case EVENT_FEE -> eventDrafts();
            case OTHER -> List.<Planned>of();
        };
        var done = invoicedSources(drafts.stream().map(Planned::sourceKey).toList());
        var planned = drafts.stream().map(p -> done.contains(p.sourceKey())
                ? new Planned(p.sourceKey(), p.buyer(), p.description(), p.net(), p.vat(), p.gross(), true,
                        p.problem(), p.draft())
                : p).toList();
        return new Preview(purpose, year, planned);
    }

    /** Issues what the preview shows as issuable, each in its own transaction. */
    public RunResult run(InvoicePurpose purpose, int year, String staff) {
        var preview = preview(purpose, year);
        int issued = 0;
        int skipped = 0;
        for (var planned : preview.planned()) {
            if (!planned.issuable()) {
                continue;
            }
            try {
                if (issuer.issue(planned.draft(), staff).isPresent()) {
                    issued++;
                } else {
                    skipped++;
                }
            } catch (EJBException e) {
                // another run or node issued this source at the same moment: its invoice stands, ours rolled back
                LOG.info(() -> "Not issued (" + planned.sourceKey() + "): " + e.getMessage());
                skipped++;
            }
        }
        return new RunResult(issued, skipped, preview.blocked());
    }

    private List<Planned> membershipDrafts(int year) {
        var vat = settings.vat(InvoicePurpose.MEMBERSHIP);
        var result = new ArrayList<Planned>();
        for (var m : memberships.billable(year)) {
            var key = "MEMBERSHIP:" + m.membershipId();
            var description = "Contributie " + year + " – " + m.organisation();
            var account = em.find(BillingAccount.class, m.organisationId());
            if (account == null) {
                result.add(planned(key, m.organisation(), description, null, "invoice.run.noBillingData",
                        m.fee(), vat));
                continue;
            }
            var order = em.find(PurchaseOrder.class, new PurchaseOrder.Key(m.organisationId(), year));
            var line = new InvoiceLine(description, BigDecimal.ONE, m.fee(), vat);
            var draft = new Invoice.Draft(InvoicePurpose.MEMBERSHIP, key, buyer(account),
                    order == null ? "Contributie " + year : order.getNumber(),
                    order == null ? null : order.getNumber(), "nl", List.of(line));
            result.add(planned(key, account.getLegalName(), description, draft, null, m.fee(), vat));
        }
        return result;
    }

    private List<Planned> krsdDrafts(int year) {
        var vat = settings.vat(InvoicePurpose.KRSD_FEE);
        var fee = settings.krsdFee();
        var result = new ArrayList<Planned>();
        for (var r : registrants.active()) {
            var key = "KRSD:" + year + ":" + r.id();
            var english = "en".equals(r.language());
            var description = (english ? "KRSD registration, annual fee " : "KRSD-registratie, jaarbijdrage ")
                    + year + " – " + r.name();
            var person = members.personOf(r.accountId()).orElse(null);
            var payer = person == null ? null : em.find(FeePayer.class, person.getId());
            Invoice.Buyer buyer;
            String buyerReference = "KRSD " + year + " " + r.number();
            String orderReference = null;
            if (payer != null && payer.getOrganisationId() != null) {
                var account = em.find(BillingAccount.class, payer.getOrganisationId());
                if (account == null) {
                    result.add(
                            planned(key, r.name(), description, null, "invoice.run.noBillingData", fee, vat));
                    continue;
                }
                buyer = buyer(account);
                var order = em.find(PurchaseOrder.class,
                        new PurchaseOrder.Key(payer.getOrganisationId(), year));
                if (order != null) {
                    buyerReference = order.getNumber();
                    orderReference = order.getNumber();
                }
            } else if (r.email() == null) {
                result.add(planned(key, r.name(), description, null, "invoice.run.noAddress", fee, vat));
                continue;
            } else {
                buyer = new Invoice.Buyer(null, person == null ? null : person.getId(), r.name(), null, null,
                        null,
                        "NL", r.email(), null, null, null);
            }
            var line = new InvoiceLine(description, BigDecimal.ONE, fee, vat);
            var draft = new Invoice.Draft(InvoicePurpose.KRSD_FEE, key,
                    withPerson(buyer, person == null ? null : person.getId()), buyerReference, orderReference,
                    english ? "en" : "nl", List.of(line));
            result.add(planned(key, buyer.name(), description, draft, null, fee, vat));
        }
        return result;
    }

    private List<Planned> eventDrafts() {
        var vat = settings.vat(InvoicePurpose.EVENT_FEE);
        var result = new ArrayList<Planned>();
        var since = Clocks.nowUtc(clock).minusDays(EVENT_FEE_DAYS);
        for (var fee : eventFees.confirmedSince(since)) {
            var key = "EVENT:" + fee.registrationId();
            var english = "en".equals(fee.language());
            var locale = english ? Locale.UK : Locale.forLanguageTag("nl-NL");
            var when = fee.startsAt() == null
                    ? ""
                    : " (" + fee.startsAt().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale)) + ")";
            var description = cut((english ? "Participation: " : "Deelname: ") + fee.eventTitle() + when);
            var person = fee.accountId() == null ? null : members.personOf(fee.accountId()).orElse(null);
            var buyer = new Invoice.Buyer(null, person == null ? null : person.getId(), fee.name(), null,
                    null, null,
                    "NL", fee.email(), null, null, null);
            var line = new InvoiceLine(description, BigDecimal.ONE, fee.fee(), vat);
            var draft = new Invoice.Draft(InvoicePurpose.EVENT_FEE, key, buyer,
                    fee.eventTitle().length() > 100
                            ? fee.eventTitle().substring(0, 100)
                            : fee.eventTitle(),
                    null, english ? "en" : "nl", List.of(line));
            result.add(planned(key, fee.name(), description, draft, null, fee.fee(), vat));
        }
        return result;
    }

    private static Invoice.Buyer withPerson(Invoice.Buyer buyer, Long personId) {
        return new Invoice.Buyer(buyer.organisationId(), personId, buyer.name(), buyer.street(),
                buyer.postalCode(),
                buyer.city(), buyer.country(), buyer.email(), buyer.oin(), buyer.kvk(), buyer.peppolId());
    }

    static Invoice.Buyer buyer(BillingAccount a) {
        return new Invoice.Buyer(a.getOrganisationId(), null, a.getLegalName(), a.getStreet(),
                a.getPostalCode(),
                a.getCity(), a.getCountry(), a.getEmail(), a.getOin(), a.getKvk(), a.getPeppolId());
    }

    private static Planned planned(String key, String buyer, String description, Invoice.Draft draft,
            String problem,
            BigDecimal net, nl.ingrado.portal.invoice.entity.Vat vat) {
        var tax = net.multiply(vat.rate()).divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
        return new Planned(key, buyer, description, net, tax, net.add(tax), false, problem, draft);
    }

    private Set<String> invoicedSources(List<String> keys) {
        var done = new HashSet<String>();
        for (int from = 0; from < keys.size(); from += 500) {
            var chunk = keys.subList(from, Math.min(keys.size(), from + 500));
            done.addAll(
                    em.createQuery("select i.sourceKey from Invoice i where i.sourceKey in :k", String.class)
                            .setParameter("k", chunk).getResultList());
        }
        return done;
    }

    private static String cut(String text) {
        return text.length() <= InvoiceLine.MAX_DESCRIPTION
                ? text
                : text.substring(0, InvoiceLine.MAX_DESCRIPTION);
    }
}
