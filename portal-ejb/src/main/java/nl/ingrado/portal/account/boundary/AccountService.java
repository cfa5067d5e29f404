package nl.ingrado.portal.account.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jakarta.enterprise.event.Event;
import java.util.stream.Collectors;
import nl.ingrado.portal.account.control.LoginThrottle;
import nl.ingrado.portal.account.control.PasswordHasher;
import nl.ingrado.portal.account.control.PasswordPolicy;
import nl.ingrado.portal.account.entity.Account;
import nl.ingrado.portal.account.entity.AccountStatus;
import nl.ingrado.portal.account.entity.AccountToken;
import nl.ingrado.portal.shared.entity.Email;
import nl.ingrado.portal.account.entity.Role;
import nl.ingrado.portal.account.entity.TokenPurpose;
import nl.ingrado.portal.mail.boundary.MailLimits;
import nl.ingrado.portal.mail.boundary.MailService;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.PortalSettings;
import nl.ingrado.portal.shared.control.SecretTokens;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * Sign-up, email confirmation, login, password reset and profile. Answers never reveal whether an
 * address has an account: sign-up and reset say the same either way and mail the owner instead.
 */
@Stateless
public class AccountService {

    /** Verified against when the account does not exist, so both paths cost the same time. */
    static final java.time.Duration UNVERIFIED_RETENTION = java.time.Duration.ofDays(42);

    private static final String DUMMY_HASH = PasswordHasher.hash("no account has this password");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailService mail;

    @Inject
    LoginThrottle throttle;

    @Inject
    MailLimits limits;

    @Resource
    SessionContext context;

    @Inject
    PortalSettings settings;

    @Inject
    Event<AccountsRemoving> accountsRemoving;

    /** Fired (synchronously) before never-confirmed accounts are deleted. */
    public record AccountsRemoving(List<Long> accountIds) {
    }

    /**
     * Returns the new account's id; empty when the address had an account (its owner is mailed) or
     * when the mail limits for the address or the client were reached (nothing is stored or mailed).
     * Both ways do the same work first: every field is checked and the password hashed, so neither
     * the answer nor its time tells whether the address has an account. {@code clientAddress} is the
     * visitor's, or null when no visitor asked (tests, imports).
     */
    public Optional<Long> signUp(String email, String displayName, String password, String language,
            String clientAddress) {
        var normalized = Email.normalize(email);
        PasswordPolicy.check("password", password, normalized);
        var account = Account.signUp(normalized, displayName, PasswordHasher.hash(password), language,
                Clocks.nowUtc(clock));
        if (!limits.allow(normalized, clientAddress)) {
            return Optional.empty();
        }
        var existing = findByEmail(normalized);
        if (existing.isPresent()) {
            var owner = existing.get();
            mail.send(owner.getEmail(), owner.getPreferredLanguage(), "account.exists",
                    owner.getDisplayName(),
                    settings.baseUrl() + "/password/forgot.xhtml");
            return Optional.empty();
        }
        em.persist(account);
        var link = settings.baseUrl() + "/verify.xhtml?token=" + issue(account, TokenPurpose.VERIFY_EMAIL);
        mail.send(account.getEmail(), account.getPreferredLanguage(), "account.verify",
                account.getDisplayName(),
                link, TokenPurpose.VERIFY_EMAIL.validity().toHours());
        em.flush();
        return Optional.of(account.getId());
    }

    /** {@link #signUp(String, String, String, String, String)} without a visitor (tests, imports). */
    public Optional<Long> signUp(String email, String displayName, String password, String language) {
        return signUp(email, displayName, password, language, null);
    }

    public void confirmEmail(String token) {
        redeem(token, TokenPurpose.VERIFY_EMAIL).confirmEmail(Clocks.nowUtc(clock));
    }

