package nl.ingrado.portal.ear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A throw-away domain of a full Payara Server, driven through {@code asadmin}. It is a copy of the
 * distribution's {@code domain1} (creating a domain costs ~15 s of key generation) whose
 * {@code domain.xml} is rewritten before the first start so that every listener is bound to
 * 127.0.0.1 on a free port, the data grid (Hazelcast) is off and JMS is {@code REMOTE} (no JMS
 * proxy on port 7676 on every interface). Everything lives under the given work directory.
 */
final class PayaraDomain implements AutoCloseable {

    static final String NAME = "portal-it";
    private static final String LOOPBACK = "127.0.0.1";

    private final Path payaraHome;
    private final Path domainsDir;
    private final Path asadminLog;
    private final Map<String, Integer> ports;
    private Thread shutdownHook;

    private PayaraDomain(Path payaraHome, Path workDir, Map<String, Integer> ports) {
        this.payaraHome = payaraHome;
        this.domainsDir = workDir.resolve("domains");
        this.asadminLog = workDir.resolve("asadmin.log");
        this.ports = ports;
    }

    /**
     * Copies {@code domain1} into {@code workDir/domains/portal-it} and binds it to loopback.
     * {@code httpPort} and {@code adminPort} 0 pick free ports.
     */
    static PayaraDomain create(Path payaraHome, Path workDir, int httpPort, int adminPort)
            throws IOException {
        var template = payaraHome.resolve("glassfish/domains/domain1");
        if (!Files.isRegularFile(template.resolve("config/domain.xml"))) {
            throw new IllegalStateException("No Payara Server at " + payaraHome
                    + " (expected glassfish/domains/domain1); the full-server profile unpacks it in pre-integration-test");
        }
        Files.createDirectories(workDir);
        var ports = choosePorts(httpPort, adminPort);
        var domain = new PayaraDomain(payaraHome, workDir, ports);
        domain.stopLeftover();
        deleteRecursively(domain.domainsDir);
        copyRecursively(template, domain.domainDir());
        Files.deleteIfExists(domain.asadminLog);
        domain.rewriteDomainXml();
        return domain;
    }

    int httpPort() {
        return ports.get("http");
    }

    int adminPort() {
        return ports.get("admin");
    }

    String baseUrl() {
        return "http://" + LOOPBACK + ":" + httpPort();
    }

    Path domainDir() {
        return domainsDir.resolve(NAME);
    }

    Path serverLog() {
        return domainDir().resolve("logs/server.log");
    }

