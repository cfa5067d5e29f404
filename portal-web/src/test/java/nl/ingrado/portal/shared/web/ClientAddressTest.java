package nl.ingrado.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ingrado.portal.shared.web.ClientAddress.Trusted;
import org.junit.jupiter.api.Test;

/** Who the client is: X-Forwarded-For only from trusted proxies, then the right-most untrusted hop. */
class ClientAddressTest {

    private static final Trusted NOBODY = Trusted.parse("");
    private static final Trusted PROXY = Trusted.parse("10.0.0.5, 192.168.0.0/16, 2001:db8::/32");

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals("203.0.113.9", ClientAddress.resolve("203.0.113.9", List.of("1.2.3.4"), NOBODY));
        assertEquals("127.0.0.1", ClientAddress.resolve("127.0.0.1", List.of("1.2.3.4"), NOBODY));
    }

    @Test
    void aPeerThatIsNoTrustedProxyIsTheClientWhateverItForwards() {
        assertEquals("203.0.113.9", ClientAddress.resolve("203.0.113.9", List.of("1.2.3.4"), PROXY));
    }

    @Test
    void fromATrustedProxyTheRightMostUntrustedHopIsTheClient() {
        // the client wrote 6.6.6.6 itself; 198.51.100.7 is what the first proxy saw
        assertEquals("198.51.100.7",
                ClientAddress.resolve("10.0.0.5", List.of("6.6.6.6, 198.51.100.7, 192.168.1.1"), PROXY));
        assertEquals("198.51.100.7",
                ClientAddress.resolve("10.0.0.5", List.of("6.6.6.6", "198.51.100.7", "192.168.1.1"), PROXY),
                "several headers read as one list");
        assertEquals("10.0.0.5", ClientAddress.resolve("10.0.0.5", List.of(), PROXY), "no header: the peer");
        assertEquals("192.168.7.7", ClientAddress.resolve("10.0.0.5", List.of("192.168.7.7"), PROXY),
                "only trusted hops: the left-most");
    }

    @Test
    void portsAndIpv6AreUnderstoodAndNamesAreNoAddress() {
        assertEquals("198.51.100.7", ClientAddress.resolve("10.0.0.5", List.of("198.51.100.7:4711"), PROXY));
        assertEquals("2001:db9:0:0:0:0:0:1",
                ClientAddress.resolve("2001:db8::1", List.of("[2001:db9::1]:443"), PROXY));
        assertEquals("10.0.0.5", ClientAddress.resolve("10.0.0.5", List.of("evil.example"), PROXY),
                "a name ends the walk at the last trusted hop");
        assertEquals("10.0.0.5", ClientAddress.resolve("10.0.0.5", List.of("999.1.1.1"), PROXY));
        assertNull(ClientAddress.address("localhost"), "never looked up");
        assertNull(ClientAddress.address(".:"));
    }

    @Test
    void rangesMatchByPrefix() {
        var trusted = Trusted.parse("172.16.0.0/12,::1");
        assertTrue(trusted.contains("172.31.255.255"));
        assertFalse(trusted.contains("172.32.0.1"));
        assertTrue(trusted.contains("0:0:0:0:0:0:0:1"));
        assertFalse(trusted.contains("not an address"));
        assertThrows(IllegalArgumentException.class, () -> Trusted.parse("proxy.example"));
        assertThrows(IllegalArgumentException.class, () -> Trusted.parse("10.0.0.0/33"));
    }
}
