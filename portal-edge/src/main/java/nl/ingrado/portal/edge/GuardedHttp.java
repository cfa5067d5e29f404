package nl.ingrado.portal.edge;

import org.glassfish.grizzly.filterchain.FilterChain;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.portunif.PUFilter;
import org.glassfish.grizzly.portunif.PUProtocol;
import org.glassfish.grizzly.portunif.ProtocolFinder;

/**
 * The way into Payara's HTTP filter chain: Payara builds the chain of an {@code <http>} protocol itself
 * and takes no extra filters there, but it builds the chain of each protocol behind a port-unification
 * filter and hands it to that filter, whose class the configuration names. This one puts
 * {@link UndecodablePathFilter} right behind the HTTP codec of each such chain. {@code PortalServer}
 * wraps the HTTP listener's protocol in it with asadmin commands before Payara boots.
 */
public class GuardedHttp extends PUFilter {

    @Override
    public PUProtocol register(ProtocolFinder finder, FilterChain chain) {
        int codec = -1;
        for (int i = 0; i < chain.size() && codec < 0; i++) {
            if (chain.get(i) instanceof HttpServerFilter) {
                codec = i;
            }
        }
        if (codec < 0) {
            throw new IllegalStateException("No HTTP codec to guard in " + chain);
        }
        chain.add(codec + 1, new UndecodablePathFilter());
        return super.register(finder, chain);
    }
}
