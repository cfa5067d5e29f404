package nl.ingrado.portal.invoice.entity;

/**
 * The Dutch betalingskenmerk (Currence): 16 digits, the first a check digit over the other 15,
 * weighted 2, 4, 8, 5, 10, 9, 7, 3, 6, 1, … (powers of 2 modulo 11) from the right. Banks refuse a
 * transfer whose kenmerk does not check, so a typo cannot pay the wrong invoice.
 */
public final class PaymentReference {

    private PaymentReference() {
    }

    /** The kenmerk of invoice {@code seq} of {@code year}: check digit, the year, the number in 11 digits. */
    public static String of(int year, int seq) {
        var body = String.format("%04d%011d", year, seq);
        return checkDigit(body) + body;
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
        int sum = 0;
        int weight = 1;
        for (int i = fifteen.length() - 1; i >= 0; i--) {
            weight = weight * 2 % 11;
            sum += (fifteen.charAt(i) - '0') * weight;
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check == 10 ? 1 : check;
    }
}
