package nl.ingrado.portal.member.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import nl.ingrado.portal.member.entity.Job;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/** The document lists the jobs by hand (an annotation cannot ask the enum): they must stay the enum's. */
class PersonWriteTest {

    @Test
    void theDocumentedJobsAreTheEnumsValues() throws NoSuchFieldException {
        var schema = PersonResource.PersonWrite.class.getDeclaredField("job").getAnnotation(Schema.class);
        assertEquals(Arrays.stream(Job.values()).map(Job::name).toList(), List.of(schema.enumeration()));
    }
}
