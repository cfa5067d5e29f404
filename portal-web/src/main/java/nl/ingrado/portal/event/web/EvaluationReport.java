package nl.ingrado.portal.event.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.event.boundary.Evaluations;
import nl.ingrado.portal.event.boundary.Evaluations.Report;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Pages;

/** /organise/evaluation.xhtml?id= : what attendees thought of an event and its workshops (read only). */
@Named
@RequestScoped
public class EvaluationReport {

    @Inject
    Evaluations evaluations;

    @Inject
    CurrentUser currentUser;

    @Getter
    @Setter
    private Long id;
    @Getter
    private Report report;

    public void load() throws IOException {
        report = Pages.found(evaluations.report(Organisers.of(currentUser), id), "event not found");
    }
}
