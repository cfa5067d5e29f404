package nl.ingrado.portal.member.web;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import nl.ingrado.portal.member.entity.Job;

/**
 * Where someone works: the organisation, the job and since when. Bound as {@code #{bean.workplace.x}}
 * (or {@code #{myWorkplace.form.x}}) by every page that adds a workplace: signing up, the member's own
 * workplaces, and staff adding a professional or a workplace to one.
 */
public class WorkplaceForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private Long organisationId;
    private Job job;
    private LocalDate since;

    /** The jobs to choose from. */
    public Job[] getJobs() {
        return Job.values();
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Job getJob() {
        return job;
    }

    public void setJob(Job job) {
        this.job = job;
    }

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }
}
