package vn.dvc.assistant.channels.messenger;

import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.runtime.StartupEvent;

import vn.dvc.assistant.channels.Channel;
import vn.dvc.assistant.channels.ChannelReply;
import vn.dvc.assistant.channels.ReplyDelivery;
import vn.dvc.assistant.channels.SendOutcome;

/** The assistant on a Facebook page: replies go out through the Send API after a typing indicator. */
@ApplicationScoped
public class MessengerChannel implements Channel {

    public static final String NAME = "messenger";
    private static final Logger LOG = Logger.getLogger(MessengerChannel.class);

    private final MessengerConfig config;
    private final GraphApi graph;
    private final ReplyDelivery delivery;

    MessengerChannel(MessengerConfig config, GraphApi graph, ReplyDelivery delivery) {
        this.config = config;
        this.graph = graph;
        this.delivery = delivery;
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
    public void deliver(String psid, ChannelReply reply) {
        // The citizen sees the page typing while the reply goes out; worth one attempt, never a retry.
        SendOutcome typing = graph.send(MessengerMessages.typingOn(psid));
        if (!typing.delivered()) {
            LOG.warnf("messenger: typing indicator for %s refused: error %s: %s", psid, typing.errorCode(), typing.errorMessage());
        }
        delivery.sendInOrder(NAME, psid, MessengerMessages.of(psid, reply), this::attempt);
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
