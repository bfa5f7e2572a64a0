package vn.dvc.assistant.privacy;

import java.text.Normalizer;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the personal data citizens type (phone numbers, citizen id numbers, emails, tax codes, bank accounts,
 * passport numbers) with a label, so that stored and logged text keeps its sense without the data.
 *
 * <p>Only long digit runs can be personal data: procedure codes (1.001612), document numbers
 * (168/2025/NĐ-CP), dates, amounts and counts are shorter, or are part of a dotted number, or are
 * followed by a currency, and are left alone. The rules run in order and a label holds no digit, so a
 * later rule never sees what an earlier one masked.
 */
public final class PersonalDataMask {

    public static final String PHONE = "[số điện thoại]";
    public static final String CITIZEN_ID = "[số CCCD/CMND]";
    public static final String EMAIL = "[email]";
    public static final String TAX_CODE = "[mã số thuế]";
    public static final String BANK_ACCOUNT = "[số tài khoản]";
    public static final String PASSPORT = "[số hộ chiếu]";

    /** Invisible characters that would split a number for the rules and not for the reader. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\uFEFF]");

    /** Not inside a longer number: no digit, "+" or "digit." / "digit," just before. */
    private static final String NUMBER_START = "(?<![\\d+])(?<!\\d[.,])";
    /** Not continued by a digit, directly or after a dot or comma. */
    private static final String NUMBER_END = "(?!\\d)(?![.,]\\d)";
    /** What may stand between the digits of a phone number: "0903 123 456", "0903.123.456", "(028) 3829-1234". */
    private static final String PHONE_SEPARATOR = "\\)?[ .\\-/]?";

