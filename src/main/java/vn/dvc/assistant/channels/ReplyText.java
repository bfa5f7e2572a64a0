package vn.dvc.assistant.channels;

import vn.dvc.assistant.knowledge.Source;

/** A reply as plain text: messaging apps show no markup, so links are written out as URLs. */
public final class ReplyText {

    private ReplyText() {
    }

    public static String withSources(ChannelReply reply) {
        StringBuilder text = new StringBuilder(reply.text().strip());
        String separator = "\n\n";
        for (Source source : reply.sources()) {
            text.append(separator).append("Nguồn: ").append(source.title()).append(' ').append(source.url());
            separator = "\n";
        }
        return text.toString();
    }
}
