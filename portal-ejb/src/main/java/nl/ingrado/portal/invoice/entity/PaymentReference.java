package nl.ingrado.portal.invoice.entity;

/**
 * The Dutch betalingskenmerk (Currence): 16 digits, the first a check digit over the other 15,
 * weighted 2, 4, 8, 5, 10, 9, 7, 3, 6, 1, … (powers of 2 modulo 11) from the right. Banks refuse a
 * transfer whose kenmerk does not check, so a typo cannot pay the wrong invoice. The rule writes both
 * remainder 1 and remainder 10 as check digit 1, which lets about one typo in 60 through; the portal
 * never issues a kenmerk with those remainders (one spare digit picks another), so every single typo
 * and every swap of two neighbouring digits in one of ours is caught.
 */
public final class PaymentReference {

    private PaymentReference() {
    }

    /** The kenmerk of invoice {@code seq} of {@code year}: check digit, the year, a spare digit, the number in 10. */
    public static String of(int year, int seq) {
        for (int spare = 0; spare <= 9; spare++) {
            var body = String.format("%04d%d%010d", year, spare, seq);
            int remainder = remainder(body);
            if (remainder != 1 && remainder != 10) {
                return checkDigit(body) + body;
            }
        }
        throw new IllegalStateException("no spare digit gives an unambiguous check digit"); // cannot happen
    }

    /** True when {@code text} (spaces allowed) is a 16-digit kenmerk whose check digit is right. */
    public static boolean valid(String text) {
        var digits = normalised(text);
        return digits != null && digits.length() == 16
                && digits.charAt(0) - '0' == checkDigit(digits.substring(1));
    }

    /** The digits without spaces or dots, or null when anything else is in it. */
    public static String normalised(String text) {
        if (text == null) {
            return null;
        }
        var digits = text.replaceAll("[\\s.]", "");
        return digits.matches("[0-9]{1,16}") ? digits : null;
    }

    /** "1234 5678 9012 3456", as a bank's form shows it. */
    public static String grouped(String reference) {
        return reference.replaceAll("(.{4})(?!$)", "$1 ");
    }

    static int checkDigit(String fifteen) {
        int check = 11 - remainder(fifteen);
        return check == 11 ? 0 : check == 10 ? 1 : check;
    }

    private static int remainder(String fifteen) {
        int sum = 0;
        int weight = 1;
        for (int i = fifteen.length() - 1; i >= 0; i--) {
            weight = weight * 2 % 11;
            sum += (fifteen.charAt(i) - '0') * weight;
        }
        return sum % 11;
    }
}
