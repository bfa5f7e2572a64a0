package vn.dvc.assistant.channels;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

/** The channels by their name, for a message read back from the outbox or a failed send resent. */
@ApplicationScoped
class Channels {

    private final Instance<Channel> all;

    Channels(@Any Instance<Channel> all) {
        this.all = all;
    }

    Optional<Channel> find(String name) {
        return all.stream().filter(channel -> channel.name().equals(name)).findFirst();
    }

    Channel named(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException("no channel is named " + name));
    }
}
