package nl.ingrado.portal.edge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.http.util.DataChunk;
import org.junit.jupiter.api.Test;

class UndecodablePathFilterTest {

    @Test
    void pathsTheContainerDecodesPass() {
        for (var path : new String[]{"/", "/index.xhtml", "/a%20b.xhtml", "/%25", "/caf%C3%A9", "/a%2Fb",
                "/a/../b.xhtml", "/member/index.xhtml;jsessionid=1"}) {
            assertTrue(UndecodablePathFilter.decodable(raw(path)), path);
        }
    }

    @Test
    void malformedEscapesInvalidUtf8AndEscapesAboveTheRootAreCaught() {
        for (var path : new String[]{"/%zz", "/%", "/%2", "/abc%zz/x.xhtml", "/%%3", "/%C3%28", "/%FF",
                "/../etc/passwd", "/a/%2e%2e/%2e%2e/x"}) {
            assertFalse(UndecodablePathFilter.decodable(raw(path)), path);
        }
    }

    /** The path as Grizzly holds it after parsing the request line: bytes. */
    private static DataChunk raw(String path) {
        var chunk = DataChunk.newInstance();
        chunk.setBytes(path.getBytes(StandardCharsets.ISO_8859_1));
        return chunk;
    }
}
