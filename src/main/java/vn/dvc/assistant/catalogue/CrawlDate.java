package vn.dvc.assistant.catalogue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * When the portal's records were collected, as precisely as the one who imports them knows it: a day, a month or
 * only a year. The portal's pages carry no date, so this is what an answer can say the record is "as of".
 *
 * @param month 1-12, or 0 when only the year is known
 * @param day   1-31, or 0 when the day is not known
 */
public record CrawlDate(int year, int month, int day) {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public CrawlDate {
        if (year < 2000 || month < 0 || month > 12 || (month == 0 && day != 0)) {
            throw new IllegalArgumentException("not a crawl date: " + year + "-" + month + "-" + day);
        }
        if (day != 0) {
            LocalDate.of(year, month, day);
        }
    }

    /** {@code 2026}, {@code 2026-06} or {@code 2026-06-15}. */
    @JsonCreator
    public static CrawlDate parse(String text) {
        Matcher iso = ISO.matcher(text == null ? "" : text.strip());
        if (!iso.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date like 2026-06-15, 2026-06 or 2026");
        }
        try {
            return new CrawlDate(Integer.parseInt(iso.group(1)), iso.group(2) == null ? 0 : Integer.parseInt(iso.group(2)),
                    iso.group(3) == null ? 0 : Integer.parseInt(iso.group(3)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date like 2026-06-15, 2026-06 or 2026", e);
        }
    }

    /** Whether the records could have been collected by that day: no part of this date lies after it. */
    public boolean notAfter(LocalDate today) {
        if (day != 0) {
            return !LocalDate.of(year, month, day).isAfter(today);
        }
        return month != 0 ? !YearMonth.of(year, month).isAfter(YearMonth.from(today)) : year <= today.getYear();
    }

    /** As a citizen reads it: "ngày 15/6/2026", "tháng 6/2026", "năm 2026". */
    public String inWords() {
        if (day != 0) {
            return "ngày " + day + "/" + month + "/" + year;
        }
        return month != 0 ? "tháng " + month + "/" + year : "năm " + year;
    }

    @JsonValue
    @Override
    public String toString() {
        if (month == 0) {
            return Integer.toString(year);
        }
        return day == 0 ? String.format("%d-%02d", year, month) : String.format("%d-%02d-%02d", year, month, day);
    }
}
