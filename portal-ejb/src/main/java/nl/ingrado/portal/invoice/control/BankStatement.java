package nl.ingrado.portal.invoice.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a bank statement (CAMT.053) tells about one account: its booked transactions, read by
 * {@link Camt053#parse(byte[])}. A file that holds several statements of the same account (a period
 * export, one statement per day) gives one record with all their transactions in file order.
 */
public record BankStatement(
        String messageId, // GrpHdr/MsgId
        String statementId, // Stmt/Id; the ids joined by ", " when the file holds several statements
        String accountIban, // Stmt/Acct/Id/IBAN, upper case without spaces
        LocalDate created, // GrpHdr/CreDtTm, its date
        List<Transaction> transactions) {

    public BankStatement {
        transactions = List.copyOf(transactions);
    }

    /**
     * One booked transaction: a transaction detail (TxDtls) of an entry, or the entry itself when it
     * has no details or a batch that does not say each transaction's amount. Texts are trimmed, and
     * null when absent.
     */
    public record Transaction(
            String fingerprint, // stable identity for booking once, at most 128 characters (see Camt053)
            int entryNumber, // the entry's position (Ntry) in the file, from 1, pending ones counted
            LocalDate bookingDate, // Ntry/BookgDt
            BigDecimal amount, // in euros, never negative, scale 2
            boolean credit, // money came in (CdtDbtInd CRDT)
            boolean reversal, // Ntry/RvslInd: the bank reverses an earlier booking
            boolean returned, // a payment that came back: reversal, return info or a return code
            String returnReason, // TxDtls/RtrInf/Rsn/Cd, e.g. MD06 or AC04, may be null
            String creditorReference, // RmtInf/Strd/CdtrRefInf/Ref without spaces, e.g. a betalingskenmerk
            String remittance, // RmtInf/Ustrd joined by spaces; else the additional information
            String counterpartyName, // the debtor of a credit, the creditor of a debit
            String counterpartyIban, // upper case without spaces
            String endToEndId, // Refs/EndToEndId; null for NOTPROVIDED
            String bankReference) { // the bank's reference (AcctSvcrRef) of the detail, else of the entry
    }
}
