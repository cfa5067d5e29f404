package nl.ingrado.portal.newsletter;

import jakarta.inject.Inject;
import nl.ingrado.portal.newsletter.boundary.Editions;
import nl.ingrado.portal.newsletter.boundary.Sending;
import nl.ingrado.portal.newsletter.control.NewsletterSettings;
import nl.ingrado.portal.newsletter.control.UnsubscribeTokens;
import nl.ingrado.portal.testing.ContainerTest;

/** The base of the newsletter's in-container tests: the services they drive or sign with. */
abstract class NewsletterContainerTest extends ContainerTest {

    @Inject
    Sending sending;

    @Inject
    Editions editions;

    @Inject
    UnsubscribeTokens tokens;

    @Inject
    NewsletterSettings settings;
}
