package vn.dvc.assistant.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextSplitterTest {

    @Test
    void aShortTextIsOneMessage() {
        assertEquals(List.of("Nộp ở đâu?"), TextSplitter.split("  Nộp ở đâu?\n", 2000));
    }

    @Test
    void aLongTextEndsItsMessagesAtLineEnds() {
        String line = "- Bản sao Căn cước của chủ hộ kinh doanh, nộp kèm giấy đề nghị.";
        String text = String.join("\n", Collections.nCopies(50, line));
        List<String> parts = TextSplitter.split(text, 200);
        for (String part : parts) {
            assertTrue(part.length() <= 200, part);
            assertTrue(part.startsWith("- Bản sao") && part.endsWith("giấy đề nghị."), part);
        }
        assertEquals(text.replace('\n', ' '), String.join(" ", parts).replace('\n', ' '));
    }

    @Test
    void aParagraphIsPreferredToALineWhenItFillsHalfAMessage() {
        String text = "a".repeat(60) + "\n\n" + "b".repeat(30) + "\n" + "c".repeat(30);
        assertEquals(List.of("a".repeat(60), "b".repeat(30) + "\n" + "c".repeat(30)), TextSplitter.split(text, 100));
    }

    @Test
    void aLineLongerThanAMessageEndsAtASentence() {
        String sentence = "Hộ kinh doanh nộp hồ sơ tại xã. ";
        String text = sentence.repeat(10).strip();
        List<String> parts = TextSplitter.split(text, 100);
        for (String part : parts) {
            assertTrue(part.length() <= 100, part);
            assertTrue(part.endsWith("tại xã."), part);
        }
    }

    @Test
    void aWordLongerThanAMessageIsCutWithoutBreakingACharacter() {
        String emoji = "\uD83D\uDE00";
        String text = "x".repeat(9) + emoji + "y".repeat(5);
        List<String> parts = TextSplitter.split(text, 10);
        assertEquals(List.of("x".repeat(9), emoji + "y".repeat(5)), parts);
    }
}