    /**
     * Asks for a reset link for {@code email}, typed by the visitor at {@code clientAddress}. Only the
     * shape of the address is checked here; whether it has an account, the mail limits, the link and
     * the mail are decided after the answer, off the request (see {@link #mailResetLink}), so the
     * answer and its time are the same for every address.
     */
    public void requestPasswordReset(String email, String clientAddress) {
        var normalized = Email.normalize(email);
        if (!Email.isValid(normalized)) {
            throw BusinessException.onField("email", "account.email.invalid");
        }
        context.getBusinessObject(AccountService.class).mailResetLink(normalized, clientAddress);
    }

    /**
     * Mails a reset link if the address belongs to an account that may log in and the limits allow;
     * silent otherwise. Runs in its own transaction after the visitor has the answer.
     */
    @Asynchronous
    public void mailResetLink(String normalized, String clientAddress) {
        if (!limits.allow(normalized, clientAddress)) {
            return;
        }
        findByEmail(normalized)
                .filter(a -> a.getStatus() != AccountStatus.DEACTIVATED)
                .ifPresent(account -> {
                    var link = settings.baseUrl() + "/password/reset.xhtml?token="
                            + issue(account, TokenPurpose.RESET_PASSWORD);
                    mail.send(account.getEmail(), account.getPreferredLanguage(), "account.reset",
                            account.getDisplayName(), link, TokenPurpose.RESET_PASSWORD.validity().toHours());
                });
    }

    /** Sets a new password through an emailed link; following the link also proves the address. */
    public void resetPassword(String token, String newPassword) {
        var now = Clocks.nowUtc(clock);
        var found = findToken(token).filter(t -> t.isRedeemable(TokenPurpose.RESET_PASSWORD, now))
                .orElseThrow(() -> new BusinessException("token.invalid"));
        PasswordPolicy.check("password", newPassword, found.getAccount().getEmail());
        var account = found.redeem(TokenPurpose.RESET_PASSWORD, now);
        account.changePasswordHash(PasswordHasher.hash(newPassword));
        account.confirmEmail(now);
        throttle.recordSuccess(account.getEmail());
    }

    /** Whether an emailed link can still be used, so a form can say so before the user types. */
    public boolean isTokenUsable(String token, TokenPurpose purpose) {
        var now = Clocks.nowUtc(clock);
        return findToken(token).filter(t -> t.isRedeemable(purpose, now)).isPresent();
    }

    public void changePassword(long accountId, String currentPassword, String newPassword) {
        var account = require(accountId);
        if (currentPassword == null || !PasswordHasher.verify(currentPassword, account.getPasswordHash())) {
            throw BusinessException.onField("currentPassword", "password.currentWrong");
        }
        PasswordPolicy.check("newPassword", newPassword, account.getEmail());
        account.changePasswordHash(PasswordHasher.hash(newPassword));
        mail.send(account.getEmail(), account.getPreferredLanguage(), "account.passwordChanged",
                account.getDisplayName(), settings.baseUrl() + "/password/forgot.xhtml");
    }

    public Account updateProfile(long accountId, String displayName, String language) {
        var account = require(accountId);
        account.rename(displayName);
        account.choosePreferredLanguage(language);
        return account;
    }

