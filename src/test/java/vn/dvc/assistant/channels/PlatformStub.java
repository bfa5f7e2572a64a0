package vn.dvc.assistant.channels;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A WireMock server on a random loopback port standing in for the Graph API, Zalo's OpenAPI and its OAuth server. */
public class PlatformStub implements QuarkusTestResourceLifecycleManager {

    /** Marks the test field that receives the running server. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Server {
    }

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        String base = "http://127.0.0.1:" + server.port();
        return Map.of(
                "assistant.channels.messenger.graph-base-url", base,
                "assistant.channels.zalo.openapi-base-url", base,
                "assistant.channels.zalo.oauth-base-url", base + "/oauth");
    }

    /** The running stub, for a test that starts it itself (one of the packaged service). */
    public WireMockServer server() {
        return server;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(Server.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
