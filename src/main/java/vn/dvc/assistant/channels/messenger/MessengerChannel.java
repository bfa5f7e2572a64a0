package vn.dvc.assistant.channels.messenger;

import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.runtime.StartupEvent;

import vn.dvc.assistant.channels.Channel;
import vn.dvc.assistant.channels.ChannelReply;
import vn.dvc.assistant.channels.SendOutcome;

/** The assistant on a Facebook page: replies go out through the Send API after a typing indicator. */
@ApplicationScoped
public class MessengerChannel implements Channel {

    public static final String NAME = "messenger";
    private static final Logger LOG = Logger.getLogger(MessengerChannel.class);

    private final MessengerConfig config;
    private final GraphApi graph;

    MessengerChannel(MessengerConfig config, GraphApi graph) {
        this.config = config;
        this.graph = graph;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> missingSecrets() {
        return config.missingSecrets();
    }

    @Override
    public List<ObjectNode> messages(String psid, ChannelReply reply) {
        return MessengerMessages.of(psid, reply);
    }

    /** The citizen sees the page typing while the reply goes out. */
    @Override
    public void beforeReply(String psid) {
        SendOutcome typing = graph.send(MessengerMessages.typingOn(psid));
        if (!typing.delivered()) {
            LOG.warnf("messenger: typing indicator for %s refused: error %s: %s", psid, typing.errorCode(), typing.errorMessage());
        }
    }

    @Override
    public Supplier<SendOutcome> attempt(JsonNode request) {
        return () -> graph.send(request);
    }

    void announce(@Observes StartupEvent start) {
        if (isOn()) {
            LOG.infof("Messenger channel on: webhook /webhooks/messenger, Graph API %s at %s", config.apiVersion(), config.graphBaseUrl());
        } else {
            LOG.infof("Messenger channel off: set %s to turn it on; /webhooks/messenger answers 404",
                    String.join(", ", config.missingSecrets()));
        }
    }
}
