package nl.ingrado.portal.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import nl.ingrado.portal.shared.control.Clocks;

/** Times are stored in UTC; staff read them in Dutch time ({@code #{staffTime.local(entry.at)}}). */
@Named
@ApplicationScoped
public class StaffTime {

    public LocalDateTime local(LocalDateTime utc) {
        return utc == null
                ? null
                : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(Clocks.AMSTERDAM).toLocalDateTime();
    }
}
