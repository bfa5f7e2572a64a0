package vn.dvc.assistant.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import vn.dvc.assistant.chat.ApiException;

/** A period of whole days, both ends included, read in the admin time zone: [start, end) as instants. */
public record Period(LocalDate from, LocalDate to, Instant start, Instant end) {

    /** From the {@code from} and {@code to} query parameters (ISO dates); the last {@code defaultDays} days when absent. */
    static Period parse(String from, String to, ZoneId zone, int defaultDays) {
        LocalDate last = to == null || to.isBlank() ? LocalDate.now(zone) : date("to", to);
        LocalDate first = from == null || from.isBlank() ? last.minusDays(defaultDays - 1L) : date("from", from);
        if (first.isAfter(last)) {
            throw ApiException.badRequest("invalid_period", "from (" + first + ") is after to (" + last + ")");
        }
        return new Period(first, last, first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Dates the database stores as timestamps; a year such as -999999999 would reach it as an error, not a period. */
    private static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 30);

    private static LocalDate date(String name, String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid_date", name + " must be an ISO date such as 2026-11-01, not '" + value + "'");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw ApiException.badRequest("invalid_date", name + " must be between " + EARLIEST + " and " + LATEST + ", not " + date);
        }
        return date;
    }

    /** For file names: 2026-10-25_2026-11-23. */
    String label() {
        return from + "_" + to;
    }
}
