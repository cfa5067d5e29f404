package nl.ingrado.portal.invoice.control;

import java.io.ByteArrayInputStream;
import java.io.Serial;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import nl.ingrado.portal.invoice.control.BankStatement.Transaction;
import nl.ingrado.portal.shared.control.SecretTokens;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * Reads a bank statement in ISO 20022 CAMT.053 (BankToCustomerStatement) as Dutch banks export it:
 * any version {@code camt.053.001.NN}, e.g. .02 from ING and ABN AMRO, .08 from Rabobank. Strict: a
 * file it does not fully understand is refused whole, with a message key of the UI bundle, rather
 * than half read. Only booked entries count; pending and information entries are skipped.
 *
 * <p>Safe for files from anyone: the JDK's own StAX parser (not whatever the server puts first on
 * the class path) with DTDs off, so no external entity is read and no entity expands; a file with a
 * DOCTYPE is refused outright, as bank statements never have one. Size, nesting and element count
 * are bounded before and while reading.
 *
 * <p>Euros only: Ingrado's accounts are in euros and its invoices too, so an entry or transaction
 * amount in another currency refuses the file rather than being matched at a wrong value. A file
 * may hold several statements (a period export, one per day) but of one account only.
 *
 * <p>A transaction's fingerprint is its identity across files, so that the same statement uploaded
 * twice, or a day and a month statement that overlap, book it once: the account with the bank's
 * reference (AcctSvcrRef) of the transaction, else of the entry with the place in it; without one,
 * what the transaction says of itself (date, sign, amount, references, counterparty) and its
 * occurrence among identical ones in the file.
 *
 * <p>Message keys ({@link Refused#messageKey()}, arguments in braces): {@code camt.empty},
 * {@code camt.tooLarge} {max MB}, {@code camt.notXml} {line, column}, {@code camt.doctype},
 * {@code camt.tooDeep}, {@code camt.notCamt053} {namespace, root element}, {@code camt.badHeader}
 * {element}, {@code camt.noStatement}, {@code camt.noAccount} {statement number},
 * {@code camt.severalAccounts} {IBAN, other IBAN}, {@code camt.badEntry} {entry number, element},
 * {@code camt.badAmount} {entry number, amount as found}, {@code camt.currency} {entry number,
 * currency as found}, {@code camt.batchSum} {entry number, sum of its transactions, entry amount}.
 */
public final class Camt053 {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    static final String NAMESPACE_PREFIX = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.";
    private static final int MAX_DEPTH = 64;
    // a real statement has some 40 bytes per element, so 20 MB stays well below this
    private static final int MAX_ELEMENTS = 1_000_000;
    private static final int MAX_FINGERPRINT = 128;
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,15}(\\.\\d{1,2})?");
    private static final Pattern HTML_DOCTYPE = Pattern.compile("<!DOCTYPE\\s+html\\b[^\\[<]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VERSION = Pattern.compile("\\d{2}");
    /** Bank transaction subfamilies of payments that came back (ISO external code list). */
    private static final Set<String> RETURN_CODES = Set.of(
            "RRTN", // reversal due to payment return
            "UPDD", // reversal due to return or unpaid direct debit
            "RPCR", // reversal due to payment cancellation request
            "PRDD"); // reversal due to payment reversal

    private Camt053() {
    }

    /** Why a file was refused, as a message key of the UI bundle with its arguments. */
    public static final class Refused extends BusinessException {

        @Serial
        private static final long serialVersionUID = 1L;

        public Refused(String messageKey, Object... arguments) {
            super(messageKey, arguments);
        }

        /** The message key, as {@link #messageKey()}. */
        public String key() {
            return messageKey();
        }

        @Override
        public String getMessage() {
            return messageKey() + Arrays.asList(arguments());
        }
    }

    /** The booked transactions of the statement; refused with the reason when it is not one. */
    public static BankStatement parse(byte[] xml) {
        if (xml != null && xml.length > MAX_BYTES) {
            throw new Refused("camt.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (xml == null || isBlank(xml)) {
            throw new Refused("camt.empty");
        }
        var statements = read(xml).child("BkToCstmrStmt");
        if (statements == null) {
            throw new Refused("camt.noStatement");
        }
        var messageId = statements.text("GrpHdr", "MsgId");
        if (messageId == null) {
            throw new Refused("camt.badHeader", "GrpHdr/MsgId");
        }
        var created = date(statements.text("GrpHdr", "CreDtTm"));
        if (created == null) {
            throw new Refused("camt.badHeader", "GrpHdr/CreDtTm");
        }
        var stmts = statements.children("Stmt");
        if (stmts.isEmpty()) {
            throw new Refused("camt.noStatement");
        }
        String iban = null;
        var ids = new ArrayList<String>();
        var drafts = new ArrayList<Draft>();
        int entryNumber = 0;
        for (int s = 0; s < stmts.size(); s++) {
            var stmt = stmts.get(s);
            var account = iban(stmt.text("Acct", "Id", "IBAN"));
            if (account == null) {
                throw new Refused("camt.noAccount", s + 1);
            }
            if (iban != null && !iban.equals(account)) {
                throw new Refused("camt.severalAccounts", iban, account);
            }
            iban = account;
            ids.add(either(stmt.text("Id"), "?"));
            for (var entry : stmt.children("Ntry")) {
                entryNumber++;
                readEntry(entry, entryNumber, iban, drafts);
            }
        }
        return new BankStatement(messageId, String.join(", ", ids), iban, created, fingerprinted(drafts));
    }

    // ---- entries

    /** A transaction before its fingerprint, which needs the whole file. */
    private record Draft(String key, Function<String, Transaction> withFingerprint) {
    }

    private static void readEntry(Element entry, int n, String iban, List<Draft> out) {
        var status = entry.child("Sts");
        if (status == null) {
            throw new Refused("camt.badEntry", n, "Sts");
        }
        // .02 has <Sts>BOOK</Sts>, .08 and later <Sts><Cd>BOOK</Cd></Sts>
        var statusCode = status.text != null ? status.text : status.text("Cd");
        if (!"BOOK".equals(statusCode)) {
            return;
        }
        var amount = amount(n, entry.child("Amt"));
        boolean credit = credit(n, entry.text("CdtDbtInd"));
        var signed = credit ? amount : amount.negate();
        var reversalText = entry.text("RvslInd");
        boolean reversal = "true".equals(reversalText) || "1".equals(reversalText);
        if (reversalText != null && !reversal && !"false".equals(reversalText) && !"0".equals(reversalText)) {
            throw new Refused("camt.badEntry", n, "RvslInd");
        }
        var bookingDate = date(either(entry.text("BookgDt", "Dt"), entry.text("BookgDt", "DtTm")));
        if (bookingDate == null) {
            throw new Refused("camt.badEntry", n, "BookgDt");
        }
        var common = new Common(n, iban, bookingDate, reversal, entry);
        var details = new ArrayList<Element>();
        for (var entryDetails : entry.children("NtryDtls")) {
            details.addAll(entryDetails.children("TxDtls"));
        }
        var amounts = new ArrayList<BigDecimal>();
        for (var detail : details) {
            var detailAmount = either(detail.at("AmtDtls", "TxAmt", "Amt"), detail.child("Amt"));
            amounts.add(detailAmount == null ? null : amount(n, detailAmount));
        }
        if (details.isEmpty() || amounts.stream().allMatch(Objects::isNull) && details.size() > 1) {
            // no details, or a batch that does not say each transaction's amount: the entry is one
            out.add(transaction(common, null, 1, amount, credit, Set.of()));
            return;
        }
        if (amounts.stream().anyMatch(Objects::isNull)) {
            if (details.size() > 1) {
                throw new Refused("camt.badEntry", n, "TxDtls/AmtDtls/TxAmt/Amt");
            }
            amounts.set(0, amount);
        }
        var sum = BigDecimal.ZERO.setScale(2);
        var credits = new boolean[details.size()];
        for (int i = 0; i < details.size(); i++) {
            var indicator = details.get(i).text("CdtDbtInd");
            credits[i] = indicator == null ? credit : credit(n, indicator);
            sum = sum.add(credits[i] ? amounts.get(i) : amounts.get(i).negate());
        }
        if (sum.compareTo(signed) != 0) {
            throw new Refused("camt.batchSum", n, sum.abs().toPlainString(), amount.toPlainString());
        }
        // a bank reference that every detail of the entry repeats does not tell them apart
        var sharedReferences = details.stream().map(d -> d.text("Refs", "AcctSvcrRef"))
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(r -> r, Collectors.counting())).entrySet().stream()
                .filter(e -> e.getValue() > 1).map(Map.Entry::getKey).collect(Collectors.toSet());
        for (int i = 0; i < details.size(); i++) {
            out.add(transaction(common, details.get(i), i + 1, amounts.get(i), credits[i], sharedReferences));
        }
    }

    /** What every transaction of an entry shares. */
    private record Common(int entryNumber, String iban, LocalDate bookingDate, boolean reversal,
            Element entry) {
    }

    private static Draft transaction(Common common, Element detail, int index, BigDecimal amount,
            boolean credit, Set<String> sharedReferences) {
        var entry = common.entry();
        var none = new Element("", "");
        var d = detail == null ? none : detail;
        var endToEnd = d.text("Refs", "EndToEndId");
        if ("NOTPROVIDED".equalsIgnoreCase(endToEnd)) {
            endToEnd = null;
        }
        var detailReference = d.text("Refs", "AcctSvcrRef");
        var entryReference = entry.text("AcctSvcrRef");
        var codes = d.child("BkTxCd") != null ? d.child("BkTxCd") : entry.child("BkTxCd");
        var subFamily = codes == null ? null : codes.text("Domn", "Fmly", "SubFmlyCd");
        var returnInfo = d.child("RtrInf");
        var returnReason = returnInfo == null
                ? null
                : either(returnInfo.text("Rsn", "Cd"), returnInfo.text("Rsn", "Prtry"));
        boolean returned = common.reversal() || returnInfo != null
                || subFamily != null && RETURN_CODES.contains(subFamily);

        String creditorReference = null;
        var remittanceInfo = d.child("RmtInf");
        var lines = new ArrayList<String>();
        if (remittanceInfo != null) {
            for (var structured : remittanceInfo.children("Strd")) {
                var ref = structured.text("CdtrRefInf", "Ref");
                if (ref != null && creditorReference == null) {
                    creditorReference = ref.replaceAll("\\s+", "");
                }
            }
            remittanceInfo.children("Ustrd").stream().map(e -> e.text).filter(Objects::nonNull)
                    .forEach(lines::add);
        }
        var remittance = !lines.isEmpty()
                ? String.join(" ", lines)
                : either(d.text("AddtlTxInf"), entry.text("AddtlNtryInf"));

        // the debtor pays us, we pay the creditor; a return may name the parties of the original
        // payment, so a side that is our own account gives way to the other
        var parties = d.child("RltdPties") == null ? none : d.child("RltdPties");
        var side = credit ? "Dbtr" : "Cdtr";
        var other = credit ? "Cdtr" : "Dbtr";
        if (common.iban().equals(iban(parties.text(side + "Acct", "Id", "IBAN")))
                && parties.child(other) != null) {
            side = other;
        }
        var name = either(parties.text(side, "Nm"), parties.text(side, "Pty", "Nm"));
        var counterpartyIban = iban(parties.text(side + "Acct", "Id", "IBAN"));

        // The bank's own reference is its identity of the booking, the same in a day and a month
        // statement: the detail's when it has one of its own, else the entry's and the place in it.
        // Without either, what the booking says of itself, and the occurrence among identical ones
        // (added in fingerprinted), so that two equal payments on one day stay two.
        String key;
        if (detailReference != null && !sharedReferences.contains(detailReference)) {
            key = common.iban() + "|tx|" + detailReference;
        } else if (entryReference != null) {
            key = common.iban() + "|ntry|" + entryReference + "|" + index;
        } else {
            key = String.join("|", common.iban(), common.bookingDate().toString(),
                    (credit ? "C" : "D") + (common.reversal() ? "R" : "") + amount.toPlainString(),
                    Objects.toString(endToEnd, ""), Objects.toString(d.text("Refs", "TxId"), ""),
                    Objects.toString(d.text("Refs", "InstrId"), ""),
                    Objects.toString(d.text("Refs", "MndtId"), ""),
                    Objects.toString(creditorReference, ""), Objects.toString(counterpartyIban, ""));
        }
        var reference = detailReference != null ? detailReference : entryReference;
        var endToEndId = endToEnd;
        var creditorRef = creditorReference;
        return new Draft(key, fingerprint -> new Transaction(fingerprint, common.entryNumber(),
                common.bookingDate(), amount, credit, common.reversal(), returned, returnReason, creditorRef,
                remittance, name, counterpartyIban, endToEndId, reference));
    }

    /** The k-th transaction (k from 2) with the same key gets "#k"; longer than 128 characters, a hash. */
    private static List<Transaction> fingerprinted(List<Draft> drafts) {
        var seen = new HashMap<String, Integer>();
        var result = new ArrayList<Transaction>(drafts.size());
        for (var draft : drafts) {
            int occurrence = seen.merge(draft.key(), 1, Integer::sum);
            var key = occurrence == 1 ? draft.key() : draft.key() + "#" + occurrence;
            if (key.length() > MAX_FINGERPRINT) {
                key = "sha256:" + SecretTokens.sha256(key);
            }
            result.add(draft.withFingerprint().apply(key));
        }
        return result;
    }

    private static BigDecimal amount(int entryNumber, Element amount) {
        if (amount == null) {
            throw new Refused("camt.badAmount", entryNumber, "");
        }
        if (!"EUR".equals(amount.currency)) {
            throw new Refused("camt.currency", entryNumber, Objects.toString(amount.currency, ""));
        }
        var text = Objects.toString(amount.text, "");
        if (!AMOUNT.matcher(text).matches()) {
            throw new Refused("camt.badAmount", entryNumber, text);
        }
        return new BigDecimal(text).setScale(2);
    }

    private static boolean credit(int entryNumber, String indicator) {
        if ("CRDT".equals(indicator)) {
            return true;
        }
        if ("DBIT".equals(indicator)) {
            return false;
        }
        throw new Refused("camt.badEntry", entryNumber, "CdtDbtInd");
    }

    /** The date of an ISODate or ISODateTime, null when absent or not one. */
    private static LocalDate date(String text) {
        if (text == null || text.length() < 10
                || text.length() > 10 && "T+-Z".indexOf(text.charAt(10)) < 0) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <T> T either(T first, T second) {
        return first != null ? first : second;
    }

    private static String iban(String text) {
        return text == null ? null : text.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static boolean isBlank(byte[] xml) {
        for (byte b : xml) {
            if ((b & 0xff) > ' ') {
                return false;
            }
        }
        return true;
    }

    // ---- reading XML

    /** An element of the statement: only what the parser needs, the Ccy attribute and leaf text. */
    private static final class Element {

        final String namespace;
        final String name;
        String currency;
        String text;
        List<Element> children = List.of();

        Element(String namespace, String name) {
            this.namespace = namespace;
            this.name = name;
        }

        void add(Element child) {
            if (children.isEmpty()) {
                children = new ArrayList<>(4);
            }
            children.add(child);
        }

        /** The first child of that name in the statement's namespace. */
        Element child(String childName) {
            for (var c : children) {
                if (c.name.equals(childName) && c.namespace.equals(namespace)) {
                    return c;
                }
            }
            return null;
        }

        List<Element> children(String childName) {
            return children.stream().filter(c -> c.name.equals(childName) && c.namespace.equals(namespace))
                    .toList();
        }

        Element at(String... path) {
            var e = this;
            for (int i = 0; i < path.length && e != null; i++) {
                e = e.child(path[i]);
            }
            return e;
        }

        String text(String... path) {
            var e = at(path);
            return e == null ? null : e.text;
        }
    }

    /** The document element, refused unless well-formed, without DOCTYPE, and a camt.053 Document. */
    private static Element read(byte[] xml) {
        var factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            var stack = new ArrayDeque<Element>();
            var texts = new ArrayDeque<StringBuilder>();
            Element root = null;
            int count = 0;
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.DTD -> {
                        // a saved web page (the bank's login page, say) is told apart from an attack
                        if (HTML_DOCTYPE.matcher(reader.getText().strip()).matches()) {
                            throw new Refused("camt.notCamt053", "", "html");
                        }
                        throw new Refused("camt.doctype");
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.ENTITY_DECLARATION,
                            XMLStreamConstants.NOTATION_DECLARATION ->
                        throw new Refused("camt.doctype");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++count > MAX_ELEMENTS) {
                            throw new Refused("camt.tooLarge", MAX_BYTES / (1024 * 1024));
                        }
                        if (stack.size() >= MAX_DEPTH) {
                            throw new Refused("camt.tooDeep");
                        }
                        var element = new Element(Objects.toString(reader.getNamespaceURI(), ""),
                                reader.getLocalName());
                        element.currency = reader.getAttributeValue(null, "Ccy");
                        if (stack.isEmpty()) {
                            checkRoot(element);
                            root = element;
                        } else {
                            stack.peek().add(element);
                        }
                        stack.push(element);
                        texts.push(new StringBuilder());
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA,
                            XMLStreamConstants.SPACE -> {
                        if (!texts.isEmpty()) {
                            texts.peek().append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        var element = stack.pop();
                        var text = texts.pop().toString().strip();
                        element.text = text.isEmpty() ? null : text;
                    }
                    default -> {
                        // comments and processing instructions say nothing about the money
                    }
                }
            }
            if (root == null) {
                throw new Refused("camt.notXml", 1, 1);
            }
            return root;
        } catch (XMLStreamException e) {
            var location = e.getLocation();
            throw new Refused("camt.notXml", location == null ? 0 : location.getLineNumber(),
                    location == null ? 0 : location.getColumnNumber());
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // nothing held but the array
                }
            }
        }
    }

    private static void checkRoot(Element root) {
        var namespace = root.namespace;
        if (!"Document".equals(root.name) || !namespace.startsWith(NAMESPACE_PREFIX)
                || !VERSION.matcher(namespace.substring(NAMESPACE_PREFIX.length())).matches()) {
            throw new Refused("camt.notCamt053", namespace, root.name);
        }
    }
}
