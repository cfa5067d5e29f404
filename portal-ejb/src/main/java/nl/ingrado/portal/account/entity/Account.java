package nl.ingrado.portal.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Email;
import nl.ingrado.portal.shared.entity.Lengths;

/** Someone who can log in. Signs up unverified, becomes active by confirming the email address. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "select a from Account a where a.email = :email")
@Getter
public class Account {

    public static final String BY_EMAIL = "Account.byEmail";
    public static final int MAX_NAME = Lengths.NAME;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = Lengths.EMAIL)
    private String email;

    @Column(name = "display_name", nullable = false, length = MAX_NAME)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(name = "preferred_language", nullable = false, length = 2)
    private String preferredLanguage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountStatus status;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "verified_at")
    private LocalDateTime verifiedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    @Getter(AccessLevel.NONE)
    private long version;

    protected Account() {
    }

    /** A professional signing up: a member, unverified until the emailed link is followed. */
    public static Account signUp(String email, String displayName, String passwordHash, String language,
            LocalDateTime now) {
        var account = new Account();
        account.email = requireEmail(email);
        account.rename(displayName);
        account.passwordHash = Objects.requireNonNull(passwordHash);
        account.choosePreferredLanguage(language);
        account.status = AccountStatus.UNVERIFIED;
        account.createdAt = now;
        account.roles.add(Role.MEMBER);
        return account;
    }

    public void confirmEmail(LocalDateTime now) {
        if (status == AccountStatus.UNVERIFIED) {
            status = AccountStatus.ACTIVE;
            verifiedAt = now;
        }
    }

    public void changePasswordHash(String newHash) {
        passwordHash = Objects.requireNonNull(newHash);
    }

    public void rename(String newName) {
        var name = newName == null ? "" : newName.strip();
        if (name.isEmpty()) {
            throw BusinessException.onField("displayName", "account.name.required");
        }
        if (name.length() > MAX_NAME) {
            throw BusinessException.onField("displayName", "account.name.tooLong", MAX_NAME);
        }
        displayName = name;
    }

    public void choosePreferredLanguage(String language) {
        if (!"nl".equals(language) && !"en".equals(language)) {
            throw BusinessException.onField("language", "account.language.unknown");
        }
        preferredLanguage = language;
    }

    public boolean canLogIn() {
        return status == AccountStatus.ACTIVE;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The page to land on after login: the home of the most specific role held. */
    public String homePage() {
        return Role.homePageOf(roles);
    }

    private static String requireEmail(String email) {
        var normalized = Email.normalize(email);
        if (!Email.isValid(normalized)) {
            throw BusinessException.onField("email", "account.email.invalid");
        }
        return normalized;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }
}
