package nl.ingrado.portal.shared.control;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Settings read by name under one prefix, typed, each with its default where it is read: from
 * MicroProfile Config in the portal (system property {@code portal.newsletter.threads} or environment
 * variable {@code PORTAL_NEWSLETTER_THREADS}), from a map in tests. Config values do not change while
 * the portal runs, so nothing is cached here.
 */
public final class Settings {

    // what MicroProfile Config's own boolean converter takes for true
    private static final Set<String> TRUE = Set.of("true", "1", "yes", "y", "on");

    private final Function<String, Optional<String>> lookup;

    private Settings(Function<String, Optional<String>> lookup) {
        this.lookup = lookup;
    }

    /**
     * The portal's configuration, names under {@code prefix} (e.g. {@code "portal.newsletter."}). The
     * configuration is found on first use, so a bean may make this in a field initialiser.
     */
    public static Settings fromConfig(String prefix) {
        return new Settings(new Function<>() {
            private volatile Config config;

            @Override
            public Optional<String> apply(String name) {
                if (config == null) {
                    config = ConfigProvider.getConfig();
                }
                return config.getOptionalValue(prefix + name, String.class);
            }
        });
    }

    /** Fixed values by name (without the prefix), the defaults for the rest: for tests. */
    public static Settings of(Map<String, String> values) {
        return new Settings(name -> Optional.ofNullable(values.get(name)));
    }

    /** The value as set (absent when not set). */
    public Optional<String> text(String name) {
        return lookup.apply(name);
    }

    public String text(String name, String fallback) {
        return text(name).orElse(fallback);
    }

    /** The value when set and not blank. */
    public Optional<String> nonBlank(String name) {
        return text(name).filter(s -> !s.isBlank());
    }

    public int number(String name, int fallback) {
        return text(name).map(s -> Integer.parseInt(s.strip())).orElse(fallback);
    }

    public double decimal(String name, double fallback) {
        return text(name).map(s -> Double.parseDouble(s.strip())).orElse(fallback);
    }

    public boolean flag(String name, boolean fallback) {
        return text(name).map(s -> TRUE.contains(s.strip().toLowerCase(Locale.ROOT))).orElse(fallback);
    }
}
