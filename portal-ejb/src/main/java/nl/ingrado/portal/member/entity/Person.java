package nl.ingrado.portal.member.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import nl.ingrado.portal.shared.entity.BusinessException;

/** A professional, linked to the account they log in with. */
@Entity
@Table(name = "person")
@NamedQuery(name = Person.BY_ACCOUNT, query = "select p from Person p where p.accountId = :accountId")
public class Person {

    public static final String BY_ACCOUNT = "Person.byAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 150)
    private String lastName;

    @Column(length = 254)
    private String email;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected Person() {
    }

    /** The professional behind an account: the display name split into first and last name. */
    public static Person forAccount(long accountId, String displayName, String email, LocalDateTime now) {
        var name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            throw BusinessException.onField("displayName", "account.name.required");
        }
        int space = name.indexOf(' ');
        var person = new Person();
        person.accountId = accountId;
        person.firstName = space < 0 ? name : name.substring(0, space);
        person.lastName = space < 0 ? "" : name.substring(space + 1).strip();
        person.email = email;
        person.status = "ACTIVE";
        person.createdAt = now;
        return person;
    }

    /** The part of the email address after the @, which may prove employment. */
    public String emailDomain() {
        return email == null ? "" : email.substring(email.indexOf('@') + 1);
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public String getStatus() {
        return status;
    }
}