    /** Starts the DAS; returns when it answers on the admin port. */
    void start(Duration timeout) {
        var result = asadmin(timeout.plusSeconds(30), "start-domain", "--domaindir", domainsDir.toString(),
                "--timeout", String.valueOf(timeout.toSeconds()), NAME);
        // the server outlives this JVM if the test run is killed: stop it with the JVM
        shutdownHook = new Thread(this::killServer, "stop " + NAME);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("asadmin start-domain failed (exit " + result.exitCode() + "): "
                    + result.output());
        }
    }

    /**
     * {@code asadmin create-system-properties} on the server: read by MicroProfile Config (and
     * {@code ${MPCONFIG=...}}) as ordinary system properties, effective without a restart.
     */
    void createSystemProperties(Map<String, String> properties) {
        var joined = properties.entrySet().stream()
                .map(e -> escape(e.getKey()) + "=" + escape(e.getValue()))
                .collect(Collectors.joining(":"));
        remote(Duration.ofSeconds(60), "create-system-properties", joined);
    }

    /** {@code asadmin deploy}; fails with asadmin's own message when the application does not deploy. */
    String deploy(Path archive, String name, Duration timeout) {
        return remote(timeout, "deploy", "--name", name, "--force=true", archive.toString());
    }

    /** Runs a subcommand against the running DAS and fails with its output when it fails. */
    String remote(Duration timeout, String... command) {
        var args = new ArrayList<String>(List.of("--host", LOOPBACK, "--port", String.valueOf(adminPort())));
        args.addAll(List.of(command));
        var result = asadmin(timeout, args.toArray(String[]::new));
        if (result.exitCode() != 0) {
            throw new IllegalStateException(
                    "asadmin " + command[0] + " failed (exit " + result.exitCode() + "): "
                            + result.output());
        }
        return result.output();
    }

    /** The last lines of server.log, or a note why there are none. */
    String serverLogTail(int lines) {
        var log = serverLog();
        if (!Files.isRegularFile(log)) {
            return "(no server.log at " + log + ")";
        }
        try {
            var all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(server.log unreadable: " + e.getMessage() + ")";
        }
    }

    /** Stops the DAS with asadmin; kills the process from the domain's pid file if that fails. */
    @Override
    public void close() {
        if (Files.exists(domainDir().resolve("config/pid"))) {
            var result = asadmin(Duration.ofSeconds(90), "stop-domain", "--domaindir", domainsDir.toString(),
                    NAME);
            if (result.exitCode() != 0) {
                System.err.println(
                        "asadmin stop-domain failed (exit " + result.exitCode() + "): " + result.output());
            }
        }
        killServer();
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // already shutting down
            }
        }
    }

    /** Ends the DAS process of this domain, found through its pid file; no other process. */
    private void killServer() {
        serverPid().flatMap(ProcessHandle::of).ifPresent(process -> {
            process.destroy();
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        });
    }

    private Optional<Long> serverPid() {
        var pidFile = domainDir().resolve("config/pid");
        try {
            if (Files.isRegularFile(pidFile)) {
                long pid = Long.parseLong(Files.readString(pidFile).trim());
                // only the server of this domain directory: its command line names the directory
                var domainDir = domainDir().toAbsolutePath().toString();
                return ProcessHandle.of(pid)
                        .filter(ProcessHandle::isAlive)
                        .filter(process -> process.info().commandLine().map(c -> c.contains(domainDir))
                                .orElse(false))
                        .map(ProcessHandle::pid);
            }
        } catch (IOException | NumberFormatException e) {
            // no usable pid file: nothing running
        }
        return Optional.empty();
    }

    /** A run that was killed may have left its server running in this very domain directory. */
    private void stopLeftover() {
        if (serverPid().isPresent()) {
            System.out.println(
                    "[full-server] stopping a server left over from an earlier run of " + domainDir());
            asadmin(Duration.ofSeconds(90), "stop-domain", "--domaindir", domainsDir.toString(), NAME);
            killServer();
        }
    }

    record Result(int exitCode, String output) {
    }

    private Result asadmin(Duration timeout, String... args) {
        var command = new ArrayList<String>();
        command.add(payaraHome.resolve("bin/asadmin").toString());
        command.add("--interactive=false");
        command.addAll(List.of(args));
        try {
            Files.createDirectories(asadminLog.getParent());
            var output = Files.createTempFile(asadminLog.getParent(), "asadmin-", ".out");
            var builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().put("AS_JAVA", System.getProperty("java.home"));
            var process = builder.start();
            process.getOutputStream().close();
            boolean finished = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            var text = Files.readString(output, StandardCharsets.UTF_8).strip();
            Files.writeString(asadminLog, "$ " + String.join(" ", command) + "\n" + text + "\n\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            Files.deleteIfExists(output);
            if (!finished) {
                return new Result(-1, "timed out after " + timeout.toSeconds() + " s\n" + text);
            }
            return new Result(process.exitValue(), text);
        } catch (IOException e) {
            throw new UncheckedIOException("asadmin did not run: " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** asadmin separates properties with ':'; a literal ':' (as in URLs) needs a backslash. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace(":", "\\:");
    }

    private static Map<String, Integer> choosePorts(int httpPort, int adminPort) throws IOException {
        var names = List.of("http", "admin", "https", "iiop", "iiop-ssl", "iiop-mutualauth", "jmx", "jms",
                "osgi-shell",
                "debug", "hazelcast-das", "hazelcast-start");
        var ports = new LinkedHashMap<String, Integer>();
        var held = new ArrayList<ServerSocket>();
        try {
            for (var name : names) {
                int wanted = "http".equals(name) ? httpPort : "admin".equals(name) ? adminPort : 0;
                if (wanted != 0) {
                    ports.put(name, wanted);
                    continue;
                }
                var socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK));
                held.add(socket);
                ports.put(name, socket.getLocalPort());
            }
        } finally {
            for (var socket : held) {
                socket.close();
            }
        }
        return ports;
    }

    private void rewriteDomainXml() throws IOException {
        var file = domainDir().resolve("config/domain.xml");
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            Document doc = factory.newDocumentBuilder().parse(file.toFile());
            var domain = doc.getDocumentElement();

            // data grid: off; its ports on loopback in case something turns it on
            var hazelcast = child(domain, "hazelcast-runtime-configuration");
            hazelcast.setAttribute("das-port", port("hazelcast-das"));
            hazelcast.setAttribute("start-port", port("hazelcast-start"));
            hazelcast.setAttribute("das-bind-address", LOOPBACK);
            hazelcast.setAttribute("interface", LOOPBACK);

            var config = elements(child(domain, "configs"), "config").stream()
                    .filter(c -> "server-config".equals(c.getAttribute("name")))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("domain.xml has no server-config"));
            child(config, "hazelcast-config-specific-configuration").setAttribute("enabled", "false");

            for (var listener : elements(child(child(config, "network-config"), "network-listeners"),
                    "network-listener")) {
                var name = listener.getAttribute("name");
                var key = switch (name) {
                    case "http-listener-1" -> "http";
                    case "http-listener-2" -> "https";
                    case "admin-listener" -> "admin";
                    default -> throw new IllegalStateException("unexpected network listener " + name);
                };
                listener.setAttribute("address", LOOPBACK);
                listener.setAttribute("port", port(key));
            }
            var iiopKeys = List.of("iiop", "iiop-ssl", "iiop-mutualauth");
            var iiopListeners = elements(child(config, "iiop-service"), "iiop-listener");
            for (int i = 0; i < iiopListeners.size(); i++) {
                iiopListeners.get(i).setAttribute("address", LOOPBACK);
                iiopListeners.get(i).setAttribute("port", port(iiopKeys.get(i)));
            }
            var jmx = child(child(config, "admin-service"), "jmx-connector");
            jmx.setAttribute("address", LOOPBACK);
            jmx.setAttribute("port", port("jmx"));
            jmx.setAttribute("enabled", "false"); // asadmin talks HTTP; nothing here needs JMX/RMI

            // REMOTE JMS with an eager host: no lazy-init proxy listening on every interface
            for (var existing : elements(config, "jms-service")) {
                config.removeChild(existing);
            }
            var jms = doc.createElement("jms-service");
            jms.setAttribute("type", "REMOTE");
            jms.setAttribute("default-jms-host", "default_JMS_host");
            jms.setAttribute("addresslist-behavior", "priority");
            var jmsHost = doc.createElement("jms-host");
            jmsHost.setAttribute("name", "default_JMS_host");
            jmsHost.setAttribute("host", LOOPBACK);
            jmsHost.setAttribute("port", port("jms"));
            jmsHost.setAttribute("admin-user-name", "admin");
            jmsHost.setAttribute("admin-password", "admin");
            jmsHost.setAttribute("lazy-init", "false");
            jms.appendChild(jmsHost);
            config.appendChild(jms);
            for (var property : elements(config, "system-property")) {
                if ("JMS_PROVIDER_PORT".equals(property.getAttribute("name"))) {
                    property.setAttribute("value", port("jms"));
                }
            }

            var javaConfig = child(config, "java-config");
            javaConfig.setAttribute("debug-options",
                    "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=" + LOOPBACK + ":"
                            + port("debug"));
            // a short-lived test server on 2 cores: C1 only starts and deploys faster
            var quickJit = doc.createElement("jvm-options");
            quickJit.setTextContent("-XX:TieredStopAtLevel=1");
            javaConfig.appendChild(quickJit);
            for (var option : elements(javaConfig, "jvm-options")) {
                if (option.getTextContent().startsWith("-Dosgi.shell.telnet.port=")) {
                    option.setTextContent("-Dosgi.shell.telnet.port=" + port("osgi-shell"));
                }
            }

            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(doc), new StreamResult(file.toFile()));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Could not rewrite " + file + ": " + e.getMessage(), e);
        }
    }

    private String port(String name) {
        return String.valueOf(ports.get(name));
    }

    private static Element child(Element parent, String name) {
        return elements(parent, name).stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "domain.xml: <" + parent.getTagName() + "> has no <" + name + ">"));
    }

    private static List<Element> elements(Element parent, String name) {
        var result = new ArrayList<Element>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                result.add(element);
            }
        }
        return result;
    }

    private static void copyRecursively(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (var path : (Iterable<Path>) paths::iterator) {
                var destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination);
                }
            }
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (var path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
