package vn.dvc.assistant.catalogue.reading;

import java.util.List;
import java.util.Optional;

import vn.dvc.assistant.catalogue.Channel;

/**
 * A channel row's fee as a citizen may read it. The portal's fee cell is shown only where nothing on the record
 * contradicts it: "Miễn phí" beside a note that sets an amount is shown as the contradiction it is, with the note;
 * an amount in đồng below a thousand ("100 VNĐ" where the note says 100.000) is a garbled cell, left out for the
 * official page.
 */
public final class FeeReading {

    /** No fee in đồng is this small: such a cell lost its thousands (or its currency, "155 VNĐ" for 155 USD). */
    private static final long SMALLEST_VND = 1_000;
    private static final int MAX_NOTE = 400;
    static final String FREE = "Miễn phí";

    /** What the row's fee cell is worth. */
    public enum Kind {
        /** shown as the portal writes it, with its note */
        AS_WRITTEN,
        /** "Miễn phí", but the note beside it sets an amount */
        FREE_BUT_NOTE_SETS_AMOUNT,
        /** an amount that cannot be right */
        GARBLED
    }

    private FeeReading() {
    }

    public static Kind kind(Channel row) {
        String fee = row.fee().orElse("");
        List<Money> inNote = row.feeNote().map(Money::in).orElse(List.of());
        if (fee.equals(FREE)) {
            return inNote.isEmpty() ? Kind.AS_WRITTEN : Kind.FREE_BUT_NOTE_SETS_AMOUNT;
        }
        Optional<Money> cell = Money.ofCell(fee);
        boolean tooSmall = cell.isPresent() && cell.get().currency().equals(Money.VND) && cell.get().amount() < SMALLEST_VND;
        return tooSmall && !inNote.contains(cell.get()) ? Kind.GARBLED : Kind.AS_WRITTEN;
    }

    /** The fee after "Trực tiếp: ", or empty when the row gives no fee. */
    public static Optional<String> shown(Channel row) {
        if (row.fee().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> note = row.feeNote().map(FeeReading::shortened).filter(n -> !n.isEmpty());
        return Optional.of(switch (kind(row)) {
            case AS_WRITTEN -> row.fee().get() + note.map(n -> " (" + n + ")").orElse("");
            case FREE_BUT_NOTE_SETS_AMOUNT -> "trang ghi \"" + FREE + "\" nhưng ghi chú bên cạnh nêu mức thu: " + note.get();
            case GARBLED -> "mức thu ghi trên trang không rõ ràng, anh/chị xem trang chính thức"
                    + note.map(n -> "; ghi chú của trang: " + n).orElse("");
        });
    }

    private static String shortened(String note) {
        String oneLine = note.strip().replaceAll("\\s*\\n\\s*", " ");
        return oneLine.length() <= MAX_NOTE ? oneLine : oneLine.substring(0, MAX_NOTE).strip() + "…";
    }
}
