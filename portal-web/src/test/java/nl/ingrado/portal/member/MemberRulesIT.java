package nl.ingrado.portal.member;

import static nl.ingrado.portal.testing.Fixtures.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import nl.ingrado.portal.account.boundary.AccountService;
import nl.ingrado.portal.account.entity.Account;
import nl.ingrado.portal.member.boundary.MemberService;
import nl.ingrado.portal.member.boundary.MembershipService;
import nl.ingrado.portal.member.boundary.PrivacyService;
import nl.ingrado.portal.member.entity.Confirmation;
import nl.ingrado.portal.member.entity.Job;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.testing.ContainerTest;
import nl.ingrado.portal.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The member rules in the container on real MariaDB: reference data, premium, fee bands and
 * invoicing, one membership per year, erasure. Each test makes its own organisations and people.
 */
class MemberRulesIT extends ContainerTest {

    @Inject
    AccountService accounts;

    @Inject
    MemberService members;

    @Inject
    MembershipService memberships;

    @Inject
    PrivacyService privacy;

    @Test
    void referenceDataHoldsAllMunicipalitiesRegionsAndRayons() throws Exception {
        assertEquals(6L, count("SELECT COUNT(*) FROM rayon"));
        assertEquals(39L, count("SELECT COUNT(*) FROM region"));
        assertEquals(39L, count("SELECT COUNT(*) FROM organisation WHERE kind = 'REGION'"));
        assertEquals(342L, count(
                "SELECT COUNT(*) FROM organisation WHERE kind = 'MUNICIPALITY' AND cbs_code LIKE 'GM%'"));
        assertEquals(1L,
                count("SELECT COUNT(*) FROM organisation WHERE kind = 'MUNICIPALITY' AND cbs_code LIKE 'GM%' "
                        + "AND region_id IS NULL"),
                "only Midden-Groningen waits for a region");
        assertEquals(0L, count("SELECT COUNT(*) FROM region g JOIN rayon r ON r.id = g.rayon_id "
                + "WHERE r.code IS NULL"));
    }

    @Test
    void premiumNeedsATrustedCurrentJobAtAMemberOfThisYear() throws Exception {
        var org = newMunicipality(null);
        long orgId = org.id();
        var account = activeAccount("premium", org.domain());
        assertEquals(Confirmation.BY_DOMAIN,
                members.startEmployment(account, orgId, Job.LEERPLICHTAMBTENAAR,
                        LocalDate.now().minusYears(1)));
        long personId = members.personOf(account).orElseThrow().getId();
        assertFalse(members.isPremium(personId), "no membership this year: no premium");

        execute("INSERT INTO membership (organisation_id, member_year, fee, status) VALUES (" + orgId + ", "
                + LocalDate.now().getYear() + ", 100, 'INVOICED')");
        assertTrue(members.isPremium(personId));

        var otherAccount = activeAccount("pending", "example.org");
        assertEquals(Confirmation.PENDING,
                members.startEmployment(otherAccount, orgId, Job.DOORSTROOMCOACH,
                        LocalDate.now().minusMonths(6)));
        long otherPerson = members.personOf(otherAccount).orElseThrow().getId();
        assertFalse(members.isPremium(otherPerson), "an unconfirmed job gives no premium");
        var pending = members.pendingEmployments().stream()
                .filter(e -> e.getPerson().getId() == otherPerson).findFirst().orElseThrow();
        members.decideEmployment(pending.getId(), true, "bureau@test");
        assertTrue(members.isPremium(otherPerson));
        assertEquals("notPending", assertThrows(BusinessException.class,
                () -> members.decideEmployment(pending.getId(), false, "bureau@test")).messageKey()
                .replace("employment.", ""));

        var job = members.myWork(otherAccount).workplaces().get(0);
        members.endEmployment(otherAccount, job.employmentId(), LocalDate.now().minusDays(1));
        assertFalse(members.isPremium(otherPerson), "an ended job gives no premium");
        assertFalse(members.history("employment", pending.getId()).isEmpty(),
                "changes are in the audit trail");
    }

    @Test
    void aMemberCannotEndSomeoneElsesJobAndBadInputIsRefused() throws Exception {
        long orgId = newMunicipality(null).id();
        var mine = activeAccount("eigen", "example.org");
        var other = activeAccount("ander", "example.org");
        members.startEmployment(mine, orgId, Job.MANAGER, LocalDate.now());
        var job = members.myWork(mine).workplaces().get(0).employmentId();
        assertEquals("employment.notFound", assertThrows(BusinessException.class,
                () -> members.endEmployment(other, job, LocalDate.now())).messageKey());
        assertEquals("employment.since.invalid", assertThrows(BusinessException.class,
                // the portal's day is Amsterdam's: at 23:30 UTC "tomorrow" in UTC is already today there
                () -> members.startEmployment(other, orgId, Job.MANAGER,
                        LocalDate.now(nl.ingrado.portal.shared.control.Clocks.AMSTERDAM).plusDays(1)))
                .messageKey());
        assertEquals("employment.organisation.required", assertThrows(BusinessException.class,
                () -> members.startEmployment(other, 987654321L, Job.MANAGER, LocalDate.now())).messageKey());
        assertEquals("employment.end.beforeStart", assertThrows(BusinessException.class,
                () -> members.endEmployment(mine, job, LocalDate.now().minusYears(1))).messageKey());
        assertTrue(members.myWork(other).workplaces().isEmpty(), "nothing half-stored");
    }

