package nl.ingrado.portal.rayon.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import nl.ingrado.portal.shared.entity.Lengths;

/** One of Ingrado's six regional divisions. */
@Entity
@Table(name = "rayon")
@Getter
public class Rayon {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(nullable = false, length = Lengths.SHORT_NAME)
    private String name;

    @Column(columnDefinition = "TEXT")
    private String description;

    @Column(nullable = false, length = 200)
    private String provinces;

    @Version
    @Getter(AccessLevel.NONE)
    private long version;

    protected Rayon() {
    }

    public void describe(String newName, String newDescription) {
        var trimmed = newName == null ? "" : newName.strip();
        if (trimmed.isEmpty() || trimmed.length() > Lengths.SHORT_NAME) {
            throw nl.ingrado.portal.shared.entity.BusinessException.onField("name", "rayon.name.invalid",
                    Lengths.SHORT_NAME);
        }
        var text = newDescription == null ? "" : newDescription.strip();
        if (text.length() > Lengths.NOTE) {
            throw nl.ingrado.portal.shared.entity.BusinessException.onField("description",
                    "rayon.description.tooLong",
                    Lengths.NOTE);
        }
        name = trimmed;
        description = text;
    }
}
