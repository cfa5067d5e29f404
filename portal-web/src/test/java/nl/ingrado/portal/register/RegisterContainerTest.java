package nl.ingrado.portal.register;

import jakarta.inject.Inject;
import nl.ingrado.portal.register.boundary.PointLedger;
import nl.ingrado.portal.register.boundary.Registrants;
import nl.ingrado.portal.register.boundary.Schemes;
import nl.ingrado.portal.testing.ContainerTest;

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
}
