package nl.ingrado.portal.rayon.boundary;

import java.util.List;
import java.util.Map;
import nl.ingrado.portal.rayon.boundary.RayonService.ContactRow;
import nl.ingrado.portal.rayon.boundary.RayonService.ContactView;

/**
 * What the rayons show of the members: the municipalities in them and their contact persons. The
 * member capability implements it, as member may use rayon but rayon may not use member.
 */
public interface RayonMembers {

    /** The number of active municipalities per rayon id (rayons without any are left out). */
    Map<Long, Long> municipalityCounts();

    /** The names of the rayon's active municipalities, by name, per region id. */
    Map<Long, List<String>> municipalities(long rayonId);

    /** The active contact persons with their current organisation, for the public page. */
    List<ContactView> publicContacts(long rayonId);

    /** The contact persons with their email address, for staff. */
    List<ContactRow> contacts(long rayonId);

    /** Makes the active professional with this email address a contact person of the rayon. */
    void addContact(long rayonId, String normalizedEmail);

    void removeContact(long rayonId, long personId);
}
