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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import lombok.Getter;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Email;
import nl.ingrado.portal.shared.entity.Lengths;

/** A professional, linked to the account they log in with. */
@Entity
@Table(name = "person")
@NamedQuery(name = Person.BY_ACCOUNT, query = "select p from Person p where p.accountId = :accountId")
@Getter
public class Person {

    public static final String BY_ACCOUNT = "Person.byAccount";
    private static final Pattern PHONE = Pattern.compile("^[+0-9][0-9 ()-]{5,29}$");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "first_name", nullable = false, length = Lengths.FIRST_NAME)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = Lengths.LAST_NAME)
    private String lastName;

    @Column(length = Lengths.EMAIL)
    private String email;

    @Column(length = Lengths.PHONE)
    private String phone;

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

    /** A professional entered by staff (form, API or CSV import), without an account yet. */
    public static Person register(String firstName, String lastName, String email, String phone,
            LocalDateTime now) {
        var person = new Person();
        person.status = "ACTIVE";
        person.createdAt = now;
        person.correct(firstName, lastName, email, phone);
        return person;
    }

    /**
     * Staff correct the personal data; returns what changed (field: old → new) for the audit trail.
     * An invalid value changes nothing.
     */
    public Map<String, String> correct(String firstName, String lastName, String email, String phone) {
        var first = required(firstName, "firstName", Lengths.FIRST_NAME);
        var last = required(lastName, "lastName", Lengths.LAST_NAME);
        var address = validEmail(email);
        var number = validPhone(phone);
        if ("ERASED".equals(status)) {
            throw new BusinessException("person.erased");
        }
        var changes = new LinkedHashMap<String, String>();
        track(changes, "firstName", this.firstName, first);
        track(changes, "lastName", this.lastName, last);
        track(changes, "email", this.email, address);
        track(changes, "phone", this.phone, number);
        this.firstName = first;
        this.lastName = last;
        this.email = address;
        this.phone = number;
        return changes;
    }

    public void deactivate() {
        if (!isActive()) {
            throw new BusinessException("person.notActive");
        }
        status = "DEACTIVATED";
    }

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    /** Normalises an email address as stored (lower case), or fails on the field {@code email}. */
    public static String validEmail(String email) {
        return Email.required(email, "person.email.required", "person.email.invalid");
    }

    private static String validPhone(String phone) {
        var value = phone == null ? "" : phone.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (!PHONE.matcher(value).matches()) {
            throw BusinessException.onField("phone", "person.phone.invalid");
        }
        return value;
    }

    private static String required(String value, String field, int max) {
        var stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw BusinessException.onField(field, "person." + field + ".required");
        }
        if (stripped.length() > max) {
            throw BusinessException.onField(field, "person.tooLong", max);
        }
        return stripped;
    }

    private static void track(Map<String, String> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, (before == null ? "" : before) + " → " + (after == null ? "" : after));
        }
    }

    /** The part of the email address after the @, which may prove employment. */
    public String emailDomain() {
        return email == null ? "" : email.substring(email.indexOf('@') + 1);
    }

    public String getFullName() {
        return lastName == null || lastName.isEmpty() ? firstName : firstName + " " + lastName;
    }
}
