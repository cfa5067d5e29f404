package nl.ingrado.portal.member.web;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.member.entity.Job;

/**
 * Where someone works: the organisation, the job and since when. Bound as {@code #{bean.workplace.x}}
 * (or {@code #{myWorkplace.form.x}}) by every page that adds a workplace: signing up, the member's own
 * workplaces, and staff adding a professional or a workplace to one.
 */
@Getter
@Setter
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
}
