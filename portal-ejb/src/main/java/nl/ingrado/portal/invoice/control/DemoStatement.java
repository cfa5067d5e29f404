package nl.ingrado.portal.invoice.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A bank statement in CAMT.053 (camt.053.001.02, as ABN AMRO and ING export it) written for the demo:
 * the payments of the demo's invoices, read back by {@link Camt053} like any bank's file. Each entry
 * has the bank's own reference, so uploading the same file again books nothing twice.
 */
public final class DemoStatement {

    private DemoStatement() {
    }

    /**
     * One booked entry; {@code transactions} of more than one make a batch whose amount is their sum. A
     * debit without transactions is e.g. the bank's costs, {@code text} its description.
     */
    public record Entry(LocalDate bookingDate, boolean credit, BigDecimal amount, String bankReference,
            String text,
            List<Transfer> transactions) {

        /** Money in: one transfer, or a batch of several. */
        public static Entry credit(LocalDate bookingDate, String bankReference, Transfer... transfers) {
            return new Entry(bookingDate, true, Arrays.stream(transfers).map(Transfer::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add), bankReference, null, List.of(transfers));
        }

        /** What the bank charges, debited without a counterparty. */
        public static Entry costs(LocalDate bookingDate, String bankReference, BigDecimal amount,
                String text) {
            return new Entry(bookingDate, false, amount, bankReference, text, List.of());
        }
    }

    /** One transfer: {@code reference} a betalingskenmerk (structured) or null, {@code text} the free text. */
    public record Transfer(BigDecimal amount, String counterparty, String iban, String endToEndId,
            String reference,
            String text) {
    }

    /** The whole file for Ingrado's account {@code iban} (one statement). */
    public static String xml(String iban, String messageId, String statementId, LocalDate from, LocalDate to,
            List<Entry> entries) {
        var out = new StringBuilder(4096);
        out.append("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
                  <BkToCstmrStmt>
                    <GrpHdr>
                      <MsgId>%s</MsgId>
                      <CreDtTm>%sT06:00:00</CreDtTm>
                    </GrpHdr>
                    <Stmt>
                      <Id>%s</Id>
                      <CreDtTm>%sT06:00:00</CreDtTm>
                      <FrToDt>
                        <FrDtTm>%sT00:00:00</FrDtTm>
                        <ToDtTm>%sT23:59:59</ToDtTm>
                      </FrToDt>
                      <Acct>
                        <Id>
                          <IBAN>%s</IBAN>
                        </Id>
                        <Ccy>EUR</Ccy>
                        <Ownr>
                          <Nm>Vereniging Ingrado</Nm>
                        </Ownr>
                      </Acct>
                """.formatted(x(messageId), to.plusDays(1), x(statementId), to.plusDays(1), from, to,
                x(iban)));
        for (var entry : entries) {
            entry(out, iban, entry);
        }
        out.append("""
                    </Stmt>
                  </BkToCstmrStmt>
                </Document>
                """);
        return out.toString();
    }

    private static void entry(StringBuilder out, String own, Entry e) {
        var indicator = e.credit() ? "CRDT" : "DBIT";
        out.append("""
                      <Ntry>
                        <Amt Ccy="EUR">%s</Amt>
                        <CdtDbtInd>%s</CdtDbtInd>
                        <Sts>BOOK</Sts>
                        <BookgDt>
                          <Dt>%s</Dt>
                        </BookgDt>
                        <ValDt>
                          <Dt>%s</Dt>
                        </ValDt>
                        <AcctSvcrRef>%s</AcctSvcrRef>
                        <BkTxCd>
                          <Domn>
                            <Cd>%s</Cd>
                            <Fmly>
                              <Cd>%s</Cd>
                              <SubFmlyCd>%s</SubFmlyCd>
                            </Fmly>
                          </Domn>
                        </BkTxCd>
                """.formatted(e.amount().setScale(2).toPlainString(), indicator, e.bookingDate(),
                e.bookingDate(),
                x(e.bankReference()), e.credit() ? "PMNT" : "ACMT", e.credit() ? "RCDT" : "MDOP",
                e.credit() ? "ESCT" : "CHRG"));
        var batch = e.transactions().size() > 1;
        if (!e.transactions().isEmpty()) {
            out.append("        <NtryDtls>\n");
            if (batch) {
                out.append("""
                                  <Btch>
                                    <NbOfTxs>%d</NbOfTxs>
                                  </Btch>
                        """.formatted(e.transactions().size()));
            }
            int i = 0;
            for (var t : e.transactions()) {
                transfer(out, own, e, t, ++i, batch);
            }
            out.append("        </NtryDtls>\n");
        }
        if (e.text() != null) {
            out.append("        <AddtlNtryInf>").append(x(e.text())).append("</AddtlNtryInf>\n");
        }
        out.append("      </Ntry>\n");
    }

    private static void transfer(StringBuilder out, String own, Entry e, Transfer t, int index,
            boolean batch) {
        out.append("          <TxDtls>\n            <Refs>\n");
        out.append("              <AcctSvcrRef>").append(x(e.bankReference())).append('-').append(index)
                .append("</AcctSvcrRef>\n");
        out.append("              <EndToEndId>")
                .append(t.endToEndId() == null ? "NOTPROVIDED" : x(t.endToEndId()))
                .append("</EndToEndId>\n            </Refs>\n");
        if (batch) {
            out.append("""
                                <AmtDtls>
                                  <TxAmt>
                                    <Amt Ccy="EUR">%s</Amt>
                                  </TxAmt>
                                </AmtDtls>
                    """.formatted(t.amount().setScale(2).toPlainString()));
        }
        var debtor = e.credit();
        out.append("            <RltdPties>\n");
        out.append("              <").append(debtor ? "Dbtr" : "Cdtr").append(">\n                <Nm>")
                .append(x(t.counterparty())).append("</Nm>\n              </")
                .append(debtor ? "Dbtr" : "Cdtr")
                .append(">\n");
        if (t.iban() != null) {
            out.append("              <").append(debtor ? "DbtrAcct" : "CdtrAcct")
                    .append(">\n                <Id>\n")
                    .append("                  <IBAN>").append(x(t.iban())).append("</IBAN>\n")
                    .append("                </Id>\n              </")
                    .append(debtor ? "DbtrAcct" : "CdtrAcct")
                    .append(">\n");
        }
        out.append("              <").append(debtor ? "CdtrAcct" : "DbtrAcct")
                .append(">\n                <Id>\n")
                .append("                  <IBAN>").append(x(own)).append("</IBAN>\n")
                .append("                </Id>\n              </").append(debtor ? "CdtrAcct" : "DbtrAcct")
                .append(">\n");
        out.append("            </RltdPties>\n");
        if (t.text() != null || t.reference() != null) {
            out.append("            <RmtInf>\n");
            if (t.text() != null) {
                out.append("              <Ustrd>").append(x(t.text())).append("</Ustrd>\n");
            }
            if (t.reference() != null) {
                out.append("""
                                      <Strd>
                                        <CdtrRefInf>
                                          <Tp>
                                            <CdOrPrtry>
                                              <Cd>SCOR</Cd>
                                            </CdOrPrtry>
                                            <Issr>CUR</Issr>
                                          </Tp>
                                          <Ref>%s</Ref>
                                        </CdtrRefInf>
                                      </Strd>
                        """.formatted(x(t.reference())));
            }
            out.append("            </RmtInf>\n");
        }
        out.append("          </TxDtls>\n");
    }

    /** XML text: the five characters that may not stand for themselves escaped. */
    private static String x(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
