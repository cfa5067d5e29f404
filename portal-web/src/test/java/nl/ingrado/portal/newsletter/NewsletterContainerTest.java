package nl.ingrado.portal.newsletter;

import jakarta.inject.Inject;
import nl.ingrado.portal.newsletter.boundary.Editions;
import nl.ingrado.portal.newsletter.boundary.Sending;
import nl.ingrado.portal.newsletter.control.NewsletterSettings;
import nl.ingrado.portal.newsletter.control.UnsubscribeTokens;
import nl.ingrado.portal.testing.InContainer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of the newsletter's in-container tests: the one shared deployment (Arquillian finds the
 * {@code @Deployment} here for every subclass) and the services they drive or sign with.
 */
@ExtendWith(ArquillianExtension.class)
abstract class NewsletterContainerTest {

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment();
    }

    @Inject
    Sending sending;

    @Inject
    Editions editions;

    @Inject
    UnsubscribeTokens tokens;

    @Inject
    NewsletterSettings settings;
}
