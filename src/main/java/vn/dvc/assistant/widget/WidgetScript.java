package vn.dvc.assistant.widget;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The widget's script, read once from the jar, and its version: the start of its SHA-256, so that a changed
 * file gets a new address and no browser keeps running an old one from its cache.
 */
@ApplicationScoped
public class WidgetScript {

    /** Where the build puts {@code widget/widget.js}: not among the static files, only served through here. */
    static final String RESOURCE = "widget-script/widget.js";

    private final byte[] content;
    private final String version;

    WidgetScript() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not in the build: the pom copies widget/widget.js there");
            }
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + RESOURCE, e);
        }
        version = HexFormat.of().formatHex(sha256(content)).substring(0, 12);
    }

    byte[] content() {
        return content;
    }

    String version() {
        return version;
    }

    /**
     * The few lines portals load with their one-line embed: they add the versioned script with the tag's own
     * {@code data-} attributes, at the address relative to the loader's (a path prefix of a proxy is kept).
     */
    byte[] loader() {
        return ("""
                /* Trợ lý thủ tục hành chính: loads widget version %s (docs/widget.md). Cached for minutes only,
                   so that a new version reaches every portal page soon after it is deployed. */
                (() => {
                  const tag = document.currentScript ||
                    Array.from(document.querySelectorAll('script[src]')).find((s) => /\\/widget\\.js([?#]|$)/.test(s.src));
                  if (!tag || window.DvcAssistant) return;
                  const script = document.createElement('script');
                  for (const a of Array.from(tag.attributes)) if (a.name.startsWith('data-')) script.setAttribute(a.name, a.value);
                  script.src = new URL('widget/%s.js', tag.src).href;
                  script.async = false;
                  (document.head || document.documentElement).append(script);
                })();
                """.formatted(version, version)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