    /**
     * Checks a password. Runs in its own transaction so that a failure is recorded even though the
     * caller's login is refused.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoginOutcome logIn(String email, String password, String clientAddress) {
        var name = Email.normalize(email);
        if (throttle.isThrottled(name, clientAddress)) {
            return LoginOutcome.of(LoginOutcome.Status.THROTTLED);
        }
        var account = Email.isValid(name) ? findByEmail(name) : Optional.<Account>empty();
        boolean matches = PasswordHasher.verify(password == null ? "" : password,
                account.map(Account::getPasswordHash).orElse(DUMMY_HASH)) && account.isPresent();
        if (!matches) {
            throttle.recordFailure(name, clientAddress);
            return LoginOutcome.of(LoginOutcome.Status.INVALID);
        }
        var found = account.get();
        if (!found.canLogIn()) {
            return LoginOutcome.of(found.getStatus() == AccountStatus.UNVERIFIED
                    ? LoginOutcome.Status.NOT_VERIFIED
                    : LoginOutcome.Status.INVALID);
        }
        throttle.recordSuccess(name);
        return new LoginOutcome(LoginOutcome.Status.SUCCESS, found.getId(), found.getEmail(),
                found.getRoles().stream().map(Enum::name).collect(Collectors.toSet()));
    }

    /**
     * AVG retention: an account whose address was never confirmed is removed after six weeks, with
     * its links. Failed-login records older than a day serve no throttling and are removed too.
     */
    public int removeStaleData() {
        var now = Clocks.nowUtc(clock);
        var expiring = em.createQuery(
                "select a.id from Account a where a.status = :unverified and a.createdAt < :before",
                Long.class)
                .setParameter("unverified", AccountStatus.UNVERIFIED)
                .setParameter("before", now.minus(UNVERIFIED_RETENTION))
                .getResultList();
        if (!expiring.isEmpty()) {
            // other capabilities forget what they hold of these accounts, in this transaction
            accountsRemoving.fire(new AccountsRemoving(expiring));
        }
        int accountsRemoved = em
                .createQuery("delete from Account a where a.status = :unverified and a.createdAt < :before")
                .setParameter("unverified", AccountStatus.UNVERIFIED)
                .setParameter("before", now.minus(UNVERIFIED_RETENTION))
                .executeUpdate();
        em.createQuery("delete from LoginFailure f where f.failedAt < :before")
                .setParameter("before", now.minusDays(1))
                .executeUpdate();
        return accountsRemoved;
    }

    /**
     * The roles of an account that may still use its session: empty when it was deactivated,
     * erased or removed meanwhile. Read straight from the database (one small query), so a change
     * made on another node counts at once.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Set<String>> activeRoles(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT a.status, r.role FROM account a LEFT JOIN account_role r ON r.account_id = a.id WHERE a.id = ?")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty() || !AccountStatus.ACTIVE.name().equals(rows.get(0)[0])) {
            return Optional.empty();
        }
        return Optional.of(rows.stream().map(row -> (String) row[1]).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
    }

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public Optional<Account> findByEmail(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Email.normalize(email))
                .getResultStream().findFirst();
    }

    /** Whom a mail to an account goes to: its address, name and language. */
    public record Addressee(String email, String displayName, String language) {
    }

    /** The active accounts with {@code role}, oldest first (e.g. the auditors for their digest). */
    public List<Addressee> activeWithRole(Role role) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.email, a.display_name, a.preferred_language "
                + "FROM account a JOIN account_role ar ON ar.account_id = a.id WHERE ar.role = ? "
                + "AND a.status = 'ACTIVE' ORDER BY a.id").setParameter(1, role.name()).getResultList();
        return rows.stream().map(r -> new Addressee((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    /**
     * Erasure: the account goes with its failed logins. The last step of erasing a person, after every
     * capability has let go of the account, in the caller's transaction; the caller evicts the cache.
     */
    public void erase(long accountId) {
        var email = require(accountId).getEmail();
        em.createNativeQuery("DELETE FROM login_failure WHERE login_name = ?").setParameter(1, email)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM account WHERE id = ?").setParameter(1, accountId).executeUpdate();
    }

    private Account require(long id) {
        return find(id).orElseThrow(() -> new BusinessException("account.notFound"));
    }

    private String issue(Account account, TokenPurpose purpose) {
        var secret = SecretTokens.newToken();
        em.persist(AccountToken.issue(account, purpose, SecretTokens.sha256(secret), Clocks.nowUtc(clock)));
        return secret;
    }

    private Account redeem(String token, TokenPurpose purpose) {
        return findToken(token).orElseThrow(() -> new BusinessException("token.invalid"))
                .redeem(purpose, Clocks.nowUtc(clock));
    }

    private Optional<AccountToken> findToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(AccountToken.BY_HASH, AccountToken.class)
                .setParameter("hash", SecretTokens.sha256(token))
                .getResultStream().findFirst();
    }
}
