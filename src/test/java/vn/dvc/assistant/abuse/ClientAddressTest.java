package vn.dvc.assistant.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void behindOneProxyTheEntryItAddedCountsNotTheOnesTheClientWrote() {
        assertEquals("203.0.113.9", ClientAddress.behindProxies("10.0.0.5", List.of(" 198.51.100.1 , 203.0.113.9"), 1));
        assertEquals("203.0.113.9", ClientAddress.behindProxies("10.0.0.5", List.of("198.51.100.1", "203.0.113.9"), 1));
    }

    @Test
    void behindTwoProxiesTheOuterOnesEntryCounts() {
        assertEquals("203.0.113.9", ClientAddress.behindProxies("10.0.0.5", List.of("1.2.3.4, 203.0.113.9, 10.0.0.1"), 2));
        assertEquals("203.0.113.9", ClientAddress.behindProxies("10.0.0.5", List.of("203.0.113.9"), 2));
    }

    @Test
    void withoutTheHeaderTheConnectionCounts() {
        assertEquals("10.0.0.5", ClientAddress.behindProxies("10.0.0.5", List.of(), 1));
        assertEquals("10.0.0.5", ClientAddress.behindProxies("10.0.0.5", List.of(" ", ","), 1));
    }
}
