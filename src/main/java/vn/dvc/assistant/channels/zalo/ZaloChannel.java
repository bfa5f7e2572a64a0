package vn.dvc.assistant.channels.zalo;

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

/** The assistant on a Zalo Official Account. */
@ApplicationScoped
public class ZaloChannel implements Channel {

    public static final String NAME = "zalo";
    private static final Logger LOG = Logger.getLogger(ZaloChannel.class);

    private final ZaloConfig config;
    private final ZaloApi api;
    private final ZaloTokens tokens;
    private final NumberedSuggestions numbered;

    ZaloChannel(ZaloConfig config, ZaloApi api, ZaloTokens tokens, NumberedSuggestions numbered) {
        this.config = config;
        this.api = api;
        this.tokens = tokens;
        this.numbered = numbered;
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
    public String readAsTyped(String sender, String text) {
        return numbered.read(sender, text);
    }

    @Override
    public List<ObjectNode> messages(String userId, ChannelReply reply) {
        return ZaloMessages.of(userId, reply);
    }

    @Override
    public Supplier<SendOutcome> attempt(JsonNode request) {
        return new TokenAwareAttempt(request);
    }

    /** One message's attempts: a refused token is refreshed once, then the same attempt goes on with the new one. */
    private final class TokenAwareAttempt implements Supplier<SendOutcome> {
        private final JsonNode request;
        private boolean refreshed;

        TokenAwareAttempt(JsonNode request) {
            this.request = request;
        }

        @Override
        public SendOutcome get() {
            try {
                String token = tokens.current();
                SendOutcome outcome = api.send(token, request);
                if (ZaloApi.refusedToken(outcome) && !refreshed) {
                    refreshed = true;
                    outcome = api.send(tokens.replace(token), request);
                }
                return outcome;
            } catch (ZaloTokenException e) {
                return SendOutcome.permanentFailure("token_unavailable", e.getMessage());
            }
        }
    }

    void announce(@Observes StartupEvent start) {
        if (isOn()) {
            LOG.infof("Zalo OA channel on: webhook /webhooks/zalo, OpenAPI %s at %s", config.apiVersion(), config.openapiBaseUrl());
        } else {
            LOG.infof("Zalo OA channel off: set %s to turn it on; /webhooks/zalo answers 404", String.join(", ", config.missingSecrets()));
        }
    }
}
