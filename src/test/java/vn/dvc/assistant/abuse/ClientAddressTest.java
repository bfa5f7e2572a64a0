package vn.dvc.assistant.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void theForwardedForHeaderIsIgnoredUnlessTrusted() {
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "203.0.113.9", false));
    }

    @Test
    void behindATrustedProxyTheFirstForwardedAddressCounts() {
        assertEquals("203.0.113.9", ClientAddress.of("10.0.0.5", " 203.0.113.9 , 10.0.0.1", true));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", null, true));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", " ", true));
    }
}
