package nl.ingrado.portal.testing;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Colours as a browser computes them ({@code rgb(0, 80, 122)}, {@code rgba(0, 0, 0, 0)}) and the WCAG 2.1
 * contrast ratio between two of them, for the checks axe leaves for review: text on a button, a focus
 * ring against what lies behind it.
 */
public record Colours(int red, int green, int blue, double alpha) {

    private static final Pattern RGB = Pattern
            .compile(
                    "rgba?\\(\\s*([\\d.]+)[,\\s]+([\\d.]+)[,\\s]+([\\d.]+)(?:\\s*[,/]\\s*([\\d.]+%?))?\\s*\\)");

    /** A colour as {@code getComputedStyle} gives it, or {@code #rrggbb}. */
    public static Colours parse(String css) {
        var value = css.trim().toLowerCase(Locale.ROOT);
        if (value.startsWith("#") && value.length() == 7) {
            return new Colours(Integer.parseInt(value.substring(1, 3), 16),
                    Integer.parseInt(value.substring(3, 5), 16),
                    Integer.parseInt(value.substring(5, 7), 16), 1);
        }
        if ("transparent".equals(value)) {
            return new Colours(0, 0, 0, 0);
        }
        var m = RGB.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a computed colour: " + css);
        }
        double alpha = 1;
        if (m.group(4) != null) {
            var a = m.group(4);
            alpha = a.endsWith("%")
                    ? Double.parseDouble(a.substring(0, a.length() - 1)) / 100
                    : Double.parseDouble(a);
        }
        return new Colours((int) Math.round(Double.parseDouble(m.group(1))),
                (int) Math.round(Double.parseDouble(m.group(2))),
                (int) Math.round(Double.parseDouble(m.group(3))), alpha);
    }

    /** The WCAG contrast ratio of two colours given as CSS, from 1 to 21. */
    public static double contrast(String foreground, String background) {
        var back = parse(background).over(WHITE);
        return parse(foreground).over(back).contrastWith(back);
    }

    private static final Colours WHITE = new Colours(255, 255, 255, 1);

    /** This colour painted over an opaque {@code background}. */
    public Colours over(Colours background) {
        if (alpha >= 1) {
            return this;
        }
        return new Colours(mix(red, background.red), mix(green, background.green), mix(blue, background.blue),
                1);
    }

    private int mix(int mine, int theirs) {
        return (int) Math.round(mine * alpha + theirs * (1 - alpha));
    }

    public boolean transparent() {
        return alpha == 0;
    }

    public double contrastWith(Colours other) {
        double a = luminance();
        double b = other.luminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private double luminance() {
        return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** As {@code #rrggbb}, for messages and comparisons. */
    public String hex() {
        return String.format("#%02x%02x%02x", red, green, blue);
    }
}
