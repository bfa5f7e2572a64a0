package vn.dvc.assistant.admin;

import java.util.List;

import vn.dvc.assistant.chat.ApiException;

/** Which page of a long list to return: {@code page} from 0, {@code size} rows. */
record Paging(int page, int size) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    /** One page of results, with how many there are in all. */
    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    static Paging parse(String page, String size) {
        int number = number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        return new Paging(number, number("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
    }

    int offset() {
        return page * size;
    }

    <T> Page<T> of(List<T> items, long total) {
        return new Page<>(items, page, size, total);
    }

    /** A whole-number query parameter from {@code min} to {@code max}; {@code absent} when not given; 400 otherwise. */
    static int number(String name, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below, like an out-of-range number
        }
        throw ApiException.badRequest("invalid_" + name, name + " must be a whole number from " + min + " to " + max);
    }
}
