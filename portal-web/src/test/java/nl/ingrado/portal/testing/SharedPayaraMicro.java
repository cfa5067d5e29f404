package nl.ingrado.portal.testing;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.Set;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;

/**
 * Payara Micro kept running from the first in-container test class to the end of the run. The
 * managed container starts a new Payara Micro process for each deployment, that is for each test
 * class (15–25 s each); here a deployment of the same archive (same entries) reuses the running one,
 * and a different archive replaces it. Registered over the Payara adapter by
 * {@link SharedDeploymentExtension}.
 */
public class SharedPayaraMicro extends PayaraMicroDeployableContainer {

    private Archive<?> deployed;
    private Set<ArchivePath> entries;
    private ProtocolMetaData metaData;

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        var wanted = archive.getContent().keySet();
        if (deployed != null && !wanted.equals(entries)) {
            super.undeploy(deployed);
            deployed = null;
        }
        if (deployed == null) {
            metaData = super.deploy(archive);
            deployed = archive;
            entries = Set.copyOf(wanted);
        }
        return metaData;
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // kept for the next test class; stopped with the container at the end of the run
    }

    @Override
    public void stop() throws LifecycleException {
        if (deployed != null) {
            try {
                super.undeploy(deployed);
            } catch (DeploymentException e) {
                throw new LifecycleException("cannot stop Payara Micro", e);
            } finally {
                deployed = null;
            }
        }
        super.stop();
    }
}
