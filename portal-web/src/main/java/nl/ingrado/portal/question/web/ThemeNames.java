package nl.ingrado.portal.question.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ingrado.portal.question.boundary.Themes;
import nl.ingrado.portal.question.entity.Theme;
import org.omnifaces.util.Faces;

/**
 * The themes as the question and knowledge base pages show them: the active ones to choose from, all
 * of them (retired ones too) to filter by, and a theme's name in the page's language by its code (an
 * unknown code as itself).
 * One place for what each page bean otherwise looked up again; the themes are read once a request.
 */
@Named("questionThemes")
@RequestScoped
public class ThemeNames {

    @Inject
    Themes themes;

    private List<Theme> active;
    private List<Theme> all;
    private Map<String, Theme> byCode;

    public List<Theme> getActive() {
        if (active == null) {
            active = themes.active();
        }
        return active;
    }

    public List<Theme> getAll() {
        if (all == null) {
            all = themes.all();
        }
        return all;
    }

    public boolean exists(String code) {
        return byCode().containsKey(code);
    }

    public String name(String code) {
        var found = byCode().get(code);
        return found == null ? code : found.name(Faces.getLocale());
    }

    private Map<String, Theme> byCode() {
        if (byCode == null) {
            byCode = getAll().stream().collect(Collectors.toMap(Theme::getCode, Function.identity()));
        }
        return byCode;
    }
}
