package nl.ingrado.portal.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import nl.ingrado.portal.shared.control.Settings;
import nl.ingrado.portal.shared.control.TestSwitches;

/**
 * The one place that decides who the client of a request is (login throttling, mail limits, the
 * newsletter's proof of consent). {@code X-Forwarded-For} is anyone's to write, so it counts only
 * when the direct peer is one of the trusted proxies ({@code portal.trusted-proxies}: addresses or
 * CIDR ranges, comma-separated, empty by default); then the right-most address that is not a
 * trusted proxy is the client, since every proxy appends the peer it saw.
 */
@ApplicationScoped
public class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("(?=.*:)[0-9A-Fa-f:][0-9A-Fa-f:.]*");

    private final Settings values = Settings.fromConfig("portal.");
    private volatile Trusted configured;

    @Inject
    HttpServletRequest request;

    /** The client of the current request. */
    public String current() {
        return of(request);
    }

    public String of(HttpServletRequest request) {
        var forwarded = request.getHeaders("X-Forwarded-For");
        return resolve(request.getRemoteAddr(),
                forwarded == null ? List.of() : Collections.list(forwarded), trusted());
    }

    private Trusted trusted() {
        var switched = TestSwitches.trustedProxies();
        if (switched != null) {
            return Trusted.parse(switched);
        }
        if (configured == null) {
            configured = Trusted.parse(values.text("trusted-proxies", ""));
        }
        return configured;
    }

    /**
     * The client: the peer, unless the peer is trusted; then, walking the forwarded addresses from the
     * right, the first that is not trusted. An entry that is no address ends the walk at the last
     * trusted hop, which is all that can be known.
     */
    static String resolve(String peer, List<String> forwardedHeaders, Trusted trusted) {
        if (!trusted.contains(peer)) {
            return peer;
        }
        var hops = new ArrayList<String>();
        for (var header : forwardedHeaders) {
            for (var part : header.split(",")) {
                if (!part.isBlank()) {
                    hops.add(part.strip());
                }
            }
        }
        var client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            var hop = withoutPort(hops.get(i));
            var parsed = address(hop);
            if (parsed == null) {
                return client;
            }
            client = parsed.getHostAddress();
            if (!trusted.contains(parsed)) {
                return client;
            }
        }
        return client;
    }

    /** {@code 1.2.3.4:5678} and {@code [2001:db8::1]:443}, as some proxies write them. */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end > 0 ? hop.substring(1, end) : hop;
        }
        int colon = hop.indexOf(':');
        return colon > 0 && hop.indexOf(':', colon + 1) < 0 ? hop.substring(0, colon) : hop;
    }

    /** An IP literal, never a name: nothing here may ask DNS. Null when it is not an address. */
    static InetAddress address(String text) {
        if (text == null || text.length() > 45) {
            return null;
        }
        try {
            var v4 = IPV4.matcher(text);
            if (v4.matches()) {
                var bytes = new byte[4];
                for (int i = 0; i < 4; i++) {
                    int octet = Integer.parseInt(v4.group(i + 1));
                    if (octet > 255) {
                        return null;
                    }
                    bytes[i] = (byte) octet;
                }
                return InetAddress.getByAddress(bytes);
            }
            // a text with a colon is parsed as an IPv6 literal only, never looked up
            return IPV6.matcher(text).matches() ? InetAddress.getByName(text) : null;
        } catch (UnknownHostException | NumberFormatException e) {
            return null;
        }
    }

    /** The trusted proxies: addresses and CIDR ranges. */
    static final class Trusted {

        private final List<byte[]> networks;
        private final List<Integer> prefixes;

        private Trusted(List<byte[]> networks, List<Integer> prefixes) {
            this.networks = networks;
            this.prefixes = prefixes;
        }

        /** From {@code 10.0.0.1, 192.168.0.0/16, 2001:db8::/32}; an entry that is no address is an error. */
        static Trusted parse(String setting) {
            var networks = new ArrayList<byte[]>();
            var prefixes = new ArrayList<Integer>();
            for (var entry : setting.split(",")) {
                var text = entry.strip();
                if (text.isEmpty()) {
                    continue;
                }
                int slash = text.indexOf('/');
                var address = address(slash < 0 ? text : text.substring(0, slash));
                if (address == null) {
                    throw new IllegalArgumentException("portal.trusted-proxies: not an address: " + text);
                }
                int bits = address.getAddress().length * 8;
                int prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1).strip());
                if (prefix < 0 || prefix > bits) {
                    throw new IllegalArgumentException("portal.trusted-proxies: bad prefix: " + text);
                }
                networks.add(address.getAddress());
                prefixes.add(prefix);
            }
            return new Trusted(networks, prefixes);
        }

        boolean contains(String address) {
            var parsed = address(address);
            return parsed != null && contains(parsed);
        }

        boolean contains(InetAddress address) {
            var bytes = address.getAddress();
            for (int i = 0; i < networks.size(); i++) {
                if (matches(networks.get(i), prefixes.get(i), bytes)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean matches(byte[] network, int prefix, byte[] address) {
            if (network.length != address.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (network[i] != address[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (network[full] & mask) == (address[full] & mask);
        }
    }
}
