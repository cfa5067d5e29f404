package nl.ingrado.portal.invoice.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.ingrado.portal.member.boundary.MemberService;
import nl.ingrado.portal.member.boundary.PrivacyService;

/**
 * A member's invoices in their data export. On erasure the invoices themselves stay: the law keeps
 * them for seven years (art. 52 AWR), as issued; only the choice of who pays the KRSD fee goes.
 */
@Stateless
public class InvoicePrivacy {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    MemberService members;

    @Inject
    InvoiceQueries queries;

    public void onExporting(@Observes PrivacyService.Exporting exporting) {
        members.personOf(exporting.accountId()).ifPresent(person -> {
            var invoices = Json.createArrayBuilder();
            queries.mine(person.getId()).forEach(i -> invoices.add(Json.createObjectBuilder()
                    .add("number", i.number()).add("kind", i.kind().name()).add("purpose", i.purpose().name())
                    .add("buyer", i.buyer()).add("issueDate", i.issueDate().toString())
                    .add("dueDate", i.dueDate().toString()).add("total", i.total())
                    .add("outstanding", i.outstanding()).add("status", i.status().name())));
            exporting.json().add("invoices", invoices);
        });
    }

    public void onErasing(@Observes PrivacyService.Erasing erasing) {
        members.personOf(erasing.accountId()).ifPresent(person -> em
                .createNativeQuery("DELETE FROM fee_payer WHERE person_id = ?1")
                .setParameter(1, person.getId())
                .executeUpdate());
    }
}