    @Test
    void feeBandsSetTheFeeAndAYearIsInvoicedOnce() throws Exception {
        int year = 2090 + (int) (Math.random() * 9);
        execute("DELETE FROM fee_band WHERE fee_year = " + year);
        assertEquals("membership.noBands", assertThrows(BusinessException.class,
                () -> memberships.invoiceYear(year, "bureau@test")).messageKey());
        memberships.addBand(year, 0, new BigDecimal("300.00"), "bureau@test");
        memberships.addBand(year, 50_000, new BigDecimal("800.00"), "bureau@test");
        assertEquals("feeBand.duplicate", assertThrows(BusinessException.class,
                () -> memberships.addBand(year, 50_000, BigDecimal.ONE, "bureau@test")).messageKey());
        assertEquals("feeBand.amount.invalid", assertThrows(BusinessException.class,
                () -> memberships.addBand(year, 1, new BigDecimal("-1"), "bureau@test")).messageKey());

        var big = newMunicipality(120_000);
        var small = newMunicipality(9_000);
        int invoiced = memberships.invoiceYear(year, "bureau@test");
        assertTrue(invoiced >= 2 + 342 - 1, "every active municipality and region: " + invoiced);
        assertEquals(0, memberships.invoiceYear(year, "bureau@test"), "a second run invoices nobody twice");
        var overview = memberships.overview(year);
        assertEquals(new BigDecimal("800.00"), fee(overview, big));
        assertEquals(new BigDecimal("300.00"), fee(overview, small));

        assertThrows(SQLException.class,
                () -> execute("INSERT INTO membership (organisation_id, member_year, fee, "
                        + "status) VALUES (" + big.id() + ", " + year + ", 1, 'INVOICED')"),
                "the database allows one active membership per organisation per year");
        var row = overview.rows().stream().filter(r -> r.organisation().equals(big.name())).findFirst()
                .orElseThrow();
        memberships.markPaid(row.membershipId(), "bureau@test");
        assertEquals("membership.notInvoiced", assertThrows(BusinessException.class,
                () -> memberships.markPaid(row.membershipId(), "bureau@test")).messageKey());
        assertTrue(memberships.overview(year).paid().compareTo(new BigDecimal("800.00")) >= 0);
    }

    @Test
    void erasureAnonymisesThePersonAndRemovesTheAccountButKeepsTheJobHistory() throws Exception {
        long orgId = newMunicipality(null).id();
        var account = activeAccount("vergeet-mij", "example.org");
        var email = accounts.find(account).orElseThrow().getEmail();
        members.startEmployment(account, orgId, Job.ONDERSTEUNER, LocalDate.now());
        long personId = members.personOf(account).orElseThrow().getId();

        var export = privacy.export(account);
        assertTrue(export.contains(email) && export.contains("ONDERSTEUNER"), export);

        privacy.requestErasure(account);
        assertEquals("erasure.alreadyRequested",
                assertThrows(BusinessException.class, () -> privacy.requestErasure(account)).messageKey());
        var request = privacy.openRequest(account).orElseThrow();
        privacy.carryOut(request.getId(), "bureau@test");

        assertTrue(accounts.find(account).isEmpty(), "the account is gone");
        assertEquals(0L, count("SELECT COUNT(*) FROM person WHERE email = '" + email + "'"));
        assertEquals(0L, count("SELECT COUNT(*) FROM mail_log WHERE recipient = '" + email + "'"));
        assertEquals(0L, count("SELECT COUNT(*) FROM audit_entry WHERE actor = '" + email + "'"));
        assertEquals(0L,
                count("SELECT COUNT(*) FROM erasure_request WHERE person_label LIKE '%" + email + "%'"));
        assertEquals("ERASED", string("SELECT status FROM person WHERE id = " + personId));
        assertEquals(1L, count("SELECT COUNT(*) FROM employment WHERE person_id = " + personId),
                "the job stays for statistics, without a name");
        assertEquals(nl.ingrado.portal.account.boundary.LoginOutcome.Status.INVALID,
                accounts.logIn(email, PASSWORD, "10.9.9.9").status());
    }

    record Org(long id, String name, String domain) {
    }

    /** A municipality of its own, with an email domain of its own. */
    private static Org newMunicipality(Integer inhabitants) {
        var municipality = Fixtures.municipality(inhabitants);
        var domain = "gemeente-" + UUID.randomUUID().toString().substring(0, 6) + ".nl";
        Fixtures.domain(municipality.id(), domain);
        return new Org(municipality.id(), municipality.name(), domain);
    }

    private long activeAccount(String prefix, String domain) throws Exception {
        var email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@" + domain;
        accounts.signUp(email, "Test " + prefix, PASSWORD, "nl");
        tx.begin();
        var account = em.createQuery("select a from Account a where a.email = :e", Account.class)
                .setParameter("e", email).getSingleResult();
        account.confirmEmail(java.time.LocalDateTime.now());
        tx.commit();
        return account.getId();
    }

    private static BigDecimal fee(MembershipService.Overview overview, Org org) {
        return overview.rows().stream().filter(r -> r.organisation().equals(org.name())).findFirst()
                .orElseThrow()
                .fee();
    }

    private long count(String sql) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String string(String sql) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
