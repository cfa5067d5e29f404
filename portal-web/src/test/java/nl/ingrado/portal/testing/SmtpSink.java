package nl.ingrado.portal.testing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A tiny SMTP server for the crash and two-node tests: any number of connections, EHLO/HELO, MAIL, RCPT, DATA, RSET,
 * NOOP, QUIT. It records each accepted message's Message-ID before it answers 250, so a message counts as
 * delivered exactly when the sender could have seen it accepted. Recipients starting with
 * {@code tempfail-} get 451 on their first two tries, those starting with {@code reject-} always 550.
 */
public final class SmtpSink implements AutoCloseable {

    private static final Pattern NEWSLETTER_ID = Pattern
            .compile("(?im)^Message-ID:\\s*<nl\\.e(\\d+)\\.s(\\d+)\\.");

    /** Accepted copies per subscriber id, for one edition (or all when {@code edition} is 0). */
    public final Map<Long, AtomicInteger> copies = new ConcurrentHashMap<>();
    public final AtomicInteger accepted = new AtomicInteger();
    /** Every RCPT of a recipient with the time (ms) and the reply code, for the retry checks. */
    public final Map<String, List<long[]>> tries = new ConcurrentHashMap<>();
    /** Accepted messages per recipient (of a message to one recipient), whatever they are. */
    public final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();

    /** While true, a MAIL command gets no answer: the sender waits, as with a mail server that hangs. */
    public volatile boolean holding;

    private final ServerSocket server;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    public SmtpSink() throws IOException {
        server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        var acceptor = new Thread(this::accept, "smtp-sink");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    public int copiesOf(long subscriber) {
        var n = copies.get(subscriber);
        return n == null ? 0 : n.get();
    }

    private void accept() {
        while (!closed) {
            try {
                var socket = server.accept();
                socket.setTcpNoDelay(true);
                open.add(socket);
                var t = new Thread(() -> serve(socket), "smtp-sink-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket;
                var in = new BufferedInputStream(socket.getInputStream(), 65536);
                var out = new BufferedOutputStream(socket.getOutputStream(), 8192)) {
            reply(out, "220 sink ESMTP");
            int recipients = 0;
            String recipient = null;
            while (true) {
                var line = readLine(in);
                if (line == null) {
                    return;
                }
                var upper = line.toUpperCase();
                if (upper.startsWith("EHLO")) {
                    reply(out, "250-sink\r\n250-8BITMIME\r\n250 SIZE 104857600");
                } else if (upper.startsWith("HELO") || upper.startsWith("NOOP")) {
                    reply(out, "250 OK");
                } else if (upper.startsWith("MAIL FROM")) {
                    while (holding) {
                        Thread.sleep(20);
                    }
                    recipients = 0;
                    reply(out, "250 OK");
                } else if (upper.startsWith("RCPT TO")) {
                    var address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>')).toLowerCase();
                    int code = 250;
                    if (address.startsWith("reject-")) {
                        code = 550;
                    } else if (address.startsWith("tempfail-")) {
                        var earlier = tries.computeIfAbsent(address, a -> new CopyOnWriteArrayList<>());
                        code = earlier.size() < 2 ? 451 : 250;
                    }
                    tries.computeIfAbsent(address, a -> new CopyOnWriteArrayList<>())
                            .add(new long[]{System.currentTimeMillis(), code});
                    if (code == 250) {
                        recipients++;
                        recipient = address;
                        reply(out, "250 OK");
                    } else {
                        reply(out, code == 550 ? "550 5.1.1 No such user here" : "451 4.3.0 Try again later");
                    }
                } else if (upper.startsWith("DATA")) {
                    if (recipients == 0) {
                        reply(out, "503 5.5.1 No valid recipients");
                        continue;
                    }
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    var message = readData(in);
                    if (message == null) {
                        return; // the connection broke in the middle of the message: not accepted
                    }
                    var m = NEWSLETTER_ID.matcher(message);
                    if (m.find()) {
                        copies.computeIfAbsent(Long.parseLong(m.group(2)), s -> new AtomicInteger())
                                .incrementAndGet();
                    }
                    if (recipients == 1) {
                        received.computeIfAbsent(recipient, r -> new AtomicInteger()).incrementAndGet();
                    }
                    accepted.incrementAndGet();
                    recipients = 0;
                    reply(out, "250 2.0.0 Ok: queued");
                } else if (upper.startsWith("RSET")) {
                    recipients = 0;
                    reply(out, "250 OK");
                } else if (upper.startsWith("QUIT")) {
                    reply(out, "221 Bye");
                    return;
                } else {
                    reply(out, "502 5.5.2 Command not recognized");
                }
            }
        } catch (IOException e) {
            // the client went away (or was killed)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            open.remove(socket);
        }
    }

    /** The message up to the lone dot; its header part as text is enough for the Message-ID. */
    private static String readData(InputStream in) throws IOException {
        var headers = new StringBuilder();
        boolean inHeaders = true;
        while (true) {
            var line = readLine(in);
            if (line == null) {
                return null;
            }
            if (line.equals(".")) {
                return headers.toString();
            }
            if (inHeaders) {
                if (line.isEmpty()) {
                    inHeaders = false;
                } else {
                    headers.append(line).append('\n');
                }
            }
        }
    }

    private static String readLine(InputStream in) throws IOException {
        var line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                var bytes = line.toByteArray();
                int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r'
                        ? bytes.length - 1
                        : bytes.length;
                return new String(bytes, 0, len, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return null;
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        for (var s : open) {
            s.close();
        }
    }
}
