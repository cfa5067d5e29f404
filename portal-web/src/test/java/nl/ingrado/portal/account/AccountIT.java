package nl.ingrado.portal.account;

import static nl.ingrado.portal.testing.Fixtures.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import nl.ingrado.portal.account.boundary.AccountService;
import nl.ingrado.portal.account.boundary.ApiTokenService;
import nl.ingrado.portal.account.boundary.LoginOutcome.Status;
import nl.ingrado.portal.account.control.PasswordHasher;
import nl.ingrado.portal.account.control.TokenUses;
import nl.ingrado.portal.account.entity.Account;
import nl.ingrado.portal.account.entity.AccountStatus;
import nl.ingrado.portal.mail.entity.MailLog;
import nl.ingrado.portal.member.boundary.MemberService;
import nl.ingrado.portal.mail.entity.MailStatus;
import nl.ingrado.portal.shared.boundary.DatabaseMigration;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.testing.ContainerTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Accounts inside the real container on real MariaDB: migrations, sign-up, hashing, throttling,
 * API tokens and mail after commit. One deployment (the built WAR) serves every test here.
 */
class AccountIT extends ContainerTest {

    @Inject
    AccountService accounts;

    @Inject
    ApiTokenService apiTokens;

    @Inject
    TokenUses tokenUses;

    @Inject
    MemberService members;

    @Inject
    @ConfigProperty(name = "portal.db.url")
    String dbUrl;

