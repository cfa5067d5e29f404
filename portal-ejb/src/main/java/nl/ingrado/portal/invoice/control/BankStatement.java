package nl.ingrado.portal.invoice.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

// STUB until the camt branch is merged
public record BankStatement(String messageId, String statementId, String accountIban, LocalDate created,
        List<Transaction> transactions) {
    public record Transaction(String fingerprint, int entryNumber, LocalDate bookingDate, BigDecimal amount,
            boolean credit, boolean reversal, String creditorReference, String remittance, String counterpartyName,
            String counterpartyIban, String endToEndId, String bankReference) {
    }
}
