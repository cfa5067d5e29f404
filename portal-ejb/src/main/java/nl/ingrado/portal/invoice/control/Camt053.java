package nl.ingrado.portal.invoice.control;

// STUB until the camt branch is merged
public final class Camt053 {
    public static class Refused extends RuntimeException {
        public Refused(String key) { super(key); }
        public String key() { return getMessage(); }
        public Object[] arguments() { return new Object[0]; }
    }
    public static BankStatement parse(byte[] xml) {
        throw new Refused("camt.notXml");
    }
}