    @Test
    void migrationsBuildTheSchemaOnAnEmptyDatabase() throws Exception {
        var name = "empty_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        var empty = new MariaDbDataSource(dbUrl.substring(0, dbUrl.lastIndexOf('/') + 1) + name);
        empty.setUser("portal");
        empty.setPassword("portal");
        DatabaseMigration.applyTo(empty, false);
        try (var connection = empty.getConnection(); var statement = connection.createStatement()) {
            var tables = new HashSet<String>();
            try (var rs = statement.executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + name + "'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1).toLowerCase());
                }
            }
            assertTrue(tables.containsAll(List.of("account", "account_role", "account_token", "api_token",
                    "login_failure", "mail_log", "flyway_schema_history")), tables::toString);
            assertFalse(tables.contains("flyway_demo_history"), "no demo data outside demo mode");
            try (var rs = statement.executeQuery("SELECT COUNT(*) FROM account")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "an empty database gets no accounts");
            }
            statement.execute("DROP DATABASE " + name);
        }
    }

    @Test
    void signUpCreatesAnUnverifiedMemberWithAHashedPasswordAndMailsTheLink() throws Exception {
        var email = unique("Nieuw.Lid");
        accounts.signUp("  " + email.toUpperCase() + " ", "Nieuw Lid", PASSWORD, "nl");

        var account = accounts.findByEmail(email).orElseThrow();
        assertEquals(email, account.getEmail(), "stored trimmed and in lower case");
        assertEquals(AccountStatus.UNVERIFIED, account.getStatus());
        assertEquals(java.util.Set.of(nl.ingrado.portal.account.entity.Role.MEMBER), account.getRoles());
        assertTrue(account.getPasswordHash().startsWith("PBKDF2WithHmacSHA512:210000:"),
                account.getPasswordHash());
        assertFalse(account.getPasswordHash().contains(PASSWORD));
        assertTrue(PasswordHasher.verify(PASSWORD, account.getPasswordHash()));
        assertEquals(Status.NOT_VERIFIED, accounts.logIn(email, PASSWORD, "10.0.0.1").status(),
                "cannot log in before confirming the address");

        assertEquals(MailStatus.SENT, awaitMailStatus(email), "the confirmation link left through SMTP");
    }

    @Test
    void theSamePasswordGetsADifferentSaltPerAccount() {
        var first = unique("salt1");
        var second = unique("salt2");
        accounts.signUp(first, "Een", PASSWORD, "nl");
        accounts.signUp(second, "Twee", PASSWORD, "nl");
        assertNotEquals(accounts.findByEmail(first).orElseThrow().getPasswordHash(),
                accounts.findByEmail(second).orElseThrow().getPasswordHash());
    }

    @Test
    void signingUpTwiceKeepsOneAccountAndTellsTheOwnerByMail() throws Exception {
        var email = unique("dubbel");
        accounts.signUp(email, "Eerste", PASSWORD, "nl");
        accounts.signUp(email, "Tweede poging", "nog een ander wachtwoord", "nl");
        assertEquals(1L, em.createQuery("select count(a) from Account a where a.email = :e", Long.class)
                .setParameter("e", email).getSingleResult());
        assertEquals("Eerste", accounts.findByEmail(email).orElseThrow().getDisplayName());
        awaitMailCount(email, 2);
        var kinds = em
                .createQuery("select m.kind from MailLog m where m.recipient = :e order by m.id",
                        String.class)
                .setParameter("e", email).getResultList();
        assertEquals(List.of("account.verify", "account.exists"), kinds);
    }

    @Test
    void theDatabaseRefusesADuplicateEmailEvenPastTheService() throws Exception {
        var email = unique("uniek");
        accounts.signUp(email, "Uniek", PASSWORD, "nl");
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "INSERT INTO account (email, display_name, password_hash, status, created_at) VALUES ('"
                            + email + "', 'x', 'x', 'UNVERIFIED', NOW())"));
            assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "INSERT INTO account (email, display_name, password_hash, status, created_at) VALUES ('"
                            + "Hoofdletters@Example.nl', 'x', 'x', 'UNVERIFIED', NOW())"),
                    "emails are stored in lower case");
        }
    }

    @Test
    void badInputIsRefusedAndNothingIsStoredOrMailed() throws Exception {
        var email = unique("fout");
        var tooShort = assertThrows(BusinessException.class,
                () -> accounts.signUp(email, "Naam", "kort", "nl"));
        assertEquals("password.tooShort", tooShort.messageKey());
        var noName = assertThrows(BusinessException.class,
                () -> accounts.signUp(email, "   ", PASSWORD, "nl"));
        assertEquals("account.name.required", noName.messageKey());
        var badEmail = assertThrows(BusinessException.class,
                () -> accounts.signUp("geen-adres", "Naam", PASSWORD, "nl"));
        assertEquals("account.email.invalid", badEmail.messageKey());
        assertTrue(accounts.findByEmail(email).isEmpty());
        Thread.sleep(500);
        assertEquals(0L, em.createQuery("select count(m) from MailLog m where m.recipient = :e", Long.class)
                .setParameter("e", email).getSingleResult(), "a rolled-back sign-up sends no mail");
    }

    @Test
    void loginIsThrottledPerAccountAfterTenFailuresEvenWithTheRightPassword() throws Exception {
        var email = activeAccount("throttle");
        assertEquals(Status.SUCCESS, accounts.logIn(email, PASSWORD, "10.1.0.1").status());
        for (int i = 0; i < 10; i++) {
            assertEquals(Status.INVALID,
                    accounts.logIn(email, "fout wachtwoord " + i, "10.1.0." + (i + 2)).status());
        }
        assertEquals(Status.THROTTLED, accounts.logIn(email, PASSWORD, "10.1.1.1").status(),
                "the right password does not get through while throttled");
        var other = activeAccount("throttle-ander");
        assertEquals(Status.SUCCESS, accounts.logIn(other, PASSWORD, "10.1.0.5").status(),
                "another account is not affected");
    }

    @Test
    void loginIsThrottledPerClientAddressAcrossAccounts() throws Exception {
        var email = activeAccount("adres");
        var address = "10.2." + (int) (Math.random() * 250) + ".9";
        for (int i = 0; i < 50; i++) {
            accounts.logIn("niemand" + i + "@example.nl", "geraden", address);
        }
        assertEquals(Status.THROTTLED, accounts.logIn(email, PASSWORD, address).status());
        assertEquals(Status.SUCCESS, accounts.logIn(email, PASSWORD, "10.2.0.1").status(),
                "the same account from another address still logs in");
    }

    @Test
    void wrongPasswordAndUnknownAccountGetTheSameAnswer() throws Exception {
        var email = activeAccount("gelijk");
        assertEquals(Status.INVALID, accounts.logIn(email, "niet dit", "10.3.0.1").status());
        assertEquals(Status.INVALID, accounts.logIn(unique("bestaat-niet"), PASSWORD, "10.3.0.1").status());
    }

    @Test
    void apiTokensActForTheirOwnerUntilRevokedAndAreStoredHashed() throws Exception {
        var email = activeAccount("token");
        var id = accounts.findByEmail(email).orElseThrow().getId();
        var secret = apiTokens.create(id, "Rapportage");
        assertTrue(secret.startsWith("ing_"));
        assertEquals((long) id, tokenCaller(secret).orElseThrow().accountId());
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rs = statement
                        .executeQuery("SELECT token_hash FROM api_token WHERE account_id = " + id)) {
            rs.next();
            assertNotEquals(secret, rs.getString(1));
            assertFalse(rs.getString(1).contains(secret.substring(4, 20)));
        }
        var token = apiTokens.list(id).get(0);
        var otherOwner = accounts.findByEmail(activeAccount("token-ander")).orElseThrow().getId();
        var notYours = assertThrows(BusinessException.class,
                () -> apiTokens.revoke(otherOwner, token.getId()));
        assertEquals("apiToken.notFound", notYours.messageKey());
        assertTrue(tokenCaller(secret).isPresent(), "someone else cannot revoke it");
        // the use is noted and written with others by the next round of the timer
        apiTokens.used(ApiTokenService.hashOf(secret).orElseThrow());
        tokenUses.write();
        assertNotNull(apiTokens.list(id).get(0).getLastUsedAt(),
                "the owner sees when the token was last used");
        apiTokens.revoke(id, token.getId());
        assertTrue(tokenCaller(secret).isEmpty(), "a revoked token no longer works");
        assertTrue(tokenCaller("ing_made-up").isEmpty());
        assertTrue(ApiTokenService.hashOf("not-a-token").isEmpty(),
                "not shaped like a token: not even looked up");
    }

    @Test
    void accountsLeftUnconfirmedForSixWeeksAreRemovedWithTheirLinks() throws Exception {
        var stale = unique("oud");
        var fresh = unique("vers");
        var confirmed = activeAccount("bevestigd-oud");
        accounts.signUp(stale, "Oud", PASSWORD, "nl");
        accounts.signUp(fresh, "Vers", PASSWORD, "nl");
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate(
                    "UPDATE account SET created_at = UTC_TIMESTAMP(6) - INTERVAL 43 DAY WHERE email IN ('"
                            + stale + "', '" + confirmed + "')");
        }
        assertTrue(accounts.removeStaleData() >= 1);
        em.clear();
        assertTrue(accounts.findByEmail(stale).isEmpty(), "unconfirmed for 43 days: removed");
        assertTrue(accounts.findByEmail(fresh).isPresent(), "unconfirmed for a day: kept");
        assertTrue(accounts.findByEmail(confirmed).isPresent(), "confirmed accounts are kept, however old");
    }

    /** Who calls with this bearer token, as the authentication mechanism finds them. */
    private java.util.Optional<MemberService.TokenCaller> tokenCaller(String bearer) {
        return ApiTokenService.hashOf(bearer).flatMap(members::callerOfToken);
    }

    private String activeAccount(String prefix) throws Exception {
        var email = unique(prefix);
        accounts.signUp(email, prefix, PASSWORD, "nl");
        tx.begin();
        em.createQuery("select a from Account a where a.email = :e", Account.class).setParameter("e", email)
                .getSingleResult().confirmEmail(java.time.LocalDateTime.now());
        tx.commit();
        return email;
    }

    private MailStatus awaitMailStatus(String recipient) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        MailStatus status = null;
        while (System.nanoTime() < deadline) {
            em.clear();
            var logs = em.createQuery("select m from MailLog m where m.recipient = :e", MailLog.class)
                    .setParameter("e", recipient).getResultList();
            status = logs.isEmpty() ? null : logs.get(0).getStatus();
            if (status != null && status != MailStatus.QUEUED) {
                return status;
            }
            Thread.sleep(200);
        }
        return status;
    }

    private void awaitMailCount(String recipient, long count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline && em.createQuery(
                "select count(m) from MailLog m where m.recipient = :e and m.status = nl.ingrado.portal.mail.entity.MailStatus.SENT",
                Long.class).setParameter("e", recipient).getSingleResult() < count) {
            Thread.sleep(200);
        }
    }

    private static String unique(String prefix) {
        return prefix.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
    }
}
