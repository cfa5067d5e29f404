package nl.ingrado.portal.question.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import lombok.Getter;

/** A theme of Vraag en Antwoord (vrijstellingen, AVG, …): questions, articles and documents carry one. */
@Entity
@Table(name = "question_theme")
@Getter
public class Theme {

    @Id
    @Column(length = 40)
    private String code;

    @Column(name = "name_nl", nullable = false, length = 100)
    private String nameNl;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active;

    protected Theme() {
    }

    /** The theme's name in {@code locale}'s language: English where asked, Dutch otherwise. */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameNl;
    }
}
