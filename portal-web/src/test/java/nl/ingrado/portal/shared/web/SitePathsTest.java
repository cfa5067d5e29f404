package nl.ingrado.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SitePathsTest {

    @Test
    void onlyPathsOfThisSiteAreLocal() {
        assertEquals("/member/index.xhtml?id=1&q=a%20b", SitePaths.local("/member/index.xhtml?id=1&q=a%20b"));
        assertNull(SitePaths.local("//evil.example/x.xhtml"), "two slashes name a host");
        assertNull(SitePaths.local("/\\evil.example/x.xhtml"), "browsers read a backslash as a slash");
        assertNull(SitePaths.local("https://evil.example/"));
        assertNull(SitePaths.local("evil.example/x.xhtml"));
        assertNull(SitePaths.local("/x.xhtml\r\nSet-Cookie: a=b"));
        assertNull(SitePaths.local(null));
    }

    @Test
    void aMappedPathIsEncodedWithItsSlashesFolded() {
        assertEquals("/evil.example/x.xhtml", SitePaths.encode("//evil.example/x.xhtml"));
        assertEquals("/a%20b/%C3%A9%0D%0A%5C.xhtml", SitePaths.encode("/a b//é\r\n\\.xhtml"));
        assertEquals("/x%3Fy%23z%3B.xhtml", SitePaths.encode("x?y#z;.xhtml"));
    }
}