    /** "a.b@example.com", also written "a.b @ example.com", "a.b(at)example.com" or "a.b [at] example [dot] com". */
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[\\p{L}\\p{N}._%+\\-]+"
            + "(?: ?@ ?| ?[(\\[] ?at ?[)\\]] ?)[\\p{L}\\p{N}\\-]+(?:(?:\\.| ?[(\\[] ?dot ?[)\\]] ?)[\\p{L}\\p{N}\\-]+)+",
            Pattern.CASE_INSENSITIVE);
    /**
     * A bank account: after "số tài khoản", "STK", "TK" or "account" (with or without diacritics), 6 to 19 digits,
     * whole or in groups between spaces (not dots, dashes or slashes, which make procedure codes and dates). Masked whole before the other rules, which would each take a part of it.
     */
    private static final Pattern BANK_ACCOUNT_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{M}])(?:s[ốo] t[àa]i kho[ảa]n|t[àa]i kho[ảa]n|stk|tk|account(?: number)?|acc(?:ount)? no)"
            + "(?![\\p{L}\\p{M}])[^\\p{N}\\n]{0,30}?(\\d(?: ?\\d){5,18})" + "(?![.,/\\-]?\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A Vietnamese passport: a capital letter and 7 digits (C1234567). */
    private static final Pattern PASSPORT_NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Z]\\d{7}(?![\\p{L}\\p{N}])");
    /** A company's branch: its 10-digit code, a dash and 3 digits. */
    private static final Pattern BRANCH_TAX_CODE = Pattern.compile(NUMBER_START + "\\d{10}-\\d{3}" + NUMBER_END);
    /**
     * 0, 84 or +84, then 9 digits (a mobile) or 2 and 9 digits (a landline: area code and subscriber),
     * with separators anywhere.
     */
    private static final Pattern PHONE_NUMBER = Pattern.compile(NUMBER_START
            + "\\(?(?:\\+84|84|0)(?:" + PHONE_SEPARATOR + "[35789](?:" + PHONE_SEPARATOR + "\\d){8}"
            + "|" + PHONE_SEPARATOR + "2(?:" + PHONE_SEPARATOR + "\\d){9})" + NUMBER_END);
    /** A mobile's first two digits after the 0: the prefixes in use since the 2018 renumbering. */
    private static final Pattern MOBILE = Pattern.compile("(?:3[2-9]|5[25689]|7[06-9]|8[1-9]|9\\d)\\d{7}");
    /** CCCD: 12 digits, typed whole or in groups of 3 or 4 as read aloud. */
    private static final Pattern CCCD = Pattern.compile(NUMBER_START
            + "(?:\\d{12}|\\d{3} \\d{3} \\d{3} \\d{3}|\\d{4} \\d{4} \\d{4})" + NUMBER_END);
    /**
     * CCCD in groups of 3 between dots or dashes (079.123.456.789): only from 0, as every CCCD starts with its
     * province's code (001-096), so that an amount such as 100.000.000.000 stays.
     */
    private static final Pattern CCCD_DOTTED = Pattern.compile("(?<![\\d+])(?<!\\d[.,])0\\d{2}([.\\-])\\d{3}\\1\\d{3}\\1\\d{3}" + NUMBER_END);
    /** What is left of 10-digit numbers once phones are masked: tax codes. */
    private static final Pattern TAX_CODE_NUMBER = Pattern.compile(NUMBER_START + "\\d{10}" + NUMBER_END);
    /** CMND, the old 9-digit id card. */
    private static final Pattern CMND = Pattern.compile(NUMBER_START + "\\d{9}" + NUMBER_END);
    /** After a number, a currency makes it an amount ("500000000 đồng"), whatever its length. */
    private static final Pattern CURRENCY = Pattern.compile("^ ?(?:đồng|đ|vnđ|vnd|₫)(?![\\p{L}\\p{M}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The fewest digits a rule masks: a bank account's six. */
    private static final int FEWEST_DIGITS = 6;

    private record Rule(Pattern pattern, Function<String, String> label) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(EMAIL_ADDRESS, match -> EMAIL),
            new Rule(BANK_ACCOUNT_NUMBER, match -> BANK_ACCOUNT),
            new Rule(CCCD_DOTTED, match -> CITIZEN_ID),
            new Rule(BRANCH_TAX_CODE, match -> TAX_CODE),
            new Rule(PHONE_NUMBER, PersonalDataMask::phoneLabel),
            new Rule(CCCD, match -> CITIZEN_ID),
            new Rule(TAX_CODE_NUMBER, match -> TAX_CODE),
            new Rule(CMND, match -> CITIZEN_ID),
            new Rule(PASSPORT_NUMBER, match -> PASSPORT));

    private PersonalDataMask() {
    }

    /**
     * The text with every piece of personal data replaced by its label; null stays null. The rules read the text
     * normalised (NFKC: full-width digits and non-breaking spaces become plain ones; invisible characters removed),
     * so that no spelling of a number slips past them. A text with nothing to mask is returned as typed.
     */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String normalised = normalised(text);
        if (!mayHold(normalised)) {
            return text;
        }
        String masked = normalised;
        for (Rule rule : RULES) {
            masked = apply(rule, masked);
        }
        return masked.equals(normalised) ? text : masked;
    }

    /**
     * Whether a rule could match: every one needs an email's "@" (or "(at)", "[at]") or six digits at least, which most
     * messages lack. Running the nine rules over every message stored was a fortieth of a chat turn's CPU in a profile
     * (docs/benchmarks.md).
     */
    private static boolean mayHold(String normalised) {
        int digits = 0;
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (c == '@' || c == '(' || c == '[' || c >= '0' && c <= '9' && ++digits == FEWEST_DIGITS) {
                return true;
            }
        }
        return false;
    }

    static String normalised(String text) {
        return INVISIBLE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
    }

    /** Replaces each match, or for a rule with a group (a keyword before the number) only the group's text. */
    private static String apply(Rule rule, String text) {
        Matcher matcher = rule.pattern().matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        while (matcher.find()) {
            int group = matcher.groupCount() > 0 && rule.pattern() != CCCD_DOTTED ? 1 : 0;
            int start = matcher.start(group);
            int end = matcher.end(group);
            out.append(text, copied, start);
            String found = text.substring(start, end);
            out.append(isAmount(text, end) ? found : rule.label().apply(found));
            copied = end;
        }
        out.append(text, copied, text.length());
        return out.toString();
    }

    /**
     * A 0-prefixed number with a mobile prefix that is no mobile in use (031…, 030…) is a tax code of a
     * province that starts with 0; left as it is here, the tax-code rule masks it.
     */
    private static String phoneLabel(String match) {
        String digits = match.replaceAll("\\D", "");
        String national = digits.startsWith("84") ? digits.substring(2) : digits.substring(1);
        return national.startsWith("2") || MOBILE.matcher(national).matches() ? PHONE : match;
    }

    private static boolean isAmount(String text, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 8));
        // "đồng" may come decomposed (o + circumflex + grave); compose it so one spelling is enough.
        return CURRENCY.matcher(Normalizer.normalize(after, Normalizer.Form.NFC)).find();
    }
}
