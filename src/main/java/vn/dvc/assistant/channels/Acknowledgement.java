package vn.dvc.assistant.channels;

/** A webhook's answer: the events were received and this many will be answered. */
public record Acknowledgement(String status, int queued) {

    public static Acknowledgement received(int queued) {
        return new Acknowledgement("received", queued);
    }
}
