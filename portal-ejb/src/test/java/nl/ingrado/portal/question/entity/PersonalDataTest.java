package nl.ingrado.portal.question.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

    private static final int TEN_YEARS_AGO = Year.now().getValue() - 10;

    @Test
    void bsnPassingTheElevenTestIsRefusedWrittenAnyWay() {
        for (var text : new String[]{"BSN 111222333", "bsn: 123456782", "nummer 123.456.782 bekend",
                "123 456 782"}) {
            assertEquals(PersonalData.Kind.BSN, PersonalData.find(text).orElseThrow().kind(), text);
        }
    }

    @Test
    void nineDigitsFailingTheElevenTestPass() {
        assertTrue(PersonalData.find("zaaknummer 123456789").isEmpty());
        assertTrue(PersonalData.find("telefoon 0612345678").isEmpty());
        assertTrue(PersonalData.find("000000000").isEmpty());
    }

    @Test
    void datesOfBirth() {
        for (var text : new String[]{"geboren op 12-03-" + TEN_YEARS_AGO, "12 maart " + TEN_YEARS_AGO,
                "12/3/" + TEN_YEARS_AGO, TEN_YEARS_AGO + "-03-12", "geb. 1 jan. 1990", "geboren 01-02-09"}) {
            assertEquals(PersonalData.Kind.BIRTH_DATE, PersonalData.find(text).orElseThrow().kind(), text);
        }
        // a law's or deadline's date outside the birth years, a month and year, a school year
        assertTrue(PersonalData.find("per 1 augustus " + (Year.now().getValue() + 1)).isEmpty());
        assertTrue(PersonalData.find("sinds maart " + TEN_YEARS_AGO).isEmpty());
        assertTrue(PersonalData.find("schooljaar 2025-2026, artikel 11 onder g").isEmpty());
        assertTrue(PersonalData.find("de wet van 1 januari 1969").isEmpty());
    }

    @Test
    void postcodeWithHouseNumber() {
        for (var text : new String[]{"woont op 1234 AB 12", "1234AB, 5", "Dorpsstraat 12, 3511 AB Utrecht",
                "3511ab 7", "1234AB12"}) {
            assertEquals(PersonalData.Kind.ADDRESS, PersonalData.find(text).orElseThrow().kind(), text);
        }
        assertTrue(PersonalData.find("de scholen in postcodegebied 3511 AB").isEmpty());
        assertTrue(PersonalData.find("in 2019 en 12 leerlingen").isEmpty());
        // a file number that looks like a postcode in lower case, written in one piece
        assertTrue(PersonalData.find("dossier Vrijstelling-5678ab12").isEmpty());
    }
}
