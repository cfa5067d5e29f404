package nl.ingrado.portal.edge;

import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.util.DataChunk;
import org.glassfish.grizzly.http.util.HttpRequestURIDecoder;

/**
 * Sends a request whose path the container cannot decode ({@code /%zz}, {@code /%}, bytes that are no
 * UTF-8, {@code ..} above the root) to the portal's 400 page. Payara's web container decodes the path
 * with Grizzly's decoder, and a malformed escape makes it throw an exception it does not catch (Payara
 * issue #8000): a stack trace in the log and an empty 200. Here the path is decoded the same way on a
 * copy, and one that fails is replaced by the 400 page's, which the portal answers with status 400 and
 * its security headers. Sits right behind the HTTP codec, so it sees every request's header first.
 */
public class UndecodablePathFilter extends BaseFilter {

    /** The portal's 400 page; asked for directly it answers 400 ({@code RequestGate}). */
    static final String BAD_REQUEST_PAGE = "/error/400.xhtml";

    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
        if (ctx.getMessage() instanceof HttpContent content
                && content.getHttpHeader() instanceof HttpRequestPacket request
                && !decodable(request.getRequestURIRef().getRequestURIBC())) {
            request.setRequestURI(BAD_REQUEST_PAGE);
        }
        return ctx.getInvokeAction();
    }

    /**
     * Whether the container can decode this path: Grizzly's decoder and normaliser, on a copy. An encoded
     * slash passes here; whether it is allowed is the listener's setting, and the container answers it.
     */
    static boolean decodable(DataChunk path) {
        var decoded = DataChunk.newInstance();
        decoded.setBytes(new byte[path.getLength()]);
        try {
            HttpRequestURIDecoder.decode(path, decoded, true, StandardCharsets.UTF_8);
            return true;
        } catch (CharConversionException | RuntimeException e) {
            // IllegalArgumentException or IllegalStateException for a malformed escape, as in the container
            return false;
        }
    }
}
