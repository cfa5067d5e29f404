package nl.ingrado.portal.register;

import jakarta.inject.Inject;
import nl.ingrado.portal.register.boundary.PointLedger;
import nl.ingrado.portal.register.boundary.Registrants;
import nl.ingrado.portal.register.boundary.Schemes;
import nl.ingrado.portal.testing.ContainerTest;
import nl.ingrado.portal.testing.Db;

/** The base of the register's in-container tests: its fixtures and the services they all drive or read. */
abstract class RegisterContainerTest extends ContainerTest {

    @Inject
    RegisterFixtures fixtures;

    @Inject
    Registrants registrants;

    @Inject
    Schemes schemes;

    @Inject
    PointLedger ledger;

    /** How many mails of {@code kind} went to the person. */
    static long mails(RegisterFixtures.Person person, String kind) {
        return Db.number("SELECT COUNT(*) FROM mail_log WHERE recipient = ? AND kind = ?", person.email(),
                kind);
    }

    /** The registrant's status as stored. */
    static String status(RegisterFixtures.Person person) {
        return Db.text("SELECT status FROM registrant WHERE id = ?", person.id());
    }
}
