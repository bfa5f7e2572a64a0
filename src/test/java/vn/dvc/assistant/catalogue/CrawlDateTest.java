package vn.dvc.assistant.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CrawlDateTest {

    @Test
    void aDayAMonthOrAYearIsSaidAsPreciselyAsItIsKnown() {
        assertEquals("ngày 5/6/2026", CrawlDate.parse("2026-06-05").inWords());
        assertEquals("tháng 6/2026", CrawlDate.parse("2026-06").inWords());
        assertEquals("năm 2026", CrawlDate.parse("2026").inWords());
    }

    @Test
    void itIsWrittenBackAsItWasGiven() {
        for (String date : new String[] {"2026-06-05", "2026-06", "2026"}) {
            assertEquals(date, CrawlDate.parse(date).toString());
        }
    }

    @Test
    void anythingButAnIsoDateIsRefused() {
        for (String date : new String[] {"06/2026", "2026-13", "2026-02-30", "26", "", "1999"}) {
            assertThrows(IllegalArgumentException.class, () -> CrawlDate.parse(date), date);
        }
    }

    @Test
    void aCrawlCannotLieAfterToday() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        assertTrue(CrawlDate.parse("2026-12-06").notAfter(today));
        assertTrue(CrawlDate.parse("2026-12").notAfter(today));
        assertTrue(CrawlDate.parse("2026").notAfter(today));
        assertFalse(CrawlDate.parse("2026-12-07").notAfter(today));
        assertFalse(CrawlDate.parse("2027-01").notAfter(today));
        assertFalse(CrawlDate.parse("2027").notAfter(today));
    }
}
