package vn.dvc.assistant.channels;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs test events the way the platforms do, written apart from the production code it checks. */
public final class TestSignatures {

    private TestSignatures() {
    }

    public static String messenger(String appSecret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    public static String zalo(String appId, byte[] body, String timestamp, String oaSecretKey) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(appId.getBytes(StandardCharsets.UTF_8));
        sha256.update(body);
        sha256.update(timestamp.getBytes(StandardCharsets.UTF_8));
        sha256.update(oaSecretKey.getBytes(StandardCharsets.UTF_8));
        return "mac=" + HexFormat.of().formatHex(sha256.digest());
    }
}
