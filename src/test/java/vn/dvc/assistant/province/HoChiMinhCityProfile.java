package vn.dvc.assistant.province;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The service deployed for Ho Chi Minh City, as ASSISTANT_PROVINCE=ho-chi-minh does. */
public class HoChiMinhCityProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("assistant.province.active", "ho-chi-minh");
    }
}
